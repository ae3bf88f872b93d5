import { useState } from 'preact/hooks';
import { getDb } from '../../data/db';
import { countStored, deleteAllData, type StoredCounts } from '../../data/delete-all';
import { t } from '../../ui/i18n';
import { forgetFirstScreen } from '../pipeline/first-screen-cache';
import { fmt, writeErrorText } from './data-messages';
import { NothingChangedAlert } from './file-choice';

type State =
  | { step: 'closed' }
  | { step: 'confirm'; counts: StoredCounts; typed: string }
  | { step: 'done' }
  | { step: 'failed'; text: string };

/** Deleting everything asks the rep to type a word, after saying exactly what goes. */
export function DeleteAllPanel({ onDeleted }: { onDeleted: () => void }) {
  const [state, setState] = useState<State>({ step: 'closed' });
  const word = t('dataDeleteWord');

  const open = async () => setState({ step: 'confirm', counts: await countStored(getDb()), typed: '' });
  const run = async () => {
    try {
      await deleteAllData(getDb());
      forgetFirstScreen();
      setState({ step: 'done' });
      onDeleted();
    } catch (err) {
      setState({ step: 'failed', text: writeErrorText(err) });
    }
  };
  return (
    <section class="data-section data-danger" aria-labelledby="data-delete-title">
      <h3 id="data-delete-title">{t('dataDeleteTitle')}</h3>
      {state.step === 'confirm' ? (
        <div class="data-confirm">
          <p>{t('dataDeleteWhat', fmt(state.counts.leads), fmt(state.counts.reviews))}</p>
          <p>{t('dataDeleteWarning')}</p>
          <label class="field">
            <span>{t('dataDeleteType', word)}</span>
            <input
              type="text"
              value={state.typed}
              autoComplete="off"
              data-testid="delete-confirm"
              onInput={(e) => setState({ ...state, typed: e.currentTarget.value })}
            />
          </label>
          <div class="actions">
            <button
              type="button"
              class="danger"
              disabled={state.typed.trim().toLocaleUpperCase() !== word.toLocaleUpperCase()}
              onClick={() => void run()}
            >
              {t('dataDeleteConfirm')}
            </button>
            <button type="button" onClick={() => setState({ step: 'closed' })}>
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="danger" onClick={() => void open()}>
          {t('dataDeleteButton')}
        </button>
      )}
      {state.step === 'done' ? (
        <p class="message message-ok" role="status">
          {t('dataDeleted')}
        </p>
      ) : null}
      {state.step === 'failed' ? <NothingChangedAlert text={state.text} /> : null}
    </section>
  );
}
