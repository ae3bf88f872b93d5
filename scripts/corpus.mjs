#!/usr/bin/env node
// Runs every fixture case in DIR through the extractors on a real DOM: the saved
// page is served at its own URL in headless Chromium, and the result is compared
// with the case's `expect`. Usage: npm run corpus -- DIR [--filter TEXT]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath, QUIET_FLAGS } from './lib/chromium.mjs';
import { extractorScript } from './lib/extract-bundle.mjs';
import { compareCase, findCases } from './lib/fixture-cases.mjs';

const args = process.argv.slice(2);
const filterAt = args.indexOf('--filter');
const filter = filterAt >= 0 ? args.splice(filterAt, 2)[1] : undefined;
const dir = resolve(args[0] ?? 'test/fixtures/pages');
const cases = findCases(dir).filter((c) => !filter || c.name.includes(filter));
if (cases.length === 0) {
  console.error(`No cases in ${dir} (a case is NAME.html + NAME.json, see test/fixtures/README.md).`);
  process.exit(2);
}

const script = await extractorScript();
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: QUIET_FLAGS });
let passed = 0;
let failed = 0;
try {
  for (const c of cases) {
    // Page scripts stay off: the saved DOM is the page as the browser had it.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const html = readFileSync(c.html, 'utf8');
    // Requests never carry the #fragment (Gmail keeps its route there).
    const served = c.url.split('#')[0];
    await context.route('**/*', (route) =>
      route.request().url() === served
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
        : route.abort(),
    );
    const page = await context.newPage();
    let problems;
    try {
      await page.goto(c.url, { waitUntil: 'domcontentloaded' });
      const result = await page.evaluate(script);
      for (const e of result.errors ?? [])
        console.log(`  (${c.name}) extractor ${e.extractor} threw: ${e.message}`);
      problems = compareCase(c.expect, result.candidate);
    } catch (err) {
      problems = [`error: ${err instanceof Error ? err.message.split('\n')[0] : err}`];
    }
    await context.close();
    if (problems.length === 0) {
      passed++;
      console.log(`ok   ${c.name}`);
    } else {
      failed++;
      console.log(`FAIL ${c.name}\n     ${problems.join('\n     ')}`);
    }
  }
} finally {
  await browser.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
