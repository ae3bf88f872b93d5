import type { Lang } from '../../shared/process/stage-list';
import { lazyScript } from './lazy-script';
import { TEAM_PROCESS_GLOBAL, TEAM_PROCESS_SCRIPT, type TeamProcessModule } from './team-process/api';
import { type ProcessSource, processSource } from './team-process-source';

type Runtime = { runtime?: { sendMessage?: (m: unknown) => Promise<unknown> } };

/** The `process` document, unread (the lazy bundle checks it), or null when there is none to show. */
async function fetchProcess(source: NonNullable<ProcessSource>): Promise<unknown> {
  if (source.kind === 'server') {
    // Same origin: the session that opened the page reads the document; a signed-out reader gets 401.
    const res = await fetch(source.url, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
    return res.ok ? res.json() : null;
  }
  const g = globalThis as { browser?: Runtime; chrome?: Runtime };
  const send = (g.browser ?? g.chrome)?.runtime?.sendMessage;
  if (!send) return null;
  const answer = (await send({ type: 'team-process' })) as { doc?: unknown } | undefined;
  return answer?.doc ?? null;
}

const loadTeamProcess = lazyScript<TeamProcessModule>(TEAM_PROCESS_SCRIPT, TEAM_PROCESS_GLOBAL);

/**
 * Shows the team's live process when the page has one to ask for; the render
 * code loads only then. `data-process` on <html> says what the page shows once
 * decided ("team" or "built-in"), for tests and styles.
 */
export function wireTeamProcess(lang: Lang): void {
  const root = document.documentElement;
  const source = processSource(location);
  if (!source) {
    root.dataset.process = 'built-in';
    return;
  }
  fetchProcess(source)
    .then(async (doc) => {
      const shown = doc !== null && (await loadTeamProcess()).showTeamProcess(doc, lang);
      root.dataset.process = shown ? 'team' : 'built-in';
    })
    .catch((err: unknown) => {
      // Offline, signed out or a failed load: the page keeps the process it was built with.
      console.warn(`[embudo] no team process: ${err instanceof Error ? err.message : String(err)}`);
      root.dataset.process = 'built-in';
    });
}
