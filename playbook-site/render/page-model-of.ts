import { METRIC_DEFINITIONS } from '../../shared/metrics/metric-definitions';
import { PERIOD_PRESETS } from '../../shared/metrics/period';
import {
  PROBLEM_DEFINITIONS,
  SKIPPED_STAGE_RULE,
  STATUS_RULE,
} from '../../shared/metrics/problem-definitions';
import type { Settings } from '../../shared/model/settings';
import { resolveProcess } from '../../shared/process/resolve-settings';
import { DEFAULT_LOST_REASONS } from '../../shared/process/stages';
import type { PageModel } from './page-model';

/**
 * The page's content under a process: the build's (built-in, or the team's at
 * publish time) and the page's own when it shows a team's live process
 * (client/team-process). Pure: the screenshots found on disk come in.
 */
export function pageModelOf(settings: Settings, screenshots: ReadonlySet<string>): PageModel {
  const process = resolveProcess(settings);
  return {
    // Stages under the process: a team's playbook shows the team's names, criteria and checklists.
    stages: process.stages,
    process,
    lostReasons: settings.lostReasons?.length
      ? settings.lostReasons.map((r) => ({ en: r, es: r }))
      : DEFAULT_LOST_REASONS,
    metrics: METRIC_DEFINITIONS,
    problems: PROBLEM_DEFINITIONS,
    countingRules: [SKIPPED_STAGE_RULE, STATUS_RULE],
    periodPresets: PERIOD_PRESETS,
    screenshots,
  };
}
