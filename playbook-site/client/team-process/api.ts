import type { Lang } from '../../../shared/process/stage-list';

/** The contract between the base script and the lazily loaded team-process bundle. */
export interface TeamProcessModule {
  /** Shows the team's process (a `process` document, untrusted) in place of the built one; false when it cannot be read. */
  showTeamProcess(raw: unknown, lang: Lang): boolean;
}

/** The global the team-process bundle (an IIFE: it also works from file://) defines. */
export const TEAM_PROCESS_GLOBAL = 'EmbudoTeamProcess';
export const TEAM_PROCESS_SCRIPT = 'team-process.js';
