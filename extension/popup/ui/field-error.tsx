import { type MessageKey, t } from '../../ui/i18n';

/**
 * The message under a field that needs a fix; its id (`<field id>-error`) is
 * what the field names in aria-describedby, so it is read with the field.
 */
export function FieldError({ fieldId, error }: { fieldId: string; error: MessageKey | undefined }) {
  return error ? (
    <small id={`${fieldId}-error`} class="error">
      {t(error)}
    </small>
  ) : null;
}
