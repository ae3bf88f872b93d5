import { pick, UI } from '../../shared/present/playbook-words';
import type { Lang } from '../../shared/process/stage-list';
import { html, type SafeHtml } from './html';

/**
 * The line that says the page shows the team's process, not the built-in one:
 * who saved it last (from the team database: untrusted, escaped like every
 * value) and when (already written in the reader's locale).
 */
export function teamProcessNotice(owner: string, when: string, lang: Lang): SafeHtml {
  return html`<p class="notice team-process-notice" id="team-process-notice" role="note">${pick(UI.teamProcessIntro, lang)}
<strong>${pick(UI.setByTeam, lang)} (${owner}, ${when})</strong></p>`;
}
