import type { Lang } from '../../shared/process/stage-list';
import { checklistKey, progressText, validTicks } from './checklist-state';
import { readJson, writeJson } from './storage';

/** Ticks are kept per stage and shared by both languages: item ids, not texts, are stored. */
function wireChecklist(fieldset: HTMLFieldSetElement, lang: Lang): void {
  const stageId = fieldset.dataset.checklist ?? '';
  const boxes = [...fieldset.querySelectorAll<HTMLInputElement>('input[type=checkbox][data-item]')];
  const ids = boxes.map((b) => b.dataset.item ?? '');
  const progress = fieldset.querySelector('progress');
  const label = fieldset.querySelector('.checklist-progress');

  const show = () => {
    const done = boxes.filter((b) => b.checked).length;
    if (progress) progress.value = done;
    if (label) label.textContent = progressText(lang, done, boxes.length);
  };
  const save = () => {
    const ticked = boxes.filter((b) => b.checked).map((b) => b.dataset.item);
    writeJson(checklistKey(stageId), ticked.length ? ticked : null);
  };

  const ticked = validTicks(readJson(checklistKey(stageId)), ids);
  for (const box of boxes) {
    box.checked = ticked.includes(box.dataset.item ?? '');
    box.addEventListener('change', () => {
      save();
      show();
    });
  }
  fieldset.querySelector('.checklist-reset')?.addEventListener('click', () => {
    for (const box of boxes) box.checked = false;
    save();
    show();
  });
  show();
}

export function wireChecklists(lang: Lang): void {
  for (const fs of document.querySelectorAll<HTMLFieldSetElement>('fieldset[data-checklist]'))
    wireChecklist(fs, lang);
}
