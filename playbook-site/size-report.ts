import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The budget: the whole page, JS and CSS included, before any team file is dropped. */
export const PAGE_BUDGET_GZIP = 60 * 1024;

interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface SizeReport {
  files: FileSize[];
  /** Per page: its HTML (with the inline head script) + playbook.css + playbook.js + favicon, gzipped. */
  pages: { page: string; gzip: number }[];
  withinBudget: boolean;
}

const PAGES = ['index.html', 'en.html', 'es.html'];
const PAGE_ASSETS = ['playbook.css', 'playbook.js', 'favicon.svg'];

export function measure(outDir: string, images: string[]): SizeReport {
  const files = [...PAGES, ...PAGE_ASSETS, 'team-review.js', 'team-process.js', ...images].map((file) => {
    const data = readFileSync(join(outDir, file));
    return { file, bytes: data.length, gzip: gzipSync(data, { level: 9 }).length };
  });
  const gz = (f: string) => files.find((x) => x.file === f)?.gzip ?? 0;
  const pages = PAGES.map((page) => ({
    page,
    gzip: [page, ...PAGE_ASSETS].reduce((sum, f) => sum + gz(f), 0),
  }));
  return { files, pages, withinBudget: pages.every((p) => p.gzip <= PAGE_BUDGET_GZIP) };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function printSizes(report: SizeReport): void {
  console.log('playbook-site/dist:');
  for (const f of report.files)
    console.log(`  ${f.file.padEnd(36)} ${kb(f.bytes).padStart(10)} raw ${kb(f.gzip).padStart(10)} gzip`);
  console.log(
    `page budget (HTML + CSS + base JS, gzipped; screenshots load lazily and are listed apart): ${kb(PAGE_BUDGET_GZIP)}`,
  );
  for (const p of report.pages) {
    console.log(
      `  ${p.page.padEnd(36)} ${kb(p.gzip).padStart(10)} gzip  ${p.gzip <= PAGE_BUDGET_GZIP ? 'ok' : 'OVER BUDGET'}`,
    );
  }
  console.log('  team-review.js is loaded only when a backup file is dropped.');
  console.log("  team-process.js is loaded only when the page has a team's live process to show.");
}
