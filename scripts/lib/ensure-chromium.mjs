import { ensureBrowser } from './ensure-browser.mjs';

/** Chromium for the Playwright suite, the corpus and the bench (see ensure-browser.mjs). */
export function ensureChromium() {
  return ensureBrowser({
    label: 'Chromium',
    envVar: 'CHROMIUM_PATH',
    defaultPath: '/usr/bin/chromium',
    aptPackage: 'chromium',
  });
}
