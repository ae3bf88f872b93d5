import type { QuickCaptureResponse } from '../../shared/capture/messages';
import { followNavigation, mountButton, wantsButton } from '../page-button/mount-button';

// Registered at run time (never in the manifest), and only after the rep turned
// the in-page button on and granted access to the site in settings.
export default defineUnlistedScript(() => {
  const t = browser.i18n.getMessage;
  const show = (url: URL) => {
    document.getElementById('embudo-capture-button')?.remove();
    if (!wantsButton(url)) return;
    mountButton(
      document,
      {
        idle: t('pageButtonIdle'),
        busy: t('capturing'),
        saved: (name) => t('notifySavedUpdate', [name]),
        failed: (why) => why,
      },
      async () => {
        const res = (await browser.runtime.sendMessage({
          type: 'quick-capture-sender',
        })) as QuickCaptureResponse;
        if (res.ok) return { ok: true, name: res.name };
        return {
          ok: false,
          message:
            res.reason === 'nothing-here'
              ? t('nothingToCapture')
              : t('captureFailed', [res.detail ?? res.reason]),
        };
      },
    );
  };
  show(new URL(location.href));
  followNavigation(window, show);
});
