/**
 * `runtime.MessageSender` objects as Chromium hands them to the background's
 * onMessage listener (copied from a real session, ids shortened).
 */
export const EXTENSION_ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
/** What `runtime.getURL('/')` gives. */
export const EXTENSION_URL = `${EXTENSION_ORIGIN}/`;

/** The toolbar popup: an extension page with no tab. */
export const POPUP = {
  id: 'abcdefghijklmnopabcdefghijklmnop',
  url: `${EXTENSION_ORIGIN}/popup.html`,
  origin: EXTENSION_ORIGIN,
};

/** The app opened in a tab ("Open in a tab"): an extension page whose tab is its own. */
export const APP_TAB = {
  id: POPUP.id,
  url: `${EXTENSION_ORIGIN}/popup.html?view=full`,
  origin: EXTENSION_ORIGIN,
  frameId: 0,
  documentId: 'A1B2',
  tab: { id: 12, url: `${EXTENSION_ORIGIN}/popup.html?view=full`, active: true, index: 1, windowId: 1 },
};

/** The in-page button's content script on a web page in tab `tabId`. */
export function contentScript(tabId: number, url = 'https://www.linkedin.com/in/jane-roe/') {
  return {
    id: POPUP.id,
    url,
    origin: new URL(url).origin,
    frameId: 0,
    documentId: 'C3D4',
    documentLifecycle: 'active',
    tab: { id: tabId, url, active: true, index: 0, windowId: 1 },
  };
}
