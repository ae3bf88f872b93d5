import type { Settings } from '../../../shared/model/settings';
import { LANGS } from '../../../shared/process/stage-list';
import {
  newTagId,
  TAG_LIST_KEYS,
  type TagItem,
  type TagListKey,
  tagList,
} from '../../../shared/process/why-buy-lists';
import type { SettingsErrors, SettingsForm } from './settings-form-model';

/**
 * The pain point and decision helper lists in the settings form's flat text
 * fields: `<list>.order` holds the ids in order, `<list>.<id>.en|es` the
 * labels and `<list>.<id>.removed` marks an item the team removed (kept so its
 * leads stay labelled). A row added in the form has a key starting with "+"
 * (never a valid id) and gets its id from its label on save. Pure.
 */
const ADDED_PREFIX = '+';

export function tagFormFields(s: Pick<Settings, TagListKey>): SettingsForm {
  const form: SettingsForm = {};
  for (const key of TAG_LIST_KEYS) {
    const items = tagList(s, key);
    form[`${key}.order`] = items.map((i) => i.id).join(',');
    for (const i of items) {
      for (const lang of LANGS) form[`${key}.${i.id}.${lang}`] = i.label[lang];
      if (i.removed) form[`${key}.${i.id}.removed`] = '1';
    }
  }
  return form;
}

/** Keys of the rows shown in the editor: every item not removed, in order. */
export function shownRows(form: SettingsForm, key: TagListKey): string[] {
  return (form[`${key}.order`] ?? '').split(',').filter((k) => k && form[`${key}.${k}.removed`] !== '1');
}

/** The form with one more, empty row at the end of the list. */
export function addRow(form: SettingsForm, key: TagListKey): SettingsForm {
  const keys = (form[`${key}.order`] ?? '').split(',').filter(Boolean);
  let n = 1;
  while (keys.includes(`${ADDED_PREFIX}${n}`)) n++;
  const row = `${ADDED_PREFIX}${n}`;
  return {
    ...form,
    [`${key}.order`]: [...keys, row].join(','),
    [`${key}.${row}.en`]: '',
    [`${key}.${row}.es`]: '',
  };
}

/** A saved item is kept, marked removed; a row added in this form just goes. */
export function removeRow(form: SettingsForm, key: TagListKey, row: string): SettingsForm {
  if (!row.startsWith(ADDED_PREFIX)) return { ...form, [`${key}.${row}.removed`]: '1' };
  const keys = (form[`${key}.order`] ?? '').split(',').filter((k) => k && k !== row);
  return { ...form, [`${key}.order`]: keys.join(',') };
}

/**
 * The lists for the schema, or the errors of rows left without a name. A row
 * named in one language only gets that name in the other too. A list equal to
 * the defaults is left out, so a team that never edited it follows the
 * process definition.
 */
export function tagListsFromForm(form: SettingsForm): {
  lists: Partial<Record<TagListKey, TagItem[]>>;
  errors: SettingsErrors;
} {
  const lists: Partial<Record<TagListKey, TagItem[]>> = {};
  const errors: SettingsErrors = {};
  for (const key of TAG_LIST_KEYS) {
    const rows = (form[`${key}.order`] ?? '').split(',').filter(Boolean);
    const taken = rows.filter((r) => !r.startsWith(ADDED_PREFIX));
    const items: TagItem[] = [];
    for (const row of rows) {
      const removed = form[`${key}.${row}.removed`] === '1';
      const en = (form[`${key}.${row}.en`] ?? '').trim();
      const es = (form[`${key}.${row}.es`] ?? '').trim();
      if (!en && !es) {
        if (!removed) errors[`${key}.${row}.en`] = 'errTagLabel';
        continue;
      }
      if ([en, es].some((l) => l.length > 80))
        errors[`${key}.${row}.${en.length > 80 ? 'en' : 'es'}`] = 'errTagLabel';
      const id = row.startsWith(ADDED_PREFIX) ? newTagId(en || es, taken) : row;
      taken.push(id);
      items.push({
        id,
        label: { en: en || es, es: es || en },
        ...(removed ? { removed: true as const } : {}),
      });
    }
    const defaults = tagList({}, key);
    if (JSON.stringify(items) !== JSON.stringify(defaults)) lists[key] = items;
  }
  return { lists, errors };
}
