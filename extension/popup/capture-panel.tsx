import { DEFAULT_SETTINGS } from '../../shared/model/settings';
import { resolveProcess } from '../../shared/process/resolve-settings';
import { t, uiLang } from '../ui/i18n';
import { CaptureForm } from './capture-form';
import { captureState, resetCapture, startCapture } from './capture-store';

const FAILURE_MESSAGE = {
  'nothing-here': () => t('nothingToCapture'),
  'no-access': () => t('noAccess'),
  invalid: () => t('nothingToCapture'),
  error: (detail?: string) => t('captureFailed', detail ?? ''),
} as const;

export function CapturePanel({ onSaved }: { onSaved: () => unknown }) {
  const state = captureState.value;
  const busy = state.step === 'capturing' || state.step === 'saving';
  return (
    <section class="capture" aria-live="polite">
      {state.step === 'review' || state.step === 'saving' ? (
        <CaptureForm
          state={state}
          onDone={() => {
            onSaved();
          }}
          onCancel={resetCapture}
        />
      ) : (
        <button type="button" class="primary" disabled={busy} onClick={startCapture}>
          {state.step === 'capturing' ? t('capturing') : t('captureThisPage')}
        </button>
      )}
      {state.step === 'failed' ? (
        <p class="message message-warn" role="status">
          {FAILURE_MESSAGE[state.reason](state.detail)}
        </p>
      ) : null}
      {state.step === 'saved' ? (
        <p class="message message-ok" role="status">
          {state.created ? t('savedNew', state.name, stageLabelAwareness()) : t('savedUpdate', state.name)}
        </p>
      ) : null}
    </section>
  );
}

function stageLabelAwareness(): string {
  return resolveProcess(DEFAULT_SETTINGS).stageName('awareness', uiLang());
}
