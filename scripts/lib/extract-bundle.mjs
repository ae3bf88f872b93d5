import { build } from 'esbuild';

/**
 * The extractors bundled as one script that, evaluated in a page, returns
 * `extractPage(document, location.href)`: the same code the capture script
 * injects, runnable on any page without building the extension.
 */
export async function extractorScript() {
  const out = await build({
    entryPoints: ['extension/extractors/registry.ts'],
    bundle: true,
    format: 'iife',
    globalName: '__embudoExtract',
    write: false,
    target: 'es2022',
    logLevel: 'silent',
  });
  return `${out.outputFiles[0].text}\n__embudoExtract.extractPage(document, location.href);`;
}
