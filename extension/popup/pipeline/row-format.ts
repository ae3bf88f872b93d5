/** Small pure decisions about how a lead row reads; the components only place them. */

type DueState = 'none' | 'overdue' | 'today' | 'upcoming';

/** A next step's due date against today (both YYYY-MM-DD, which compare as text). */
export function dueState(due: string | undefined, today: string): DueState {
  if (!due) return 'none';
  if (due < today) return 'overdue';
  return due === today ? 'today' : 'upcoming';
}

/** Quality as filled and empty stars, e.g. 3 → "★★★☆☆"; the accessible text says the number. */
export function qualityStars(quality: number | undefined): string {
  if (quality === undefined) return '';
  const q = Math.max(0, Math.min(5, Math.round(quality)));
  return '★'.repeat(q) + '☆'.repeat(5 - q);
}
