/**
 * How the app was opened. The toolbar popup is `popup.html`; "Open in a tab"
 * opens `popup.html?view=full&tab=ID`: the same app in a wider layout, still
 * capturing the tab the rep was on (ID). Pure, so it is tested without a browser.
 */
export interface ViewMode {
  full: boolean;
  /** The tab Capture reads, when the page was told which (full view, e2e tests). */
  tabId?: number;
}

export function parseViewMode(search: string): ViewMode {
  const params = new URLSearchParams(search);
  const tab = Number(params.get('tab'));
  return {
    full: params.get('view') === 'full',
    ...(Number.isInteger(tab) && tab > 0 ? { tabId: tab } : {}),
  };
}

/** The query string of the full view for a tab (none when the tab is unknown). */
export function fullViewQuery(tabId: number | undefined): string {
  return tabId === undefined ? '?view=full' : `?view=full&tab=${tabId}`;
}
