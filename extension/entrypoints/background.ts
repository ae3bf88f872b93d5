import { BADGE_AFTER, badgeUpdater, installBadge } from '../background/badge';
import { createMenus, onMenuClick } from '../background/context-menu';
import { confirmCapture } from '../background/feedback';
import { type BackgroundDeps, handleMessage } from '../background/handle-message';
import { pageButtonState, setPageButton } from '../background/page-button-registration';
import { quickCapture } from '../background/quick-capture';
import { installReviewReminder, syncReviewReminder } from '../background/review-reminder';
import { afterStartup } from '../background/start-up';
import { getDb } from '../data/db';

async function injectCapture(tabId: number): Promise<unknown> {
  const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: ['/capture.js'] });
  return frame?.result;
}

// The problems badge, recounted after every write (coalesced) and hourly.
const refreshBadge = badgeUpdater(getDb);
/** The popup's "I wrote something": the badge and the review reminder follow the data. */
const afterPopupWrite = () =>
  Promise.all([
    refreshBadge(),
    syncReviewReminder(getDb()).catch((err: unknown) => console.warn('[embudo] review schedule failed', err)),
  ]);

const deps = (): BackgroundDeps => ({
  db: getDb(),
  inject: injectCapture,
  pageButton: { set: setPageButton, get: pageButtonState },
  refreshBadge: afterPopupWrite,
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
    if (BADGE_AFTER.has((message as { type?: string })?.type ?? '')) void answer.then(() => refreshBadge());
    return answer;
  });
  installBadge(refreshBadge);
  const syncReview = installReviewReminder(getDb);
  // The start-up recount and review check wait: the popup is often what woke the worker.
  afterStartup([refreshBadge, syncReview]);

  // The keyboard shortcut grants activeTab like a click on the toolbar button.
  const onCommand = async (command: string, tab?: { id?: number }) => {
    if (command !== 'capture-tab' || tab?.id === undefined) return undefined;
    const res = await quickCapture(getDb(), tab.id, injectCapture);
    void refreshBadge();
    await confirmCapture(tab.id, res);
    return res;
  };
  browser.commands.onCommand.addListener(onCommand);

  browser.runtime.onInstalled.addListener(() => createMenus(browser.i18n.getMessage('menuCaptureProspect')));
  const onMenu = async (info: Parameters<typeof onMenuClick>[1], tab?: { id?: number }) => {
    const res = await onMenuClick(getDb(), info);
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
