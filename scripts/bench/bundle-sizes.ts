import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const kb = (n: number) => n / 1024;
const SYNC_MARKERS = /_revs_diff|_bulk_get|syncCheckpoint:/;
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
  // One page as a reader loads it: its HTML plus every non-lazy CSS and JS file
  // (team-review.js loads on a dropped file, team-process.js only when the page
  // has a team's live process to show); the largest language version counts.
  let site = { raw: Number.NaN, gzip: Number.NaN, files: [] as string[] };
  try {
    const all = readdirSync(siteDir).filter((f) => statSync(join(siteDir, f)).isFile());
    const assets = all.filter((f) => /\.(css|js)$/.test(f) && !/team-review|team-process|lazy/.test(f));
    for (const html of all.filter((f) => f.endsWith('.html'))) {
      const s = { ...sum([html, ...assets], siteDir), files: [html, ...assets] };
      if (!(s.gzip <= site.gzip)) site = s;
    }
  } catch {
    // playbook not built: reported as missing
  }
  // The replicator's own strings (couch-client, the Dexie store): none may be in the popup's first paint.
  const syncFiles = popupFiles.filter((f) => SYNC_MARKERS.test(readFileSync(join(extDir, f), 'utf8')));
  return {
    popup: { ...sum(popupFiles, extDir), files: popupFiles },
    popupSync: { ...sum(syncFiles, extDir), files: syncFiles },
    background: sum(['background.js'], extDir),
    capture: sum(['capture.js'], extDir),
    playbook: site,
  };
}
