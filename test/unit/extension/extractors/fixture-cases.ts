import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import type { Candidate } from '../../../../shared/capture/candidate';

// No @types/jsdom in this project: load it by hand with the one signature used here.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (markup: string, options: { url: string }) => { window: { document: Document } };
};

/** One saved page and what capturing it must yield (format: test/fixtures/README.md). */
export interface FixtureCase {
  name: string;
  htmlPath: string;
  url: string;
  expect: Record<string, string | true> | null;
  note?: string;
}

export const PAGES_DIR = join(import.meta.dirname, '../../../fixtures/pages');

export function findCases(dir = PAGES_DIR): FixtureCase[] {
  const out: FixtureCase[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d).sort()) {
      const p = join(d, entry);
      if (statSync(p).isDirectory()) walk(p);
      else if (entry.endsWith('.json')) {
        const htmlPath = p.replace(/\.json$/, '.html');
        const spec = JSON.parse(readFileSync(p, 'utf8'));
        out.push({ name: relative(dir, p).replace(/\.json$/, ''), htmlPath, ...spec });
      }
    }
  };
  walk(dir);
  return out;
}

/**
 * The saved page as a document at its own URL; scripts never run. `lite` drops
 * what no extractor reads (embedded JSON in <code>, styles, SVG, page scripts;
 * JSON-LD stays): most of a LinkedIn page's bytes, so fuzzing can afford many copies.
 */
export function loadDocument(c: Pick<FixtureCase, 'htmlPath' | 'url'>, lite = false): Document {
  let html = readFileSync(c.htmlPath, 'utf8');
  if (lite)
    html = html.replace(
      /<code[\s\S]*?<\/code>|<style[\s\S]*?<\/style>|<svg[\s\S]*?<\/svg>|<script(?![^>]*application\/ld\+json)[\s\S]*?<\/script>/gi,
      '',
    );
  return new JSDOM(html, { url: c.url }).window.document;
}

export function parseHtml(html: string, url: string): Document {
  return new JSDOM(html, { url }).window.document;
}

const fold = (v: unknown) => String(v).trim().replace(/\s+/g, ' ');

/** Differences between `expect` and the candidate, per the README rules; empty when it passes. */
export function compareCase(expect: FixtureCase['expect'], got: Candidate | null): string[] {
  if (expect === null) return got ? [`expected nothing, got ${got.kind} "${got.name}"`] : [];
  if (!got) return ['expected a candidate, got nothing'];
  const problems: string[] = [];
  for (const [field, want] of Object.entries(expect)) {
    const have = (got as Record<string, unknown>)[field];
    if (want === true) {
      if (have === undefined || fold(have) === '') problems.push(`${field}: expected a value, got none`);
      continue;
    }
    let a = fold(want);
    let b = have === undefined ? '' : fold(have);
    if (field === 'website') {
      a = a.replace(/\/$/, '');
      b = b.replace(/\/$/, '');
    }
    if (a !== b) problems.push(`${field}: expected "${a}", got "${b}"`);
  }
  return problems;
}
