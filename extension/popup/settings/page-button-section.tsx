import './page-button-section.css';
import { useEffect, useState } from 'preact/hooks';
import { type MessageKey, t } from '../../ui/i18n';
import { PAGE_BUTTON_ORIGINS, siteNames } from '../../ui/page-button-origins';
import { sendToBackground } from '../ui/send';

interface ButtonState {
  enabled: boolean;
  origins: string[];
}

const failed = (err: unknown) => console.warn('[embudo] in-page button switch failed', err);

/**
 * The optional Capture button on LinkedIn and Gmail pages. Switching it on is
 * what asks the browser for access to those sites; it applies at once, apart
 * from the settings form's Save.
 */
export function PageButtonSection() {
  const [state, setState] = useState<ButtonState | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<MessageKey | null>(null);
  useEffect(() => {
    sendToBackground<ButtonState>({ type: 'get-page-button' })
      .then(setState)
      .catch((err: unknown) => {
        failed(err);
        setProblem('pageButtonFailed');
      });
  }, []);

  const finish = (next: Promise<ButtonState | null>) => {
    setBusy(true);
    setProblem(null);
    next
      .then((s) => s && setState(s))
      .catch((err: unknown) => {
        failed(err);
        setProblem('pageButtonFailed');
      })
      .finally(() => setBusy(false));
  };

  const turnOn = () => {
    // Asked before anything else in the click: browsers show the prompt only during a user gesture.
    const granted = browser.permissions.request({ origins: PAGE_BUTTON_ORIGINS });
    finish(
      granted.then(async (ok) => {
        if (!ok) {
          setProblem('pageButtonDenied');
          return null;
        }
        return sendToBackground<ButtonState>({ type: 'set-page-button', enabled: true });
      }),
    );
  };

  const turnOff = () => {
    finish(
      sendToBackground<ButtonState>({ type: 'set-page-button', enabled: false }).then(async (s) => {
        // Give the site access back. A build that requires these hosts cannot drop them; that is fine.
        await browser.permissions.remove({ origins: PAGE_BUTTON_ORIGINS }).catch(failed);
        return s;
      }),
    );
  };

  const on = state?.enabled ?? false;
  return (
    <section class="form-section page-button" aria-labelledby="page-button-title">
      <h3 id="page-button-title">{t('pageButtonTitle')}</h3>
      <div class="switch-row">
        <button
          type="button"
          role="switch"
          class="switch"
          id="page-button-switch"
          aria-checked={on ? 'true' : 'false'}
          aria-labelledby="page-button-label"
          aria-describedby="page-button-hint page-button-status"
          disabled={busy || state === null}
          onClick={on ? turnOff : turnOn}
        />
        <label id="page-button-label" for="page-button-switch">
          {t('pageButtonSwitch')}
        </label>
      </div>
      <small id="page-button-hint" class="hint">
        {t('pageButtonHint')}
      </small>
      <p id="page-button-status" class="message" aria-live="polite">
        {problem
          ? t(problem)
          : on
            ? t('pageButtonOnFor', siteNames(state?.origins ?? []).join(', '))
            : state
              ? t('pageButtonOff')
              : ''}
      </p>
    </section>
  );
}
