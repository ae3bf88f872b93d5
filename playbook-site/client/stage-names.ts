import type { Lang } from '../../shared/process/stage-list';
import { readJson, writeJson } from './storage';

const STAGE_NAMES_KEY = 'embudo-playbook:stage-names';

/** A team's stage names per language; only the stages it renamed. */
export type StageNameOverrides = Partial<Record<Lang, Record<string, string>>>;

/** What storage (or a backup) holds is untrusted: keep short strings for known stage ids only. */
export function cleanOverrides(value: unknown, stageIds: readonly string[]): StageNameOverrides {
  const out: StageNameOverrides = {};
  if (!value || typeof value !== 'object') return out;
  for (const lang of ['en', 'es'] as const) {
    const names = (value as Record<string, unknown>)[lang];
    if (!names || typeof names !== 'object') continue;
    const kept: Record<string, string> = {};
    for (const id of stageIds) {
      const name = (names as Record<string, unknown>)[id];
      if (typeof name === 'string' && name.trim() && name.length <= 40) kept[id] = name.trim();
    }
    if (Object.keys(kept).length) out[lang] = kept;
  }
  return out;
}

/** Replace (as text, never markup) every marked stage name on the page, or restore the defaults. */
function apply(overrides: StageNameOverrides, lang: Lang): void {
  const names = overrides[lang] ?? {};
  for (const el of document.querySelectorAll<HTMLElement>('[data-stage-name]')) {
    el.dataset.defaultName ??= el.textContent ?? '';
    el.textContent = names[el.dataset.stageName ?? ''] ?? el.dataset.defaultName;
  }
  const notice = document.querySelector<HTMLElement>('.stage-names-notice');
  if (notice) notice.hidden = Object.keys(names).length === 0;
}

export function wireStageNames(lang: Lang): (overrides: StageNameOverrides) => void {
  const stageIds = [...document.querySelectorAll<HTMLElement>('[data-checklist]')].map(
    (el) => el.dataset.checklist ?? '',
  );
  const set = (value: unknown) => {
    const clean = cleanOverrides(value, stageIds);
    writeJson(STAGE_NAMES_KEY, Object.keys(clean).length ? clean : null);
    apply(clean, lang);
  };
  apply(cleanOverrides(readJson(STAGE_NAMES_KEY), stageIds), lang);
  document.querySelector('.stage-names-reset')?.addEventListener('click', () => set(null));
  return set;
}
