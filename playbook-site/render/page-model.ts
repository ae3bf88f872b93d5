import type { MetricDefinition, ProblemDefinition } from '../../shared/metrics/definition';
import type { ResolvedProcess } from '../../shared/process/resolve-settings';
import type { Bilingual, Lang } from '../../shared/process/stage-list';
import type { StageDefinition } from '../../shared/process/stages';

/** Everything a page render reads: the shared definitions plus what the build found on disk. */
export interface PageModel {
  stages: readonly StageDefinition[];
  /** The process with default settings applied: thresholds, probabilities, capacity, cadence. */
  process: ResolvedProcess;
  lostReasons: readonly Bilingual[];
  metrics: readonly MetricDefinition[];
  problems: readonly ProblemDefinition[];
  /** How the engine reads skips, reopened deals and leads without history. */
  countingRules: readonly Bilingual[];
  periodPresets: readonly string[];
  /** Screenshot files present in assets/screenshots (by file name). */
  screenshots: ReadonlySet<string>;
  /** Minified script inlined in <head>: picks the language before the page paints. */
}

export interface RenderContext {
  lang: Lang;
  model: PageModel;
  /** True for index.html: the page that negotiates the language. */
  negotiate: boolean;
}
