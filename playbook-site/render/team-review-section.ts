import { pick, UI } from '../../shared/present/playbook-words';
import { PERIOD_LABELS, TEAM_REVIEW_TEXT as T } from '../../shared/present/team-review-page-words';
import { html, type SafeHtml } from './html';
import type { RenderContext } from './page-model';

/** Default period of the team review: long enough for a monthly team to have closed deals. */
const DEFAULT_TEAM_PERIOD = 'last-90';

/**
 * The static shell of the team review. The controls stay hidden until the base
 * script runs; the heavy code (zod, the engine, uPlot) loads only on the first file.
 */
export function teamReviewSection(ctx: RenderContext): SafeHtml {
  const { lang, model } = ctx;
  return html`<section id="team-review" aria-labelledby="team-review-title">
<h2 id="team-review-title">${pick(UI.teamReview, lang)}</h2>
<p>${pick(T.intro, lang)}</p>
<p class="privacy-note"><strong>${pick(T.privacy, lang)}</strong></p>
<noscript><p class="notice">${pick(T.needsJs, lang)}</p></noscript>
<div class="team-controls js-only" hidden>
<div class="drop-zone" id="drop-zone">
<p>${pick(T.dropHere, lang)} <label for="backup-files">${pick(T.choose, lang)}</label>.</p>
<input type="file" id="backup-files" class="file-input" multiple accept=".json,application/json">
</div>
<details class="team-server" id="team-server">
<summary>${pick(T.fromServer, lang)}</summary>
<p class="hint">${pick(T.fromServerHint, lang)}</p>
<form id="team-db-form" class="team-db-form">
<label>${pick(T.server, lang)} <input id="team-db-server" type="url" required placeholder="https://couch.example.com"></label>
<label>${pick(T.database, lang)} <input id="team-db-name" required autocomplete="off"></label>
<label>${pick(T.user, lang)} <input id="team-db-user" required autocomplete="username"></label>
<label>${pick(T.password, lang)} <input id="team-db-password" type="password" required autocomplete="current-password"></label>
<button type="submit">${pick(T.readServer, lang)}</button>
</form>
</details>
<p class="team-options"><label for="team-period">${pick(T.period, lang)}</label>
<select id="team-period">${model.periodPresets.map(
    (p) =>
      html`<option value="${p}"${p === DEFAULT_TEAM_PERIOD ? html` selected` : ''}>${pick(PERIOD_LABELS[p] ?? { en: p, es: p }, lang)}</option>`,
  )}</select>
<button type="button" id="team-clear" hidden>${pick(T.clear, lang)}</button></p>
<div id="team-errors" role="alert"></div>
<div id="team-status" aria-live="polite"></div>
<div id="team-results"></div>
</div>
</section>`;
}
