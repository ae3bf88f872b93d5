// `npm run build:site`: prerenders the playbook in both languages into playbook-site/dist.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, transform } from 'esbuild';
import type { Settings } from '../shared/model/settings';
import { LANGS } from '../shared/process/stage-list';
import { loadModel, screenshotsDir } from './load-model';
import { renderPage } from './render/page';
import { measure, printSizes, type SizeReport } from './size-report';
import { zodEnglishOnly } from './zod-english-only';

const SITE_DIR = dirname(fileURLToPath(import.meta.url));
const DEFAULT_OUT_DIR = join(SITE_DIR, 'dist');

/** Older engines than this lack `??=` and friends; every current browser has them. */
const TARGET = ['chrome100', 'firefox100', 'safari15'];

async function bundle(entry: string, extra: Parameters<typeof build>[0] = {}): Promise<string> {
  const result = await build({
    entryPoints: [join(SITE_DIR, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: TARGET,
    legalComments: 'none',
    logLevel: 'warning',
    ...extra,
  });
  const file = result.outputFiles?.[0];
  if (!file) throw new Error(`esbuild produced nothing for ${entry}`);
  return file.text;
}

/** The language picker, a file of its own: no inline script, so the page (and the copy inside the extension) can forbid them all. */
async function headScript(): Promise<string> {
  return (await bundle('client/head.ts')).trim();
}

async function styles(): Promise<string> {
  const css = ['site.css', 'print.css']
    .map((f) => readFileSync(join(SITE_DIR, 'styles', f), 'utf8'))
    .join('\n');
  return (await transform(css, { loader: 'css', minify: true, target: TARGET })).code;
}

export interface BuildResult {
  outDir: string;
  sizes: SizeReport;
}

export async function buildSite(
  options: { outDir?: string; quiet?: boolean; settings?: Settings } = {},
): Promise<BuildResult> {
  const outDir = resolve(options.outDir ?? DEFAULT_OUT_DIR);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });

  const [head, base, team, liveProcess, css] = await Promise.all([
    headScript(),
    bundle('client/main.ts'),
    // The team review: zod, the metrics engine, uPlot and its CSS, loaded only when a file is dropped.
    bundle('client/team-review/entry.ts', {
      globalName: 'EmbudoTeamReview',
      loader: { '.css': 'text' },
      plugins: [zodEnglishOnly()],
    }),
    // The team's live process: zod and the render code, loaded only when the page finds one.
    bundle('client/team-process/entry.ts', { globalName: 'EmbudoTeamProcess', plugins: [zodEnglishOnly()] }),
    styles(),
  ]);
  writeFileSync(join(outDir, 'lang.js'), head);
  writeFileSync(join(outDir, 'playbook.js'), base);
  writeFileSync(join(outDir, 'team-review.js'), team);
  writeFileSync(join(outDir, 'team-process.js'), liveProcess);
  writeFileSync(join(outDir, 'playbook.css'), css);
  copyFileSync(join(SITE_DIR, 'assets', 'favicon.svg'), join(outDir, 'favicon.svg'));

  const shotsDir = screenshotsDir(SITE_DIR);
  const model = loadModel(shotsDir, options.settings);
  if (model.screenshots.size) mkdirSync(join(outDir, 'assets', 'screenshots'), { recursive: true });
  for (const f of model.screenshots)
    copyFileSync(join(shotsDir, f), join(outDir, 'assets', 'screenshots', f));

  for (const lang of LANGS)
    writeFileSync(join(outDir, `${lang}.html`), renderPage({ lang, model, negotiate: false }));
  // index.html: the English page that also picks the reader's language (see client/head.ts).
  writeFileSync(join(outDir, 'index.html'), renderPage({ lang: 'en', model, negotiate: true }));

  const sizes = measure(
    outDir,
    [...model.screenshots].map((f) => `assets/screenshots/${f}`),
  );
  if (!options.quiet) printSizes(sizes);
  return { outDir, sizes };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  buildSite()
    .then(({ sizes }) => {
      if (!sizes.withinBudget) process.exitCode = 1;
    })
    .catch((err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    });
}
