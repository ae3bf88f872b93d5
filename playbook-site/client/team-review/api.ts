import type { Lang } from '../../../shared/process/stage-list';
import type { StageNameOverrides } from '../stage-names';

/** The contract between the tiny base script and the lazily loaded team-review bundle. */
export interface TeamReviewOptions {
  lang: Lang;
  period: string;
  errors: HTMLElement;
  status: HTMLElement;
  results: HTMLElement;
  /** Called with the team's own stage names whenever the set of files changes. */
  onStageNames: (names: StageNameOverrides) => void;
  /** Called with how many files are loaded, so the base page can show "remove all". */
  onFileCount: (count: number) => void;
}

/** Where the team database is and who signs in (the password goes to `_session` only). */
export interface TeamDbLogin {
  server: string;
  database: string;
  name: string;
  password: string;
}

export interface TeamReview {
  addFiles(files: readonly File[]): Promise<void>;
  /** Reads the team database instead of files: signs in, reads every document, shows the figures. */
  readTeamDb(login: TeamDbLogin): Promise<void>;
  setPeriod(period: string): void;
  clear(): void;
}

/** The global the team-review bundle (an IIFE, so it also works from file://) defines. */
export const TEAM_REVIEW_GLOBAL = 'EmbudoTeamReview';
export const TEAM_REVIEW_SCRIPT = 'team-review.js';

export interface TeamReviewModule {
  createTeamReview(options: TeamReviewOptions): TeamReview;
}
