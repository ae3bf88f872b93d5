import { TAG_LIST_KEYS, type TagListKey } from '../../../shared/process/why-buy-lists';
import { type MessageKey, t } from '../../ui/i18n';
import type { FieldProps } from './settings-fields';
import { BilingualHeadCells, SettingInput } from './settings-fields';
import type { SettingsForm } from './settings-form-model';
import { addRow, removeRow, shownRows } from './settings-tag-form';

const TITLE: Record<TagListKey, MessageKey> = {
  painPoints: 'settingsPainPointsTitle',
  decisionHelpers: 'settingsDecisionHelpersTitle',
};

/**
 * The team's pain point and decision helper lists: rename an item in either
 * language, add one, remove one. Ids never change here, so leads keep their
 * tags through a rename, and a removed item keeps its name for the leads that have it.
 */
export function SettingsTagLists(
  props: FieldProps & { setForm: (next: (f: SettingsForm) => SettingsForm) => void },
) {
  const { form, errors, setForm } = props;
  return (
    <>
      {TAG_LIST_KEYS.map((key) => {
        const tid = `tbl-${key}`;
        const rows = shownRows(form, key);
        const listError = errors[`${key}.order`];
        return (
          <fieldset class="form-section tag-list" key={key} data-list={key}>
            <legend>{t(TITLE[key])}</legend>
            <p class="hint" id={`${tid}-hint`}>
              {t('tagListHint')}
            </p>
            <table class="stage-table">
              <thead>
                <tr>
                  <th scope="col">{t('tagItemColumn')}</th>
                  <BilingualHeadCells tid={tid} />
                </tr>
              </thead>
              <tbody>
                {rows.map((row, i) => (
                  <tr key={row}>
                    <th scope="row" id={`${tid}-r${i}`}>
                      <span class="visually-hidden">{t('tagItemColumn')} </span>
                      {i + 1}
                    </th>
                    {(['en', 'es'] as const).map((lang) => (
                      <td key={lang}>
                        <SettingInput
                          {...props}
                          k={`${key}.${row}.${lang}`}
                          labelledBy={`${tid}-r${i} ${tid}-${lang}`}
                        />
                      </td>
                    ))}
                    <td>
                      <button
                        type="button"
                        onClick={() => setForm((f) => removeRow(f, key, row))}
                        aria-label={t(
                          'tagRemoveNamed',
                          form[`${key}.${row}.en`] || form[`${key}.${row}.es`] || '',
                        )}
                      >
                        {t('tagRemove')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {listError ? <small class="error">{t(listError)}</small> : null}
            <button
              type="button"
              id={`set-${key}-order`}
              onClick={() => {
                setForm((f) => addRow(f, key));
                // The new row's English name, once drawn: the rep types straight away.
                requestAnimationFrame(() =>
                  document
                    .querySelector<HTMLInputElement>(`[data-list="${key}"] tbody tr:last-child input`)
                    ?.focus(),
                );
              }}
            >
              {t('tagAdd')}
            </button>
          </fieldset>
        );
      })}
    </>
  );
}
