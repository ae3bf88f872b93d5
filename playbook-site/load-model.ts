import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { METRIC_DEFINITIONS } from '../shared/metrics/metric-definitions';
import { PERIOD_PRESETS } from '../shared/metrics/period';
import { PROBLEM_DEFINITIONS, SKIPPED_STAGE_RULE, STATUS_RULE } from '../shared/metrics/problem-definitions';
import { DEFAULT_SETTINGS, type Settings } from '../shared/model/settings';
import { resolveProcess } from '../shared/process/resolve-settings';
import { DEFAULT_LOST_REASONS, STAGES } from '../shared/process/stages';
import type { PageModel } from './render/page-model';

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
  const process = resolveProcess(settings);
  return {
    // Stage names under the process: a published team playbook shows the team's own.
    stages: STAGES.map((s) => ({
      ...s,
      name: { en: process.stageName(s.id, 'en'), es: process.stageName(s.id, 'es') },
    })),
    process,
    lostReasons: settings.lostReasons?.length
      ? settings.lostReasons.map((r) => ({ en: r, es: r }))
      : DEFAULT_LOST_REASONS,
    metrics: METRIC_DEFINITIONS,
    problems: PROBLEM_DEFINITIONS,
    countingRules: [SKIPPED_STAGE_RULE, STATUS_RULE],
    periodPresets: PERIOD_PRESETS,
    screenshots: findScreenshots(screenshotsDir),
  };
}

export const screenshotsDir = (siteDir: string) => join(siteDir, 'assets', 'screenshots');
