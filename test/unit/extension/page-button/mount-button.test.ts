// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { mountButton, wantsButton } from '../../../../extension/page-button/mount-button';

const text = { idle: 'Capture', busy: '…', saved: (n: string) => `Saved ${n}`, failed: (w: string) => w };

/** jsdom's internal object behind a DOM wrapper (the one holding `isTrusted` and `_dispatch`). */
function implOf<T>(wrapper: object, has: string): T {
  const impl = Object.getOwnPropertySymbols(wrapper)
    .map((s) => (wrapper as Record<symbol, unknown>)[s])
    .find((v) => v !== null && typeof v === 'object' && has in v);
  if (!impl) throw new Error(`jsdom changed: no internal object with ${has}`);
  return impl as T;
}

/**
 * A click as the browser makes it from the rep's mouse (`isTrusted: true`). No
 * script can make one (`dispatchEvent` clears the flag), so the test sets it on
 * jsdom's internal event and dispatches it the way the browser does.
 */
function trustedClick(el: Element): void {
  const event = new MouseEvent('click', { bubbles: true, composed: true });
  implOf<{ isTrusted: boolean }>(event, 'isTrusted').isTrusted = true;
  implOf<{ _dispatch: (e: unknown) => void }>(el, '_dispatch')._dispatch(implOf(event, 'isTrusted'));
  expect(event.isTrusted).toBe(true);
}

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
    mountButton(document, text, capture);
    const { button } = mountButton(document, text, capture);
    expect(document.querySelectorAll('#embudo-capture-button')).toHaveLength(1);
    trustedClick(button);
    await vi.waitFor(() => expect(button.textContent).toBe('Saved <img src=x onerror=alert(1)>'));
    expect(capture).toHaveBeenCalledTimes(1);
    expect(button.parentNode?.querySelector('img')).toBeNull();
  });

  it('is out of the page’s reach: no shadowRoot to find, and script-made clicks capture nothing', async () => {
    const capture = vi.fn().mockResolvedValue({ ok: true, name: 'Jane' });
    const { host, button } = mountButton(document, text, capture);
    // What a page script sees.
    const found = document.getElementById('embudo-capture-button') as HTMLElement;
    expect(found).toBe(host);
    expect(found.shadowRoot).toBeNull();
    expect(found.querySelector('button')).toBeNull();
    found.click();
    found.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    // Even a script that got hold of the button (it cannot) would make untrusted clicks.
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(capture).not.toHaveBeenCalled();
    expect(button.textContent).toBe('Capture');
  });
});
