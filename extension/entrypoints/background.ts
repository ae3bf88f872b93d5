import { BADGE_AFTER, badgeUpdater, installBadge, lastProblemCount, setSyncAlert } from '../background/badge';
import { createMenus, onMenuClick } from '../background/context-menu';
import { confirmCapture } from '../background/feedback';
import { type BackgroundDeps, handleMessage } from '../background/handle-message';
import { pageButtonState, setPageButton } from '../background/page-button-registration';
import { quickCapture } from '../background/quick-capture';
import { installReviewReminder, syncReviewReminder } from '../background/review-reminder';
import { afterStartup } from '../background/start-up';
import { syncRunner } from '../background/sync-runner';
import { installSyncSchedule, planNextRun, resumeSync } from '../background/sync-schedule';
import { teamFeed } from '../background/team-feed';
import { getDb } from '../data/db';
import { readSyncConfig } from '../data/sync/sync-config';
import { readSyncState, type SyncState } from '../data/sync/sync-state';
import { syncErrorMessage } from '../ui/sync-messages';

async function injectCapture(tabId: number): Promise<unknown> {
  const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: ['/capture.js'] });
  return frame?.result;
}

// The problems badge, recounted after every write (coalesced) and hourly.
const refreshBadge = badgeUpdater(getDb);

// Team sync (docs/team-sync.md): nothing runs, and no request leaves, until the rep connects.
const sync = syncRunner({
  db: getDb,
  fetch: (input, init) => fetch(input, init),
  onState: async (state, on) => {
    await planNextRun(state, on);
    await showSyncAlert(state, on);
    if (!on) feed.stop();
  },
});

// While a Team screen is open: the team database's changes feed starts a run when others change something.
const feed = teamFeed({ db: getDb, fetch: (input, init) => fetch(input, init), run: () => sync.run() });

/** A standing sync failure on the toolbar badge (and in its title, in words); never a silent failure. */
function showSyncAlert(state: SyncState, on: boolean) {
  const error = on ? state.error : undefined;
  const message = error && browser.i18n.getMessage(syncErrorMessage(error));
  return setSyncAlert(message ? browser.i18n.getMessage('badgeSyncTitle', [message]) : null);
}
let syncAfterWrite = () => {};

/** The popup's "I wrote something": the badge, the review reminder and team sync follow the data. */
const afterPopupWrite = () => {
  syncAfterWrite();
  return Promise.all([
    refreshBadge(),
    syncReviewReminder(getDb()).catch((err: unknown) => console.warn('[embudo] review schedule failed', err)),
  ]);
};

const deps = (): BackgroundDeps => ({
  db: getDb(),
  inject: injectCapture,
  pageButton: { set: setPageButton, get: pageButtonState },
  refreshBadge: afterPopupWrite,
  problemCount: async () => lastProblemCount() ?? refreshBadge(),
  sync,
  teamFeed: feed,
  extensionUrl: browser.runtime.getURL('/'),
});

export default defineBackground(() => {
  // Returning the promise keeps the channel open until the answer is ready (MV3).
  browser.runtime.onMessage.addListener((message, sender) => {
    // Only our own pages and our own in-page button talk to the background; what
    // each may ask is decided by handleMessage from where the sender's document lives.
    // No other extension or site can send: there is no external listener (message-surface.test.ts).
    if (sender.id !== browser.runtime.id) return undefined;
    const answer = handleMessage(message, sender, deps());
    if (BADGE_AFTER.has((message as { type?: string })?.type ?? ''))
      void answer.then(() => {
        syncAfterWrite();
        return refreshBadge();
      });
    return answer;
  });
  installBadge(refreshBadge);
  const syncReview = installReviewReminder(getDb);
  const syncIsOn = async () => Boolean(await readSyncConfig(getDb()));
  syncAfterWrite = installSyncSchedule(sync, syncIsOn);
  // A service worker woken up again: the badge shows the failure that still stands.
  const showStandingAlert = async () => {
    const [state, config] = await Promise.all([readSyncState(getDb()), readSyncConfig(getDb())]);
    await showSyncAlert(state, Boolean(config));
  };
  // Every start-up task opens the database, so all of them wait: the popup is often what woke the
  // worker, and even these two small reads cost its cold first frame ≈ 7 ms (README, Performance).
  afterStartup([refreshBadge, syncReview, showStandingAlert, () => resumeSync(sync, syncIsOn)]);

  // The keyboard shortcut grants activeTab like a click on the toolbar button.
  const onCommand = async (command: string, tab?: { id?: number }) => {
    if (command !== 'capture-tab' || tab?.id === undefined) return undefined;
    const res = await quickCapture(getDb(), tab.id, injectCapture);
    syncAfterWrite();
    void refreshBadge();
    await confirmCapture(tab.id, res);
    return res;
  };
  browser.commands.onCommand.addListener(onCommand);

  browser.runtime.onInstalled.addListener(() => createMenus(browser.i18n.getMessage('menuCaptureProspect')));
  const onMenu = async (info: Parameters<typeof onMenuClick>[1], tab?: { id?: number }) => {
    const res = await onMenuClick(getDb(), info);
    syncAfterWrite();
    void refreshBadge();
    await confirmCapture(tab?.id, res);
    return res;
  };
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenu(info, tab));

  // Playwright cannot press the browser's shortcuts or open its context menu:
  // the e2e build exposes the very handlers those events call.
  if (__EMBUDO_TEST_BUILD__) Object.assign(globalThis, { embudoTest: { onCommand, onMenu } });

  // A site access the rep revokes in the browser's own settings takes the button away too.
  browser.permissions.onRemoved.addListener(async () => {
    const state = await pageButtonState();
    if (state.enabled) await setPageButton(true);
  });
});
