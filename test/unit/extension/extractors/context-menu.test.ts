import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidateFromSelection } from '../../../../extension/extractors/context-menu';
import { CandidateSchema } from '../../../../shared/capture/candidate';

const page = 'https://www.ejemplo-industrial.es/contacto';

describe('candidateFromSelection (context menu "Capture as prospect")', () => {
  it('a right-clicked mailto link with the selected contact block', () => {
    const c = candidateFromSelection({
      pageUrl: page,
      linkUrl: 'mailto:Laura.Campos@ejemplo-industrial.es?subject=Hola',
      selectionText:
        'Laura Campos\nResponsable de Compras\nEjemplo Industrial S.L.\nlaura.campos@ejemplo-industrial.es',
    });
    expect(c).toMatchObject({
      kind: 'person',
      source: 'web',
      name: 'Laura Campos',
      headline: 'Responsable de Compras',
      company: 'Ejemplo Industrial S.L.',
      email: 'laura.campos@ejemplo-industrial.es',
      provenance: { pageUrl: page, extractor: { id: 'context-menu', version: 1 } },
    });
  });

  it('"Name, Title <email>" on one line', () => {
    const c = candidateFromSelection({
      pageUrl: page,
      selectionText: 'Pedro Alonso, Responsable de Logística <pedro.alonso@logistica-sur.com>',
    });
    expect(c).toMatchObject({
      name: 'Pedro Alonso',
      headline: 'Responsable de Logística',
      email: 'pedro.alonso@logistica-sur.com',
    });
  });

  it('a bare mailto link: the name comes from the address, with low confidence', () => {
    const c = candidateFromSelection({ pageUrl: page, linkUrl: 'mailto:marta.gil@finanzas-norte.es' });
    expect(c?.name).toBe('Marta Gil');
    expect(c?.provenance.confidence.name).toBeLessThan(0.5);
    expect(c?.company).toBe('Finanzas Norte');
  });

  it('a free-mail address gives no company', () => {
    const c = candidateFromSelection({ pageUrl: page, linkUrl: 'mailto:carlos.mendez@gmail.com' });
    expect(c?.email).toBe('carlos.mendez@gmail.com');
    expect(c?.company).toBeUndefined();
  });

  it('a departmental mailbox keeps the address as the name for the rep to edit', () => {
    const c = candidateFromSelection({ pageUrl: page, linkUrl: 'mailto:info@ejemplo-industrial.es' });
    expect(c).toMatchObject({ name: 'info@ejemplo-industrial.es', email: 'info@ejemplo-industrial.es' });
  });

  it('source is "email" on webmail pages', () => {
    const c = candidateFromSelection({
      pageUrl: 'https://mail.google.com/mail/u/0/#inbox/abc',
      selectionText: 'Marta Gil <marta.gil@finanzas-norte.es>',
    });
    expect(c?.source).toBe('email');
  });

  it('a selected name with a right-clicked LinkedIn profile link', () => {
    const c = candidateFromSelection({
      pageUrl: 'https://www.example-news.es/articulo',
      selectionText: 'Valeria Núñez Prado',
      linkUrl: 'https://es.linkedin.com/in/Valeria-Nunez-Prado-7c31e8?trk=x',
    });
    expect(c).toMatchObject({
      name: 'Valeria Núñez Prado',
      linkedinUrl: 'https://www.linkedin.com/in/valeria-nunez-prado-7c31e8/',
      source: 'linkedin',
    });
  });

  it('nothing usable gives null', () => {
    expect(candidateFromSelection({ pageUrl: page })).toBeNull();
    expect(candidateFromSelection({ pageUrl: page, selectionText: '   \n  ' })).toBeNull();
    expect(candidateFromSelection({ pageUrl: page, linkUrl: 'https://example.com/' })).toBeNull();
    expect(candidateFromSelection({ pageUrl: 'chrome://extensions', selectionText: 'Ana Ruiz' })).toBeNull();
    expect(candidateFromSelection({ pageUrl: 'not a url', selectionText: 'Ana Ruiz' })).toBeNull();
  });

  it('never throws and always returns null or a valid candidate, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.record({
          pageUrl: fc.oneof(fc.webUrl(), fc.string()),
          selectionText: fc.option(
            fc.oneof(fc.string({ unit: 'binary', maxLength: 3000 }), fc.emailAddress()),
            { nil: undefined },
          ),
          linkUrl: fc.option(
            fc.oneof(
              fc.emailAddress().map((e) => `mailto:${e}`),
              fc.webUrl(),
              fc.string(),
            ),
            { nil: undefined },
          ),
        }),
        (input) => {
          const c = candidateFromSelection(input);
          if (c) CandidateSchema.parse(c);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('context-menu text without a contact', () => {
  it('refuses free text that holds neither a person name nor an email (it would be saved unreviewed)', () => {
    for (const selectionText of ['the weather is nice', 'Q3 results', '   ']) {
      expect(candidateFromSelection({ pageUrl: 'https://example.org/', selectionText })).toBeNull();
    }
  });
});
