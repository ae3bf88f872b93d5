import { existsSync } from 'node:fs';

/** Debian's Firefox ESR (`/usr/bin/firefox-esr` links to this binary). */
export const DEFAULT_FIREFOX = '/usr/lib/firefox-esr/firefox-esr';

/** Firefox ESR unless FIREFOX_PATH says otherwise. */
export function firefoxPath() {
  const path = process.env.FIREFOX_PATH || DEFAULT_FIREFOX;
  if (!existsSync(path)) {
    throw new Error(
      `Firefox not found at ${path}. On Debian/Ubuntu: sudo apt-get install -y firefox-esr ` +
        '(npm test installs it when run as root); elsewhere set FIREFOX_PATH to a Firefox binary.',
    );
  }
  return path;
}

/**
 * Prefs that keep a test Firefox offline, like QUIET_FLAGS for Chromium: every
 * request the test does not answer itself goes to a proxy on 127.0.0.1 port 9
 * (discard), which refuses it, so nothing leaves the machine.
 */
export const OFFLINE_PREFS = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': '',
  'network.proxy.allow_hijacking_localhost': false,
  'app.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
};
