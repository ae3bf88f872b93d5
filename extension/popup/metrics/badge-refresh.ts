import { loadProblemCount } from '../ui/problem-count-store';
import { sendToBackground } from '../ui/send';

/**
 * Tells the background that the popup wrote something: it recounts the
 * toolbar badge and re-plans the review reminder. Tiny on purpose, so the
 * popup's write paths can import it without pulling in the metrics engine.
 */
export async function requestBadgeRefresh(): Promise<void> {
  try {
    await sendToBackground({ type: 'refresh-badge' });
    // The badge has been recounted: the Problems tab shows the new count.
    await loadProblemCount();
  } catch (err) {
    console.warn('[embudo] badge refresh request failed', err);
  }
}
