import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const kb = (n: number) => n / 1024;
const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

/** The JS a page loads before it can draw: the entry script and its static imports, not lazy chunks. */
function staticJsOf(dir: string, html: string): string[] {
  const page = readFileSync(join(dir, html), 'utf8');
  const files = new Set<string>();
  const visit = (rel: string) => {
    if (files.has(rel)) return;
    files.add(rel);
    const code = readFileSync(join(dir, rel), 'utf8');
    for (const m of code.matchAll(/\bimport\s*(?:[\w${},\s*]+from\s*)?["']\.{1,2}\/([^"']+\.js)["']/g)) {
      visit(join(rel, '..', m[1] as string).replace(/^\.\//, ''));
    }
  };
  for (const m of page.matchAll(/<script[^>]+src="\/?([^"]+\.js)"/g)) visit(m[1] as string);
  for (const m of page.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/?([^"]+\.js)"/g))
    visit(m[1] as string);
  return [...files];
}

export function bundleSizes(extDir: string, siteDir: string) {
  const sum = (files: string[], base: string) => {
    const bufs = files.map((f) => readFileSync(join(base, f)));
    return { raw: kb(bufs.reduce((n, b) => n + b.length, 0)), gzip: kb(bufs.reduce((n, b) => n + gz(b), 0)) };
  };
  const popupFiles = staticJsOf(extDir, 'popup.html');
  const siteFiles: string[] = [];
  const walk = (d: string, rel = '') => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p, join(rel, e));
      else if (/\.(html|css|js)$/.test(e) && !/team-review|lazy/.test(e)) siteFiles.push(join(rel, e));
    }
  };
  let site = { raw: Number.NaN, gzip: Number.NaN };
  try {
    walk(siteDir);
    site = sum(siteFiles, siteDir);
  } catch {
    // playbook not built: reported as missing
  }
  return {
    popup: { ...sum(popupFiles, extDir), files: popupFiles },
    background: sum(['background.js'], extDir),
    capture: sum(['capture.js'], extDir),
    playbook: { ...site, files: siteFiles },
  };
}
