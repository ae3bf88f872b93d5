import { sendToBackground } from '../ui/send';

/** Well inside the background's lease (TEAM_FEED_LEASE_MS, 30 s): one lost beat does not stop the feed. */
const BEAT_MS = 10_000;

/**
 * While the Team screen is open, the background follows the team database's
 * changes feed: the screen says so now and every few seconds (a heartbeat
 * that also wakes a stopped service worker), and says it closed when it goes.
 * Returns the function that lets go.
 */
export function holdTeamFeed(): () => void {
  const screen = crypto.randomUUID();
  // A failure only means the 15 s ask is what brings changes in meanwhile.
  const say = (open: boolean) => sendToBackground({ type: 'team-feed', screen, open }).catch(() => {});
  say(true);
  const timer = setInterval(() => say(true), BEAT_MS);
  const close = () => say(false);
  addEventListener('pagehide', close);
  return () => {
    clearInterval(timer);
    removeEventListener('pagehide', close);
    close();
  };
}

/**
 * The e2e build can turn off the screen's periodic "sync now" ask, so a test
 * proves the changes feed alone brings other reps' moves in.
 */
export function periodicAskOff(): boolean {
  if (!__EMBUDO_TEST_BUILD__) return false;
  try {
    return localStorage.getItem('embudo-test:team-ask') === 'off';
  } catch {
    return false;
  }
}
