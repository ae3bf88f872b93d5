import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXTRACTORS, extractPage } from '../../../../extension/extractors/registry';
import { CandidateSchema } from '../../../../shared/capture/candidate';
import { findCases, loadDocument, parseHtml } from './fixture-cases';

/**
 * Pages change under us: extractors must never throw, and whatever they return
 * must pass the schema the background validates with. Real fixtures are damaged
 * at random (nodes removed, attributes scrambled, text replaced); random pages
 * are built from the tags and attributes the extractors look for.
 */

/** Every extractor on the page, whether or not its URL matches: none may throw. */
function checkAll(doc: Document, href: string) {
  const { candidate, errors } = extractPage(doc, href);
  expect(errors).toEqual([]);
  if (candidate) CandidateSchema.parse(candidate);
  const url = new URL(href);
  for (const ex of EXTRACTORS) {
    const c = ex.extract(doc, url);
    if (c) CandidateSchema.parse(c);
  }
}

const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.constantFrom(
    '',
    ' ',
    'javascript:alert(1)',
    'mailto:',
    'mailto:?subject=x',
    'Current company: . Click to skip',
    'From: <>',
    '{"@type":"Person","name":',
    'a'.repeat(5000),
    'x@y',
    '/in/',
    'http://[',
  ),
  fc.emailAddress(),
  fc.webUrl(),
);

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
      // Cloning a 600 KB page four times takes ~1 s alone, several on a loaded machine.
    }, 60_000);
  }
});

describe('extractors on random pages', () => {
  const attr = fc.constantFrom(
    'aria-label',
    'title',
    'href',
    'email',
    'name',
    'data-anonymize',
    'data-section',
    'alt',
    'src',
    'role',
    'class',
    'data-message-id',
    'data-app-section',
  );
  const tag = fc.constantFrom(
    'h1',
    'h2',
    'section',
    'main',
    'a',
    'span',
    'div',
    'button',
    'dl',
    'dt',
    'dd',
    'img',
    'p',
    'aside',
    'header',
  );
  const leaf: fc.Arbitrary<string> = fc
    .tuple(tag, fc.array(fc.tuple(attr, hostile), { maxLength: 3 }), hostile)
    .map(([t, attrs, text]) => {
      const a = attrs
        .map(([k, v]) => ` ${k}="${v.replace(/[&"<]/g, (ch) => `&#${ch.charCodeAt(0)};`)}"`)
        .join('');
      return `<${t}${a}>${text.replace(/[&<]/g, (ch) => `&#${ch.charCodeAt(0)};`)}</${t}>`;
    });
  const tree = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc
        .tuple(tag, fc.array(tie('node'), { maxLength: 4 }))
        .map(([t, kids]) => `<${t}>${kids.join('')}</${t}>`),
    ),
  })).node;
  const jsonLd = fc
    .oneof(
      fc.jsonValue(),
      fc.record({
        '@type': fc.constantFrom('Person', 'Organization', 'LocalBusiness', 'NewsArticle', 'ItemList'),
        name: fc.oneof(hostile, fc.jsonValue()),
        url: fc.oneof(hostile, fc.jsonValue()),
        sameAs: fc.oneof(hostile, fc.array(hostile)),
        address: fc.oneof(hostile, fc.jsonValue()),
        worksFor: fc.jsonValue(),
        email: hostile,
      }),
    )
    .map((v) => `<script type="application/ld+json">${JSON.stringify(v).replace(/</g, '\\u003c')}</script>`);
  const url = fc.constantFrom(
    'https://www.linkedin.com/in/jane-doe-0a1b2c/',
    'https://es.linkedin.com/in/ACoAAB123/',
    'https://www.linkedin.com/company/acme/about/',
    'https://www.linkedin.com/sales/lead/ACwAA1,NAME_SEARCH,x',
    'https://mail.google.com/mail/u/0/#inbox/abc',
    'https://outlook.office.com/mail/inbox/id/abc',
    'https://outlook.live.com/mail/0/',
    'https://acme.example/contacto',
  );

  it('never throw and yield null or a valid candidate', () => {
    fc.assert(
      fc.property(url, hostile, fc.array(fc.oneof(tree, jsonLd), { maxLength: 6 }), (href, title, parts) => {
        const t = title.replace(/[&<]/g, (ch) => `&#${ch.charCodeAt(0)};`);
        checkAll(parseHtml(`<title>${t}</title><main>${parts.join('')}</main>`, href), href);
      }),
      { numRuns: 150 },
    );
    // 150 random pages take ~3 s alone; on a loaded 2-core machine far longer.
  }, 60_000);
});
