import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, type Settings } from '../shared/model/settings';
import type { PageModel } from './render/page-model';
import { pageModelOf } from './render/page-model-of';

/** Screenshot files that exist: only those become images, the others stay labelled placeholders. */
function findScreenshots(dir: string): Set<string> {
  if (!existsSync(dir)) return new Set();
  return new Set(readdirSync(dir).filter((f) => /^[a-z0-9-]+\.png$/.test(f)));
}

/**
 * The page's content straight from shared/: the same data the extension renders,
 * under the built-in process or a team's own (publish-playbook passes the team's).
 */
export function loadModel(screenshotsDir: string, settings: Settings = DEFAULT_SETTINGS): PageModel {
  return pageModelOf(settings, findScreenshots(screenshotsDir));
}

export const screenshotsDir = (siteDir: string) => join(siteDir, 'assets', 'screenshots');
