import { t } from '../../ui/i18n';

interface Props {
  /** The submit button's words; none hides it (the capture form while a merge is on offer). */
  submitLabel?: string;
  busy: boolean;
  onCancel: () => void;
}

/** A form's Save and Cancel, the same in every form: Save says "Saving…" while it works. */
export function FormActions({ submitLabel, busy, onCancel }: Props) {
  return (
    <div class="actions">
      {submitLabel === undefined ? null : (
        <button type="submit" class="primary" disabled={busy}>
          {busy ? t('saving') : submitLabel}
        </button>
      )}
      <button type="button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </div>
  );
}
