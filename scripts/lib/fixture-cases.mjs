import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

/** Every case (NAME.html + NAME.json) in DIR or its subfolders, per test/fixtures/README.md. */
export function findCases(dir) {
  const cases = [];
  const walk = (d) => {
    for (const entry of readdirSync(d).sort()) {
      const p = join(d, entry);
      if (statSync(p).isDirectory()) walk(p);
      else if (entry.endsWith('.json')) {
        const html = p.replace(/\.json$/, '.html');
        try {
          statSync(html);
        } catch {
          continue;
        }
        const spec = JSON.parse(readFileSync(p, 'utf8'));
        cases.push({ name: relative(dir, p).replace(/\.json$/, ''), file: basename(p), html, ...spec });
      }
    }
  };
  walk(dir);
  return cases;
}

const fold = (v) => String(v).trim().replace(/\s+/g, ' ');

/** Differences between what a capture must yield and what it gave; empty when it passes. */
export function compareCase(expect, got) {
  if (expect === null) return got ? [`expected nothing, got ${got.kind} "${got.name}"`] : [];
  if (!got) return ['expected a candidate, got nothing'];
  const problems = [];
  for (const [field, want] of Object.entries(expect)) {
    const have = got[field];
    if (want === true) {
      if (have === undefined || have === null || fold(have) === '')
        problems.push(`${field}: expected a value, got none`);
      continue;
    }
    let a = fold(want);
    let b = have === undefined || have === null ? '' : fold(have);
    if (field === 'website') {
      a = a.replace(/\/$/, '');
      b = b.replace(/\/$/, '');
    }
    if (a !== b) problems.push(`${field}: expected "${a}", got "${b}"`);
  }
  return problems;
}
