import type { QuickCaptureResponse } from '../../shared/capture/messages';

const BADGE_MS = 4000;
/** A notification holds a few lines; a page-made reason (an error, a name) must not fill the screen. */
export const NOTIFICATION_MAX = 400;

type Translate = (key: Parameters<typeof browser.i18n.getMessage>[0], ...subs: string[]) => string;

/** What the notification says about a capture without the popup, cut to NOTIFICATION_MAX. Pure. */
export function captureMessage(res: QuickCaptureResponse, t: Translate): string {
  const lines = res.ok
    ? [
        res.created ? t('notifySavedNew', res.name) : t('notifySavedUpdate', res.name),
        res.kept?.length ? t('notifyKeptValues') : '',
        res.linkedinSkipped ? t('notifyLinkedinSkipped') : '',
      ]
    : [
        res.reason === 'nothing-here'
          ? t('nothingToCapture')
          : res.reason === 'no-access'
            ? t('noAccess')
            : t('captureFailed', res.detail ?? res.reason),
      ];
  const text = lines.filter(Boolean).join(' ');
  return text.length > NOTIFICATION_MAX ? `${text.slice(0, NOTIFICATION_MAX - 1)}…` : text;
}

/**
 * Tells the rep what a capture without the popup did: a mark on the toolbar
 * badge of that tab, and a notification that says who was saved or why not.
 */
export async function confirmCapture(tabId: number | undefined, res: QuickCaptureResponse): Promise<void> {
  const t: Translate = (key, ...subs) => browser.i18n.getMessage(key, subs);
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
  await browser.notifications
    .create(`embudo-capture-${Date.now()}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: 'Embudo',
      message: captureMessage(res, t),
    })
    .catch((err: unknown) => console.warn('[embudo] notification failed', err));
}
