import { TEAM_REVIEW_GLOBAL, TEAM_REVIEW_SCRIPT, type TeamReviewModule } from './team-review/api';

let loading: Promise<TeamReviewModule> | null = null;

/**
 * Loads the team-review bundle on first use. A classic script, not `import()`:
 * module scripts are blocked on file:// pages, and the playbook must work opened
 * straight from disk.
 */
export function loadTeamReview(): Promise<TeamReviewModule> {
  loading ??= new Promise<TeamReviewModule>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = TEAM_REVIEW_SCRIPT;
    script.onload = () => {
      const mod = (window as unknown as Record<string, TeamReviewModule | undefined>)[TEAM_REVIEW_GLOBAL];
      if (mod) resolve(mod);
      else reject(new Error('team review code did not register'));
    };
    script.onerror = () => reject(new Error(`could not load ${TEAM_REVIEW_SCRIPT}`));
    document.head.append(script);
  }).catch((err: unknown) => {
    loading = null;
    throw err;
  });
  return loading;
}
