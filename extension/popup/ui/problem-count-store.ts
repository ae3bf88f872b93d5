import { signal } from '@preact/signals';
import { sendToBackground } from './send';

/**
 * The number on the Problems tab: the badge's count (shared/metrics/problem-tally.ts),
 * asked of the background after the first paint so the popup never waits for it,
 * and replaced by the Problems screen's own count when that screen has counted.
 */
export const problemCount = signal<number | null>(null);

export async function loadProblemCount(): Promise<void> {
  try {
    const answer = await sendToBackground<{ count: number | null }>({ type: 'problem-count' });
    if (typeof answer?.count === 'number') problemCount.value = answer.count;
  } catch (err) {
    console.warn('[embudo] could not read the problem count', err);
  }
}
