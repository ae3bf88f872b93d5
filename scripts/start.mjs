#!/usr/bin/env node
// `npm start`: builds the extension and the playbook, serves the playbook on
// localhost and opens Chromium with the extension loaded (a separate profile in
// .embudo-profile/, so your own browser profile is untouched).
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ensureChromium } from './lib/ensure-chromium.mjs';

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run('npx', ['wxt', 'build']);
run('npx', ['tsx', 'playbook-site/build.ts']);

const { servePlaybook } = await import('../playbook-site/serve.ts').catch(
  () => import(resolve('playbook-site/serve.ts')),
);
const port = Number(process.env.PORT) || 4173;
const site = await servePlaybook(port);
const extensionDir = resolve('.output/chrome-mv3');
console.log(`\nPlaybook: ${site.url}`);
console.log(`Extension build: ${extensionDir}`);
console.log(
  'To load it by hand: chrome://extensions → Developer mode → Load unpacked → choose that folder.\n',
);

let browserPath;
try {
  browserPath = ensureChromium();
} catch (err) {
  console.log(err.message);
}
if (browserPath && (process.env.DISPLAY || process.env.WAYLAND_DISPLAY || process.platform === 'darwin')) {
  const child = spawn(
    browserPath,
    [
      `--user-data-dir=${resolve('.embudo-profile')}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-first-run',
      // Chromium refuses to run as root with its sandbox on (containers, CI boxes).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      site.url,
    ],
    { stdio: 'ignore' },
  );
  child.on('exit', () => {
    site.close();
    process.exit(0);
  });
  console.log('Chromium is open with Embudo loaded. Close it (or press Ctrl+C) to stop.');
} else {
  console.log(
    'No display found, so no browser window was opened. The playbook stays served: press Ctrl+C to stop.',
  );
}
