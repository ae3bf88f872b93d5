import { sendToBackground } from '../ui/send';

/**
 * Tells the background that the popup wrote something: it recounts the
 * toolbar badge and re-plans the review reminder. Tiny on purpose, so the
 * popup's write paths can import it without pulling in the metrics engine.
 */
export async function requestBadgeRefresh(): Promise<void> {
  try {
    await sendToBackground({ type: 'refresh-badge' });
  } catch (err) {
    console.warn('[embudo] badge refresh request failed', err);
  }
}
