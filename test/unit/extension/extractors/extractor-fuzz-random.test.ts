import fc from 'fast-check';
import { describe, it } from 'vitest';
import { parseHtml } from './fixture-cases';
import { checkAll, hostile } from './fuzz-support';

// Random pages built from the tags and attributes the extractors look for.
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
  // One property per kind of site, each a fixed count of random pages (150 in all, as before the split).
  const SITES = {
    LinkedIn: [
      'https://www.linkedin.com/in/jane-doe-0a1b2c/',
      'https://es.linkedin.com/in/ACoAAB123/',
      'https://www.linkedin.com/company/acme/about/',
      'https://www.linkedin.com/sales/lead/ACwAA1,NAME_SEARCH,x',
    ],
    'Gmail and Outlook': [
      'https://mail.google.com/mail/u/0/#inbox/abc',
      'https://outlook.office.com/mail/inbox/id/abc',
      'https://outlook.live.com/mail/0/',
    ],
    'any other site': ['https://acme.example/contacto', 'https://acme.example/'],
  };

  for (const [site, urls] of Object.entries(SITES)) {
    it(`${site}: never throw and yield null or a valid candidate`, () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...urls),
          hostile,
          fc.array(fc.oneof(tree, jsonLd), { maxLength: 6 }),
          (href, title, parts) => {
            const t = title.replace(/[&<]/g, (ch) => `&#${ch.charCodeAt(0)};`);
            checkAll(parseHtml(`<title>${t}</title><main>${parts.join('')}</main>`, href), href);
          },
        ),
        { numRuns: site === 'any other site' ? 30 : 60 },
      );
      // A count of runs, not a time budget: generous so a busy machine only makes it slower.
    }, 60_000);
  }
});
