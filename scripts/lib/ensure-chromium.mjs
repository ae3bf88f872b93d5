import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Makes sure a Chromium is there for the browser tests. As root on Debian it
 * installs Debian's package; anywhere else it says exactly what to install.
 */
export function ensureChromium() {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (existsSync(path)) return path;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!process.env.CHROMIUM_PATH && isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium is missing: installing Debian\'s "chromium" package…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    });
    if (existsSync(path)) return path;
  }
  throw new Error(
    `No Chromium at ${path}. Install it (Debian/Ubuntu: "sudo apt-get install -y chromium") ` +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary, then run npm test again.',
  );
}
