import { useState } from 'preact/hooks';
import { t } from '../../ui/i18n';
import { dismissNotice, notice } from './notice-store';

/** The last action's outcome; stays until dismissed or replaced, so Undo is reachable without a race. */
export function NoticeBar() {
  const n = notice.value;
  const [busy, setBusy] = useState(false);
  if (!n) return null;
  const undo = n.undo;
  return (
    <div class="notice" role="status">
      <span>{n.text}</span>
      {undo ? (
        <button
          type="button"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            try {
              await undo();
            } finally {
              setBusy(false);
            }
          }}
        >
          {t('undo')}
        </button>
      ) : null}
      <button type="button" class="icon" aria-label={t('dismiss')} onClick={dismissNotice}>
        ×
      </button>
    </div>
  );
}
