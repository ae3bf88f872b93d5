import { describe, expect, it } from 'vitest';
import { buildCandidate, httpUrl, validEmail } from '../../../../extension/extractors/candidate-builder';
import {
  clean,
  hasType,
  jsonLdNodes,
  ldAddress,
  linesOf,
  meta,
} from '../../../../extension/extractors/dom-helpers';
import {
  companyFromDomain,
  companyFromSignature,
  isFreeMailDomain,
  isGenericMailbox,
  nameFromEmail,
  parseNameEmail,
} from '../../../../extension/extractors/email-helpers';
import { titleSubject, unwrapRedirect } from '../../../../extension/extractors/linkedin-helpers';
import { CandidateSchema } from '../../../../shared/capture/candidate';
import { parseHtml } from './fixture-cases';

describe('dom-helpers', () => {
  it('clean folds white space, NBSP and zero-width characters', () => {
    expect(clean('  Ana\u00a0 Ruiz\u200b\n ')).toBe('Ana Ruiz');
    expect(clean(null)).toBe('');
  });

  it('meta reads Open Graph tags set with property or name', () => {
    const doc = parseHtml(
      '<head><meta property="og:title" content=" A | LinkedIn "><meta name="og:site_name" content="S"></head>',
      'https://x.example/',
    );
    expect(meta(doc, 'og:title')).toBe('A | LinkedIn');
    expect(meta(doc, 'og:site_name')).toBe('S');
    expect(meta(doc, 'og:url')).toBe('');
  });

  it('jsonLdNodes flattens lists and @graph and skips broken blocks', () => {
    const doc = parseHtml(
      `<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"https://schema.org/Person","name":"A"}]}</script>
       <script type="application/ld+json">{ broken</script>
       <script type="application/ld+json">[{"@type":["Organization","Thing"],"name":"O"}]</script>`,
      'https://x.example/',
    );
    const nodes = jsonLdNodes(doc);
    expect(nodes.filter((n) => hasType(n, 'Person'))).toHaveLength(1);
    expect(nodes.filter((n) => hasType(n, 'Organization'))).toHaveLength(1);
  });

  it('ldAddress joins locality and region, as LinkedIn shows them', () => {
    expect(ldAddress({ addressLocality: 'London', addressRegion: 'London' })).toBe('London, London');
    expect(ldAddress({ addressCountry: 'SE' })).toBe('SE');
    expect(ldAddress('Madrid')).toBe('Madrid');
    expect(ldAddress(42)).toBe('');
  });

  it('linesOf breaks at <br> and blocks and leaves out skipped elements', () => {
    const doc = parseHtml(
      '<div id="s"><b>Marta Gil</b><br>Directora<div>Finanzas Norte S.L.</div><blockquote>quoted</blockquote></div>',
      'https://x.example/',
    );
    const el = doc.getElementById('s') as Element;
    expect(linesOf(el, 'blockquote')).toEqual(['Marta Gil', 'Directora', 'Finanzas Norte S.L.']);
  });
});

