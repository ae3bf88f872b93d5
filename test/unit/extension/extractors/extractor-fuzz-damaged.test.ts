import fc from 'fast-check';
import { describe, it } from 'vitest';
import { findCases, loadDocument } from './fixture-cases';
import { checkAll, hostile } from './fuzz-support';

// Real fixtures, damaged at random: nodes removed, attributes scrambled, text replaced.
const mutation = fc.record({
  op: fc.constantFrom('remove', 'attr', 'text', 'strip-classes'),
  at: fc.nat(),
  value: hostile,
});

describe('extractors on damaged real fixtures', () => {
  // Lite copies (no embedded JSON, styles or scripts; JSON-LD kept) keep each run's clone cheap.
  const pages = findCases().map((c) => ({ name: c.name, url: c.url, doc: loadDocument(c, true) }));

  for (const page of pages) {
    it(`${page.name} never throws and yields null or a valid candidate`, () => {
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 12 }), (ops) => {
          const doc = page.doc.cloneNode(true) as Document;
          const all = [...doc.querySelectorAll('body *, script[type="application/ld+json"], title, meta')];
          for (const { op, at, value } of ops) {
            const el = all[at % Math.max(all.length, 1)];
            if (!el) break;
            if (op === 'remove') el.remove();
            else if (op === 'text') el.textContent = value;
            else if (op === 'strip-classes')
              for (const x of doc.querySelectorAll('[class]')) x.removeAttribute('class');
            else {
              const names = el.getAttributeNames();
              const name = names[at % Math.max(names.length, 1)] ?? 'aria-label';
              try {
                el.setAttribute(name, value);
              } catch {
                // Invalid attribute names cannot occur on a real page either.
              }
            }
          }
          checkAll(doc, page.url);
        }),
        { numRuns: 4 },
      );
      // A count of runs, not a time budget: generous so a busy machine only makes it slower.
    }, 60_000);
  }
});
