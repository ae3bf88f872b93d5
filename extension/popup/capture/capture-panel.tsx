import { t } from '../../ui/i18n';
import { openLead } from '../navigation-store';
import { refreshAfterWrite } from '../pipeline/pipeline-store';
import { stageName } from '../settings-store';
import { Lazy } from '../ui/lazy';
import { captureState, resetCapture } from './capture-state';

const FAILURE_MESSAGE = {
  'nothing-here': () => t('nothingToCapture'),
  'no-access': () => t('noAccess'),
  invalid: () => t('nothingToCapture'),
  error: (detail?: string) => t('captureFailed', detail ?? ''),
} as const;

const loadForm = () => import('./capture-form');

/** The capture actions need zod: they are fetched when the rep presses the button. */
async function capture(): Promise<void> {
  const { startCapture } = await import('./capture-store');
  await startCapture();
}

export function CaptureButton() {
  const step = captureState.value.step;
  return (
    <button
      type="button"
      class="primary"
      disabled={step === 'capturing' || step === 'saving'}
      onClick={capture}
    >
      {step === 'capturing' ? t('capturing') : t('captureThisPage')}
    </button>
  );
}

/** The review form and the outcome of a capture, under the header. */
export function CapturePanel() {
  const state = captureState.value;
  if (state.step === 'review' || state.step === 'saving') {
    return (
      <section class="capture" aria-live="polite">
        <Lazy
          load={loadForm}
          props={{
            state,
            onDone: () => void refreshAfterWrite(),
            onCancel: resetCapture,
          }}
        />
      </section>
    );
  }
  if (state.step === 'failed') {
    return (
      <p class="message message-warn" role="status">
        {FAILURE_MESSAGE[state.reason](state.detail)}
      </p>
    );
  }
  if (state.step === 'saved') {
    const id = state.leadId;
    return (
      <p class="message message-ok" role="status">
        {state.created
          ? t('savedNew', state.name, stageName(state.stage ?? 'awareness'))
          : t('savedUpdate', state.name)}{' '}
        {id ? (
          <button type="button" class="link" onClick={() => openLead(id)}>
            {t('openLead')}
          </button>
        ) : null}
      </p>
    );
  }
  return null;
}
