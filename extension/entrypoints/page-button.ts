import type { QuickCaptureResponse } from '../../shared/capture/messages';
import type { TabLeadStageResponse } from '../background/tab-lead-stage';
import { followNavigation, mountButton, wantsButton } from '../page-button/mount-button';

// Registered at run time (never in the manifest), and only after the rep turned
// the in-page button on and granted access to the site in settings.
export default defineUnlistedScript(() => {
  const t = browser.i18n.getMessage;
  const show = (url: URL) => {
    document.getElementById('embudo-capture-button')?.remove();
    if (!wantsButton(url)) return;
    const text = {
      idle: t('pageButtonIdle'),
      busy: t('capturing'),
      saved: (name: string) => t('notifySavedUpdate', [name]),
      failed: (why: string) => why,
    };
    // A page that is already a lead says so, with its stage; asked again after each capture.
    const sayStage = async () => {
      const res = (await browser.runtime
        .sendMessage({ type: 'tab-lead-stage-sender' })
        .catch(() => null)) as TabLeadStageResponse | null;
      if (!res?.stage || location.href !== url.href) return;
      text.idle = t('pageButtonKnown', [res.stage]);
      if (!mounted.button.disabled) mounted.button.textContent = text.idle;
    };
    const mounted = mountButton(document, text, async () => {
      const res = (await browser.runtime.sendMessage({
        type: 'quick-capture-sender',
      })) as QuickCaptureResponse;
      if (res.ok) {
        void sayStage();
        return { ok: true, name: res.name };
      }
      return {
        ok: false,
        message:
          res.reason === 'nothing-here'
            ? t('nothingToCapture')
            : t('captureFailed', [res.detail ?? res.reason]),
      };
    });
    void sayStage();
  };
  show(new URL(location.href));
  followNavigation(window, show);
});
