import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Finds a system browser for the browser tests: `envVar` when set, else
 * Debian's path. As root on Debian it installs the missing package itself
 * (Playwright and Puppeteer cannot download browsers on this network).
 * Returns the path, or throws with exactly what to install.
 */
export function ensureBrowser({ label, envVar, defaultPath, aptPackage }) {
  const path = process.env[envVar] || defaultPath;
  if (existsSync(path)) return path;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!process.env[envVar] && isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`${label} is missing: installing Debian's "${aptPackage}" package…`);
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${aptPackage}`, {
      stdio: 'inherit',
    });
    if (existsSync(path)) return path;
  }
  throw new Error(
    `No ${label} at ${path}. Install it (Debian/Ubuntu: "sudo apt-get install -y ${aptPackage}") ` +
      `or point ${envVar} at a ${label} binary, then run npm test again.`,
  );
}
