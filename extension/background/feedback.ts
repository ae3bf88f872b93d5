import type { QuickCaptureResponse } from '../../shared/capture/messages';

const BADGE_MS = 4000;

/**
 * Tells the rep what a capture without the popup did: a mark on the toolbar
 * badge of that tab, and a notification that says who was saved or why not.
 */
export async function confirmCapture(tabId: number | undefined, res: QuickCaptureResponse): Promise<void> {
  const t = (key: Parameters<typeof browser.i18n.getMessage>[0], ...subs: string[]) =>
    browser.i18n.getMessage(key, subs);
  const text = res.ok ? '✓' : '!';
  const color = res.ok ? '#1d6b33' : '#8a4b00';
  if (tabId !== undefined) {
    await browser.action.setBadgeBackgroundColor({ tabId, color });
    await browser.action.setBadgeText({ tabId, text });
    // `null` hands the tab back to the global badge (the problem count).
    setTimeout(
      () => browser.action.setBadgeText({ tabId, text: null as unknown as string }).catch(() => undefined),
      BADGE_MS,
    );
  }
  const message = res.ok
    ? res.created
      ? t('notifySavedNew', res.name)
      : t('notifySavedUpdate', res.name)
    : res.reason === 'nothing-here'
      ? t('nothingToCapture')
      : res.reason === 'no-access'
        ? t('noAccess')
        : t('captureFailed', res.detail ?? res.reason);
  await browser.notifications
    .create(`embudo-capture-${Date.now()}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: 'Embudo',
      message,
    })
    .catch((err: unknown) => console.warn('[embudo] notification failed', err));
}
