import type { Bilingual, Lang, StageId } from './stage-list';

/**
 * The team's two lists of reasons to buy: the pain points a rep asks about in
 * Interest and the things that helped a prospect decide, sent in Consideration.
 * A lead stores the ids it was tagged with, so an id never changes once made:
 * renaming an item changes its label only, and removing it keeps it here with
 * `removed` so leads already tagged with it are still counted under its label.
 * No zod here: the popup's forms and first paint import this file.
 */
export interface TagItem {
  id: string;
  label: Bilingual;
  removed?: true;
}

export type TagListKey = 'painPoints' | 'decisionHelpers';
export const TAG_LIST_KEYS: readonly TagListKey[] = ['painPoints', 'decisionHelpers'];

/** The lead field that holds the ids picked from each list. */
export const TAG_FIELD_OF = {
  painPoints: 'painPointIds',
  decisionHelpers: 'decisionHelperIds',
} as const satisfies Record<TagListKey, string>;

/** Where the process uses each list: pain points are asked about in Interest, helpers sent in Consideration. */
export const TAG_LIST_STAGE: Record<TagListKey, StageId> = {
  painPoints: 'interest',
  decisionHelpers: 'consideration',
};

// Written for Embudo: common reasons a small B2B team hears, and the material it sends.
export const DEFAULT_PAIN_POINTS: readonly TagItem[] = [
  { id: 'manual-reporting', label: { en: 'Manual reporting', es: 'Informes a mano' } },
  { id: 'slow-onboarding', label: { en: 'Slow onboarding', es: 'Incorporación lenta' } },
  {
    id: 'scattered-data',
    label: { en: 'Data scattered across tools', es: 'Datos repartidos en varias herramientas' },
  },
  { id: 'high-cost', label: { en: 'Costs too much today', es: 'Hoy le cuesta demasiado' } },
  { id: 'no-visibility', label: { en: 'No clear view of deals', es: 'Sin visión clara de los tratos' } },
];

export const DEFAULT_DECISION_HELPERS: readonly TagItem[] = [
  { id: 'case-study', label: { en: 'Case study', es: 'Caso de éxito' } },
  { id: 'demo', label: { en: 'Demo', es: 'Demostración' } },
  { id: 'trial', label: { en: 'Trial', es: 'Prueba gratuita' } },
  { id: 'reference-call', label: { en: 'Reference call', es: 'Llamada con un cliente' } },
  { id: 'pricing-sheet', label: { en: 'Pricing sheet', es: 'Hoja de precios' } },
];

const DEFAULTS: Record<TagListKey, readonly TagItem[]> = {
  painPoints: DEFAULT_PAIN_POINTS,
  decisionHelpers: DEFAULT_DECISION_HELPERS,
};

/** The lists a team set; a list it never edited is the default one. */
type TagListSettings = Partial<Record<TagListKey, readonly TagItem[]>>;

/** Every item of a list, removed ones included (what counting and labels read). */
export function tagList(settings: TagListSettings, key: TagListKey): readonly TagItem[] {
  return settings[key] ?? DEFAULTS[key];
}

/**
 * An id's label in a language: the list's (removed items included), else the
 * id itself (a lead from another team's backup tagged with an item this list never had).
 */
export function tagLabel(items: readonly TagItem[], id: string, lang: Lang): string {
  return items.find((t) => t.id === id)?.label[lang] ?? id;
}

/**
 * Several teams' or reps' lists as one, for a combined review: the first list
 * that names an id gives its label, and an id removed in one but active in
 * another is active.
 */
export function mergeTagLists(lists: readonly (readonly TagItem[])[]): TagItem[] {
  const byId = new Map<string, TagItem>();
  for (const list of lists)
    for (const item of list) {
      const seen = byId.get(item.id);
      if (!seen) byId.set(item.id, item);
      else if (seen.removed && !item.removed) byId.set(item.id, { id: seen.id, label: seen.label });
    }
  return [...byId.values()];
}

/** A new, stable id for an item the team adds: from its label, made unique within the list. */
export function newTagId(label: string, taken: readonly string[]): string {
  const base =
    label
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 32) || 'item';
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}
