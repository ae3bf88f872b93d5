import { lazyScript } from './lazy-script';
import { TEAM_REVIEW_GLOBAL, TEAM_REVIEW_SCRIPT, type TeamReviewModule } from './team-review/api';

/** Loads the team-review bundle on the first file dropped or database read. */
export const loadTeamReview = lazyScript<TeamReviewModule>(TEAM_REVIEW_SCRIPT, TEAM_REVIEW_GLOBAL);
