import { existsSync } from 'node:fs';

/** Debian's Chromium unless CHROMIUM_PATH says otherwise (Playwright cannot download browsers here). */
export function chromiumPath() {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. On Debian/Ubuntu: sudo apt-get install -y chromium ` +
        '(npm test installs it when run as root); elsewhere set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
  return path;
}

/** Flags that keep headless Chromium quiet and offline on this closed network. */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Every host name fails to resolve except the loopback ones our own servers use.
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
];
