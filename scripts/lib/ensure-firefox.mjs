import { ensureBrowser } from './ensure-browser.mjs';
import { DEFAULT_FIREFOX } from './firefox.mjs';

/**
 * Firefox ESR for the Firefox smoke test. Unlike Chromium it is not required:
 * where it is absent and cannot be installed (not root, not Debian) this
 * returns `{ skip: reason }` and npm test says so instead of failing.
 */
export function ensureFirefox() {
  try {
    return {
      path: ensureBrowser({
        label: 'Firefox',
        envVar: 'FIREFOX_PATH',
        defaultPath: DEFAULT_FIREFOX,
        aptPackage: 'firefox-esr',
      }),
    };
  } catch (err) {
    return { skip: err instanceof Error ? err.message : String(err) };
  }
}
