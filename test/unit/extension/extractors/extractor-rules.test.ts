import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../../extension/extractors/registry';
import type { Candidate } from '../../../../shared/capture/candidate';
import { type FixtureCase, findCases, loadDocument, parseHtml } from './fixture-cases';

// Behaviour the fixture format cannot express: absent fields, traps, layout changes.
const byName = new Map(findCases().map((c) => [c.name, c]));
function fixture(name: string): FixtureCase {
  const c = byName.get(name);
  if (!c) throw new Error(`no fixture ${name}`);
  return c;
}
// Parsed once per fixture; a test that changes the page works on a copy.
const parsed = new Map<string, Document>();
function capture(name: string, mutate?: (doc: Document) => void, url?: string): Candidate | null {
  const c = fixture(name);
  const original = parsed.get(name) ?? loadDocument(c);
  parsed.set(name, original);
  const doc = mutate ? (original.cloneNode(true) as Document) : original;
  mutate?.(doc);
  const { candidate, errors } = extractPage(doc, url ?? c.url);
  expect(errors).toEqual([]);
  return candidate;
}

const VIEWER = /Martín Salgado Brenner|Tomás Ibarra Soler|Novare Potential/;

// Each test parses 0.5 MB pages (some several times): seconds under load, hence the time-out.
describe('LinkedIn profile', { timeout: 60_000 }, () => {
  it('leaves company empty when the top card has no current company (no guess from the headline)', () => {
    expect(capture('linkedin/profile-loggedin-private-no-company')?.company).toBeUndefined();
  });

  it('never captures the signed-in viewer, and ignores stale voyager JSON', () => {
    for (const name of [
      'linkedin/profile-loggedin-2nd-degree-no-photo',
      'linkedin/profile-loggedin-headline-not-company',
      'linkedin/profile-loggedin-2025-hashed',
    ]) {
      const c = capture(name);
      expect(c?.name, name).not.toMatch(VIEWER);
      expect(c?.name, name).not.toMatch(/Ingrid Solberg/);
    }
    // Parses several full saved pages: seconds on a busy machine, so a generous time-out.
  }, 60_000);

  it('still reads the 2024 logged-in pages with every class attribute removed (structure and aria only)', () => {
    const loggedIn2024 = [
      'full',
      '1st-degree-minified',
      '2nd-degree-no-photo',
      'headline-not-company',
      'private-no-company',
    ];
    for (const name of loggedIn2024.map((n) => `linkedin/profile-loggedin-${n}`)) {
      const c = fixture(name);
      const got = capture(name, (doc) => {
        for (const el of doc.querySelectorAll('[class]')) el.removeAttribute('class');
      });
      const want = c.expect as Record<string, string>;
      expect(got?.name, name).toBe(want.name);
      expect(got?.headline, name).toBe(want.headline);
      expect(got?.location, name).toBe(want.location);
      expect(got?.company, name).toBe(want.company);
    }
    // Parses several full saved pages: seconds on a busy machine, so a generous time-out.
  }, 60_000);

  it('reads the page as it is now: a top card swapped in by client-side navigation wins', () => {
    const got = capture('linkedin/profile-loggedin-full', (doc) => {
      const h1 = doc.querySelector('main h1');
      if (h1) h1.textContent = 'Renamed Person';
    });
    expect(got?.name).toBe('Renamed Person');
  });

  it('gives nothing while the DOM still shows another profile than the URL (navigation in progress)', () => {
    const c = fixture('linkedin/profile-loggedin-full');
    expect(capture(c.name, undefined, 'https://www.linkedin.com/in/someone-else-000000/')).toBeNull();
  });

  it('turns an /in/ACoAA… id URL into the vanity profile URL the top card links', () => {
    const got = capture(
      'linkedin/profile-loggedin-full',
      undefined,
      'https://www.linkedin.com/in/ACoAAFIXTURE0123/',
    );
    expect(got?.linkedinUrl).toBe('https://www.linkedin.com/in/martin-salgado-brenner-3f9a1d/');
  });

  it('keeps the real profile photo and never the grey placeholder', () => {
    expect(capture('linkedin/profile-loggedin-full')?.avatarUrl).toMatch(/^https:\/\/media\.licdn\.com\//);
    expect(capture('linkedin/profile-public-jsonld-no-photo')?.avatarUrl).toBeUndefined();
    expect(capture('linkedin/profile-loggedin-2nd-degree-no-photo')?.avatarUrl).toBeUndefined();
  });

  it('records where each field came from: structured data 1, visible-text guesses lower', () => {
    const pub = capture('linkedin/profile-public-jsonld');
    expect(pub?.provenance.confidence).toMatchObject({ name: 1, location: 1, linkedinUrl: 1 });
    const noHeadline = capture('linkedin/profile-public-no-headline');
    // No headline on the page: the job title from og:title/JSON-LD is offered as a low-confidence guess.
    expect(noHeadline?.headline).toBe('Co-Founder');
    expect(noHeadline?.provenance.confidence.headline).toBeLessThan(0.6);
    const hashed = capture('linkedin/profile-loggedin-2025-hashed');
    expect(hashed?.provenance.confidence.company).toBe(1);
    expect(hashed?.provenance).toMatchObject({
      pageUrl: fixture('linkedin/profile-loggedin-2025-hashed').url,
      extractor: { id: 'linkedin-profile', version: 1 },
    });
  });
});

describe('LinkedIn company and Sales Navigator', () => {
  it('reads the industry and canonical URL of a company on any tab', () => {
    expect(capture('linkedin/company-loggedin-about')).toMatchObject({
      industry: 'Farming',
      kind: 'company',
    });
    expect(capture('linkedin/company-guest-page')?.industry).toBe('Advertising Services');
  });

  it('never takes the LinkedIn redirect as the website', () => {
    expect(capture('linkedin/company-guest-page')?.website).not.toMatch(/linkedin\.com/);
  });

  it('Sales Navigator without an /in/ link has no LinkedIn URL (the lead id is not a profile)', () => {
    expect(capture('linkedin/sales-nav-lead-without-profile-link')?.linkedinUrl).toBeUndefined();
  });

  it('Sales Navigator ignores similar leads in the side rail', () => {
    const c = capture('linkedin/sales-nav-lead-with-profile-link', (doc) => {
      doc.querySelector('main [data-anonymize="location"]')?.remove();
    });
    expect(c?.location).toBeUndefined();
  });
});

describe('webmail', () => {
  it('Gmail: when the latest message is the account’s, the prospect is its outside recipient', () => {
    const c = capture('gmail/thread-latest-from-account');
    expect(c?.email).toBe('jorge.benitez@aceros-delta.com');
    // No signature from him: the company is a low-confidence guess from his domain.
    expect(c?.company).toBe('Aceros Delta');
    expect(c?.provenance.confidence.company).toBeLessThan(0.5);
  });

  it('Gmail: a free-mail prospect gets no company, neither from the domain nor from the quoted reply', () => {
    const c = capture('gmail/thread-free-mail-prospect');
    expect(c?.email).toBe('carlos.mendez.82@gmail.com');
    expect(c?.company).toBeUndefined();
  });

  it('Gmail: the account is never the prospect; the thread URL links back', () => {
    const c = capture('gmail/thread-reply-from-prospect');
    expect(c?.email).not.toBe('ana.ruiz@example.com');
    expect(c?.threadUrl).toBe(fixture('gmail/thread-reply-from-prospect').url);
  });

  it('Gmail: the account also comes from the Google account button when the title lacks it', () => {
    const c = capture('gmail/thread-reply-from-prospect', (doc) => {
      doc.title = 'Propuesta de colaboración';
    });
    expect(c?.email).toBe('marta.gil@finanzas-norte.es');
  });

  it('Gmail: a thread view Gmail keeps hidden in the DOM is not the page', () => {
    const c = capture('gmail/thread-reply-from-prospect', (doc) => {
      doc.querySelector('div.adn')?.closest('[role="list"]')?.setAttribute('style', 'display: none');
    });
    expect(c).toBeNull();
  });

  it('Outlook: the sender’s address found only in a title attribute or a persona card', () => {
    expect(capture('outlook/live-reading-pane')?.email).toBe('isabel.moreno@bodegas-altozano.es');
    const fromCard = capture('outlook/live-reading-pane', (doc) => {
      for (const b of doc.querySelectorAll('button[aria-label^="De:"]')) b.removeAttribute('title');
      const card = doc.createElement('div');
      card.setAttribute('role', 'dialog');
      const who = doc.createElement('span');
      who.textContent = 'Isabel Moreno';
      const mail = doc.createElement('a');
      mail.href = 'mailto:isabel.moreno@bodegas-altozano.es';
      mail.textContent = 'Correo';
      card.append(who, mail);
      doc.body.append(card);
    });
    expect(fromCard?.email).toBe('isabel.moreno@bodegas-altozano.es');
  });

  it('Outlook: the message list alone is nothing to capture', () => {
    const c = capture('outlook/reading-pane', (doc) =>
      doc.querySelector('[data-app-section="MailReadCompose"]')?.remove(),
    );
    expect(c).toBeNull();
  });
});

describe('any page', () => {
  it('a departmental mailbox never wins over a named person', () => {
    expect(capture('web/contact-page')?.email).toBe('laura.campos@ejemplo-industrial.es');
    expect(capture('web/person-jsonld')?.email).toBe('irene@irenegallardo-compras.es');
  });

  it('a page with only departmental mailboxes and no organisation data is nothing to capture', () => {
    const doc = parseHtml(
      '<main><a href="mailto:info@acme.example">info@acme.example</a> <a href="mailto:ventas@acme.example">Ventas</a></main>',
      'https://acme.example/contacto',
    );
    expect(extractPage(doc, 'https://acme.example/contacto').candidate).toBeNull();
  });

  it('hostile strings stay data: a javascript: URL never becomes a link', () => {
    const html =
      '<script type="application/ld+json">{"@type":"Person","name":"Eve <img src=x onerror=alert(1)>","url":"javascript:alert(1)","sameAs":["javascript:alert(2)"],"image":"javascript:alert(3)"}</script>';
    const c = extractPage(parseHtml(html, 'https://evil.example/'), 'https://evil.example/').candidate;
    expect(c?.name).toBe('Eve <img src=x onerror=alert(1)>');
    expect(c?.website).toBeUndefined();
    expect(c?.avatarUrl).toBeUndefined();
    expect(c?.linkedinUrl).toBeUndefined();
  });

  it('pages that are not http(s) give nothing', () => {
    const doc = parseHtml(
      '<script type="application/ld+json">{"@type":"Person","name":"A B"}</script>',
      'https://x.example/',
    );
    expect(extractPage(doc, 'file:///home/me/page.html').candidate).toBeNull();
    expect(extractPage(doc, 'not a url').errors[0]?.extractor).toBe('url');
  });
});

describe('LinkedIn company top card: each line read by what it says', () => {
  it('an industry with commas is never the location, on any tab, logged in or out', () => {
    for (const name of [
      'linkedin/company-loggedin-people-no-location',
      'linkedin/company-guest-jobs-industry-in-subline',
    ]) {
      const c = capture(name);
      expect(c?.industry, name).toMatch(/,/);
      expect(c?.location, name).toBeUndefined();
    }
  });

  it('the industry reaches the candidate with a confidence of its own', () => {
    const c = capture('linkedin/company-loggedin-life-flat-spanish');
    expect(c?.industry).toBe('Servicios y tecnologías de la información');
    expect(c?.provenance.confidence.industry).toBeGreaterThan(0);
  });
});

describe('Gmail: a sender that is an organisation', () => {
  const latestSender = (doc: Document) => [...doc.querySelectorAll('.gD[email]')].at(-1) as Element;

  it('the latest message names the prospect, whether the thread was opened from the inbox, a label or a search', () => {
    const id = 'FMfcgzQXKcVnRtWqLpBbHjZsKtMwXyPd';
    for (const route of ['#inbox/', '#label/Clientes%2FRenovaciones/', '#search/licencia+acme/', '#sent/']) {
      const c = capture(
        'gmail/thread-org-sender-from-inbox',
        undefined,
        `https://mail.google.com/mail/u/0/${route}${id}`,
      );
      expect(c, route).toMatchObject({
        kind: 'company',
        name: 'Acme Corp, Inc.',
        email: 'renewals@acme-corp.example',
      });
      expect(c?.threadUrl, route).toContain(route);
    }
  });

  it('is never named by its mailbox: no display name and no footer gives the domain’s name', () => {
    const c = capture('gmail/thread-org-sender-from-search', (doc) => {
      latestSender(doc).closest('.adn')?.querySelector('.a3s')?.remove();
    });
    expect(c).toMatchObject({ kind: 'company', name: 'Frigorificos Ebro' });
    expect(c?.provenance.confidence.name).toBeLessThan(0.5);
  });

  it('a person writing from a role mailbox stays a person', () => {
    const c = capture('gmail/thread-org-sender-from-label', (doc) => {
      const el = latestSender(doc);
      el.setAttribute('name', 'Laura Campos');
    });
    expect(c).toMatchObject({ kind: 'person', name: 'Laura Campos', email: 'billing@acme-corp.example' });
  });

  it('a person’s own mailbox with a person’s name is untouched (no organisation guessed)', () => {
    const c = capture('gmail/thread-org-sender-from-label', (doc) => {
      const el = latestSender(doc);
      el.setAttribute('email', 'tomas.garrido@acme-corp.example');
      el.setAttribute('name', 'Tomás Garrido');
    });
    expect(c).toMatchObject({ kind: 'person', name: 'Tomás Garrido' });
  });
});

describe('Outlook: a sender shown by name only', () => {
  it('is captured with the name alone when the page holds no address, never a recipient’s or a quoted one', () => {
    const c = capture('outlook/name-only-no-address');
    expect(c).toMatchObject({ kind: 'person', name: 'Rocío Paredes Gil', source: 'email' });
    expect(c?.email).toBeUndefined();
    expect(c?.company).toBeUndefined();
  });

  it('finds the address wherever Outlook keeps it', () => {
    for (const where of ['persona-card', 'aria-label', 'title', 'header', 'list-row'])
      expect(capture(`outlook/name-only-address-in-${where}`)?.email, where).toBe(
        'rocio.paredes@ceramicas-alba.example',
      );
  });

  it('a persona button in the To or Cc line is never the sender', () => {
    const c = capture('outlook/name-only-no-address', (doc) => {
      doc.querySelector('.HBe81')?.remove();
    });
    expect(c).toBeNull();
  });
});
