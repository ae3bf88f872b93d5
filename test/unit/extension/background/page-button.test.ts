// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { mountButton, wantsButton } from '../../../../extension/page-button/mount-button';

describe('in-page button', () => {
  it('shows only where one prospect is on screen', () => {
    const yes = [
      'https://www.linkedin.com/in/jane-roe/',
      'https://es.linkedin.com/company/acme/about/',
      'https://www.linkedin.com/sales/lead/ACwAA,NAME_SEARCH',
      'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWbKqwPZtLrBcMhJxNsDfVgK',
    ];
    const no = [
      'https://www.linkedin.com/feed/',
      'https://www.linkedin.com/search/results/people/?keywords=x',
      'https://mail.google.com/mail/u/0/#inbox',
      'https://evil.example/in/jane/',
    ];
    for (const u of yes) expect(wantsButton(new URL(u)), u).toBe(true);
    for (const u of no) expect(wantsButton(new URL(u)), u).toBe(false);
  });

  it('says what happened, as text, and never duplicates itself', async () => {
    const capture = vi.fn().mockResolvedValue({ ok: true, name: '<img src=x onerror=alert(1)>' });
    const text = { idle: 'Capture', busy: '…', saved: (n: string) => `Saved ${n}`, failed: (w: string) => w };
    mountButton(document, text, capture);
    const host = mountButton(document, text, capture);
    expect(document.querySelectorAll('#embudo-capture-button')).toHaveLength(1);
    const button = host.shadowRoot?.querySelector('button') as HTMLButtonElement;
    button.click();
    await vi.waitFor(() => expect(button.textContent).toBe('Saved <img src=x onerror=alert(1)>'));
    expect(host.shadowRoot?.querySelector('img')).toBeNull();
  });
});
