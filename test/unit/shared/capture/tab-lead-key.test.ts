import { describe, expect, it } from 'vitest';
import { tabLeadKey } from '../../../../shared/capture/tab-lead-key';

describe('tabLeadKey: which tabs may belong to a lead, from the URL alone', () => {
  it('keys a LinkedIn profile or company page by its canonical URL, whatever form it was reached by', () => {
    const key = { by: 'linkedin', url: 'https://www.linkedin.com/in/jane-roe/' };
    expect(tabLeadKey('https://www.linkedin.com/in/jane-roe/')).toEqual(key);
    expect(tabLeadKey('https://es.linkedin.com/in/Jane-Roe?trk=feed')).toEqual(key);
    expect(tabLeadKey('https://www.linkedin.com/in/jane-roe/details/experience/')).toEqual(key);
    expect(tabLeadKey('https://www.linkedin.com/company/acme/')).toEqual({
      by: 'linkedin',
      url: 'https://www.linkedin.com/company/acme/',
    });
  });

  it('asks the page for a message open in Gmail or Outlook, not for their inbox lists', () => {
    expect(tabLeadKey('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKbVcSgMnZrTwLpDkJhQwFxRb')).toEqual({
      by: 'page',
    });
    expect(
      tabLeadKey('https://mail.google.com/mail/u/0/#label/Proveedores/FMfcgzQXKdWpLmQsZtBnHcRvKjXwTyNf'),
    ).toEqual({
      by: 'page',
    });
    expect(tabLeadKey('https://outlook.office.com/mail/inbox/id/AAQkFIXTURE0001%3D')).toEqual({ by: 'page' });
    expect(tabLeadKey('https://mail.google.com/mail/u/0/#inbox')).toBeNull();
    expect(tabLeadKey('https://outlook.office.com/mail/inbox')).toBeNull();
  });

  it('does not look up the feed, other sites, other schemes or nonsense', () => {
    for (const url of [
      'https://www.linkedin.com/feed/',
      'https://example.com/in/jane-roe/',
      'http://www.linkedin.com/in/jane-roe/',
      'chrome://extensions',
      'not a url',
      undefined,
    ]) {
      expect(tabLeadKey(url), String(url)).toBeNull();
    }
  });
});
