import type { BackgroundRequest } from '../../../shared/capture/messages';

/** Typed wrapper over runtime messaging: the background validates every request again. */
export function sendToBackground<T>(req: BackgroundRequest): Promise<T> {
  return browser.runtime.sendMessage(req) as Promise<T>;
}

/**
 * The tab to capture. The toolbar popup captures the active tab; the same page
 * opened as a full tab (or by the e2e tests) is told which tab with `?tab=ID`.
 */
export async function targetTabId(search = location.search): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