describe('email-helpers', () => {
  it('parseNameEmail reads the usual shapes', () => {
    expect(parseNameEmail('Pedro Alonso <Pedro.Alonso@Logistica-Sur.com>')).toEqual({
      name: 'Pedro Alonso',
      email: 'pedro.alonso@logistica-sur.com',
    });
    expect(parseNameEmail('"Ana" (ana@example.com)')).toEqual({ name: 'Ana', email: 'ana@example.com' });
    expect(parseNameEmail('ana@example.com')).toEqual({ email: 'ana@example.com' });
    expect(parseNameEmail('Isabel Moreno')).toEqual({ name: 'Isabel Moreno' });
    expect(parseNameEmail('')).toEqual({});
  });

  it('recognises free-mail domains, including country variants', () => {
    for (const d of [
      'gmail.com',
      'hotmail.es',
      'outlook.com',
      'yahoo.com.mx',
      'yahoo.es',
      'icloud.com',
      'live.com.mx',
    ])
      expect(isFreeMailDomain(d), d).toBe(true);
    for (const d of ['finanzas-norte.es', 'logistica-sur.com', 'example.com'])
      expect(isFreeMailDomain(d), d).toBe(false);
  });

  it('recognises departmental mailboxes', () => {
    for (const e of [
      'info@a.es',
      'ventas@a.es',
      'comercial@a.es',
      'empleo@a.es',
      'no-reply@a.es',
      'info.madrid@a.es',
    ])
      expect(isGenericMailbox(e), e).toBe(true);
    for (const e of ['laura.campos@a.es', 'irene@a.es', 'jgarcia@a.es'])
      expect(isGenericMailbox(e), e).toBe(false);
  });

  it('nameFromEmail only for first.last addresses', () => {
    expect(nameFromEmail('laura.campos@x.es')).toBe('Laura Campos');
    expect(nameFromEmail('jgarcia@x.es')).toBeUndefined();
    expect(nameFromEmail('info.ventas@x.es')).toBeUndefined();
  });

  it('companyFromSignature: a legal-form line, or a line spelling the domain; never the person or a phone', () => {
    expect(
      companyFromSignature(
        ['Marta Gil', 'Directora', 'Finanzas Norte S.L.'],
        'marta@finanzas-norte.es',
        'Marta Gil',
      ),
    ).toBe('Finanzas Norte S.L.');
    expect(companyFromSignature(['Pedro', 'Logística Sur', 'Tel. 954 000 321'], 'p@logistica-sur.com')).toBe(
      'Logística Sur',
    );
    expect(
      companyFromSignature(
        ['Carlos Méndez', 'Reformas · Gijón', 'Tel. 600 000 321'],
        'c@gmail.com',
        'Carlos Méndez',
      ),
    ).toBeUndefined();
  });

  it('companyFromDomain title-cases the domain and refuses free mail', () => {
    expect(companyFromDomain('j@aceros-delta.com')).toBe('Aceros Delta');
    expect(companyFromDomain('j@empresa.com.mx')).toBe('Empresa');
    expect(companyFromDomain('j@gmail.com')).toBeUndefined();
  });
});

describe('candidate-builder', () => {
  const base = {
    extractor: { id: 't', version: 1 },
    url: new URL('https://x.example/p'),
    kind: 'person' as const,
    source: 'web' as const,
  };

  it('no name, no candidate', () => {
    expect(buildCandidate({ ...base, fields: { email: ['a@b.es', 1] } })).toBeNull();
    expect(buildCandidate({ ...base, fields: { name: ['   ', 1] } })).toBeNull();
  });

  it('cuts text to the schema limits, drops invalid e-mails and non-http links, clamps confidence', () => {
    const c = buildCandidate({
      ...base,
      fields: {
        name: ['N'.repeat(500), 2],
        headline: ['H'.repeat(1000), -1],
        email: ['not an email', 1],
        website: ['javascript:alert(1)', 1],
        linkedinUrl: [`https://www.linkedin.com/in/${'a'.repeat(3000)}/`, 1],
        avatarUrl: ['data:image/gif;base64,R0lGOD', 1],
      },
    });
    expect(c?.name).toHaveLength(200);
    expect(c?.headline).toHaveLength(300);
    expect(c?.email).toBeUndefined();
    expect(c?.website).toBeUndefined();
    expect(c?.linkedinUrl).toBeUndefined();
    expect(c?.avatarUrl).toBeUndefined();
    expect(c?.provenance.confidence).toEqual({ name: 1, headline: 0 });
    expect(() => CandidateSchema.parse(c)).not.toThrow();
  });

  it('validEmail and httpUrl agree with the schema', () => {
    expect(validEmail('mailto:Ana@Example.com')).toBe('ana@example.com');
    expect(validEmail('ana@localhost')).toBeUndefined();
    expect(httpUrl('/img/a.jpg', 'https://x.example/p/')).toBe('https://x.example/img/a.jpg');
    expect(httpUrl('ftp://x.example/')).toBeUndefined();
  });
});

describe('linkedin-helpers', () => {
  it('titleSubject strips the notification count and the suffix', () => {
    const doc = parseHtml(
      '<title>(12) Valeria Núñez Prado | LinkedIn</title>',
      'https://www.linkedin.com/in/x/',
    );
    expect(titleSubject(doc)).toBe('Valeria Núñez Prado');
  });

  it('unwrapRedirect returns the real site behind LinkedIn’s redirect', () => {
    expect(
      unwrapRedirect(
        'https://www.linkedin.com/redir/redirect?url=http%3A%2F%2Fwww%2Eaudiense%2Ecom&urlhash=7Taq',
      ),
    ).toBe('http://www.audiense.com');
    expect(unwrapRedirect('https://acme.example/')).toBe('https://acme.example/');
  });
});
