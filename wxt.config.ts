import { join } from 'node:path';
import { defineConfig } from 'wxt';
import { buildSite } from './playbook-site/build';

// The test build stands in for the `activeTab` grant a real click on the toolbar
// button gives: Playwright cannot click the browser's toolbar, so the e2e build
// gets host access to the fixture hosts. The shipped manifest never has these
// (test/e2e/manifest.spec.ts checks the production build).
const TEST_HOSTS = [
  'https://*.linkedin.com/*',
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.live.com/*',
  'https://www.ejemplo-industrial.es/*',
  'https://www.noticias-ejemplo.es/*',
  'https://www.directorio-ejemplo.es/*',
  // Team sync's e2e server on a free loopback port: stands in for the grant the rep gives in
  // Settings → Team (Playwright cannot answer the browser's permission prompt).
  'http://127.0.0.1/*',
];

const isTestBuild = process.env.EMBUDO_TEST_BUILD === '1';

// Firefox's add-on settings. `data_collection_permissions` is Firefox's own
// data-consent declaration, required for new listings on addons.mozilla.org:
// Embudo sends nothing anywhere, so it declares "none". Firefox reads the key
// from version 140 on desktop (the ESR before 153) and 142 on Android, hence the minimums.
const FIREFOX_SETTINGS = {
  gecko: {
    id: 'embudo@embudo.app',
    strict_min_version: '140.0',
    data_collection_permissions: { required: ['none'] },
  },
  gecko_android: { strict_min_version: '142.0' },
};

export default defineConfig({
  srcDir: 'extension',
  publicDir: 'extension/public',
  outDir: isTestBuild ? '.output-test' : '.output',
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_actionTitle__' },
    // unlimitedStorage: months of pipeline must not be evicted under storage pressure (no install warning).
    permissions: ['activeTab', 'scripting', 'contextMenus', 'notifications', 'alarms', 'unlimitedStorage'],
    // Asked for only when the rep turns on the in-page button, per site; and, for team sync,
    // only the one server the rep connects to (Settings → Team asks for exactly that origin).
    optional_host_permissions: [
      'https://*.linkedin.com/*',
      'https://mail.google.com/*',
      'https://*/*',
      'http://*/*',
    ],
    commands: {
      'capture-tab': {
        suggested_key: { default: 'Alt+Shift+K', mac: 'Alt+Shift+K' },
        description: '__MSG_commandCapture__',
      },
    },
    ...(isTestBuild ? { host_permissions: TEST_HOSTS } : {}),
    ...(browser === 'firefox' ? { browser_specific_settings: FIREFOX_SETTINGS } : {}),
  }),
  zip: {
    // Without this the sources zip for the Firefox store packs node_modules.
    excludeSources: [
      'node_modules/**',
      '.output/**',
      '.output-test/**',
      'test-results/**',
      'playwright-report/**',
      '.wxt/**',
      'playbook-site/dist/**',
      '.embudo-profile/**',
    ],
  },
  hooks: {
    // The playbook ships inside the extension (`/playbook/en.html`, `/playbook/es.html`), so
    // the popup's "more in the playbook" links open the team's process offline, from the
    // same definitions, without a server.
    'build:done': async (wxt) => {
      await buildSite({ outDir: join(wxt.config.outDir, 'playbook'), quiet: true });
    },
    // The bench's blank page measures the floor of opening an extension page; it
    // ships only in the test build.
    'entrypoints:found': (_wxt, infos) => {
      if (isTestBuild) return;
      const i = infos.findIndex((e) => e.name === 'bench-blank');
      if (i >= 0) infos.splice(i, 1);
    },
  },
  vite: () => ({
    build: { target: 'es2022' },
    // Lets the e2e build expose the shortcut and context-menu handlers, which a
    // test cannot trigger through the browser's own UI.
    define: { __EMBUDO_TEST_BUILD__: JSON.stringify(isTestBuild) },
  }),
});
