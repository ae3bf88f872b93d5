import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './source-files';

/**
 * The ways into the extension's data are the background's onMessage listener
 * (checked per sender kind in handle-message.ts), the shortcut and the context
 * menu. Nothing else may listen: no other extension or web site, and no page
 * talking to a content script through window messages.
 */
describe('message surface', () => {
  const product = sourceFiles('extension');

  it('no listener for other extensions or sites, and no externally_connectable in the manifest', () => {
    for (const f of product) {
      expect(f.text, f.path).not.toMatch(/onMessageExternal|onConnectExternal|externally_connectable/);
    }
    expect(readFileSync('wxt.config.ts', 'utf8')).not.toMatch(/externally_connectable/);
  });

  it('no long-lived ports and no window messages: a page cannot post into a content script', () => {
    for (const f of product) {
      expect(f.text, f.path).not.toMatch(
        /runtime\.onConnect|runtime\.connect\(|addEventListener\(\s*['"]message['"]/,
      );
      expect(f.text, f.path).not.toMatch(/\bwindow\.postMessage|\bwindow\.onmessage/);
    }
  });
});
