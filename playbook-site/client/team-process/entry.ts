// The team's live process, bundled on its own and loaded only when the page finds
// one (opened from the extension with sync on, or from the team server): zod and
// the render code never weigh on the page itself.
import type { Lang } from '../../../shared/process/stage-list';
import { wireChecklists } from '../checklists';
import { PROCESS_PARTS, teamProcessPage } from './team-process-page';

export function showTeamProcess(raw: unknown, lang: Lang): boolean {
  const built = teamProcessPage(raw, lang);
  if (!built.ok) {
    // The page keeps the process it was built with.
    console.warn(`[embudo] the team's process was not shown: ${built.reason}`);
    return false;
  }
  // Parsed inert (no script runs in a DOMParser document), then moved into the page.
  const parse = (markup: string) => new DOMParser().parseFromString(markup, 'text/html');
  const fresh = parse(built.page);
  for (const id of PROCESS_PARTS) {
    const next = fresh.getElementById(id);
    if (next) document.getElementById(id)?.replaceWith(document.adoptNode(next));
  }
  const notice = parse(built.notice).body.firstElementChild;
  document.getElementById('team-process-notice')?.remove();
  if (notice) document.getElementById('main')?.prepend(document.adoptNode(notice));
  for (const id of PROCESS_PARTS)
    for (const el of document.querySelectorAll<HTMLElement>(`#${id} .js-only:not(.stage-names-notice)`))
      el.hidden = false;
  wireChecklists(lang);
  return true;
}
