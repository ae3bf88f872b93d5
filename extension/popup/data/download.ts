/**
 * Saves a file the way a web page does: a Blob URL on an `<a download>`. No
 * `downloads` permission, no network: the bytes never leave the browser.
 */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later, not at once: the browser may still be reading it when click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The toolbar popup closes when a file chooser takes the focus (Firefox always,
 * Chrome on some systems), so imports run in a tab: this page, or the app opened
 * "in a tab" (`popup.html?view=full`).
 */
export function canChooseFiles(loc: Pick<Location, 'pathname' | 'search'> = location): boolean {
  if (!loc.pathname.endsWith('/popup.html')) return true;
  return new URLSearchParams(loc.search).get('view') === 'full';
}

export async function openDataTab(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/data.html') });
  window.close();
}
