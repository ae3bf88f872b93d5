/** Pure part of the checklists: which ticks to keep, and how progress reads. */
export const checklistKey = (stageId: string) => `embudo-playbook:checklist:${stageId}`;

/** Stored ticks are whatever the key holds: keep only ids the checklist really has. */
export function validTicks(stored: unknown, itemIds: readonly string[]): string[] {
  if (!Array.isArray(stored)) return [];
  return itemIds.filter((id) => stored.includes(id));
}

const PROGRESS = {
  en: (done: number, total: number) => `${done} of ${total} done`,
  es: (done: number, total: number) => `${done} de ${total} hechas`,
};

export function progressText(lang: 'en' | 'es', done: number, total: number): string {
  return PROGRESS[lang](done, total);
}
