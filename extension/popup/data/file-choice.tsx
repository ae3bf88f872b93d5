import { t } from '../../ui/i18n';
import { canChooseFiles, openDataTab } from './download';

/**
 * The file picker of an import panel (backup, CSV): hands over the chosen file
 * and then clears itself, so choosing the same file again after fixing it
 * still fires. Where the popup cannot show a file dialog (it would close), a
 * button opens the Data screen in a tab instead.
 */
export function FileChoice(props: {
  label: string;
  accept: string;
  testId: string;
  disabled?: boolean;
  onFile: (file: File | undefined) => Promise<void>;
}) {
  if (!canChooseFiles())
    return (
      <button type="button" onClick={() => void openDataTab()}>
        {t('dataImportInTab')}
      </button>
    );
  return (
    <label class="file-choice">
      <span>{props.label}</span>
      <input
        type="file"
        accept={props.accept}
        data-testid={props.testId}
        disabled={props.disabled}
        onChange={(e) => {
          const input = e.currentTarget;
          void props.onFile(input.files?.[0]).finally(() => {
            input.value = '';
          });
        }}
      />
    </label>
  );
}

/** A failed step of a Data panel: what went wrong, and that nothing stored was changed. */
export function NothingChangedAlert({ text }: { text: string }) {
  return (
    <p class="message message-error" role="alert">
      {text} {t('dataNothingChanged')}
    </p>
  );
}
