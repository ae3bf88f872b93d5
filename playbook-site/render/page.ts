import { LANG_NAMES, pick, UI } from '../../shared/present/playbook-words';
import { LANGS } from '../../shared/process/stage-list';
import { extensionSection, pipelineSection, reviewSection, rolesSection } from './guide-sections';
import { html } from './html';
import { metricsSection, problemsSection } from './metrics-section';
import type { RenderContext } from './page-model';
import { stagesSection } from './stages-section';
import { teamReviewSection } from './team-review-section';
import { toc } from './toc';

/**
 * No script runs but ours (files from the site itself; no inline script at all),
 * and our code may only talk to the site's own server (the team database when the
 * playbook is published there) or a team server over HTTPS (the team review's
 * "read the team database"); nothing else, and dropped files are never sent.
 */
function contentSecurityPolicy(): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    // uPlot positions its legend and cursor through element styles.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self'",
    "connect-src 'self' https:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function languageSwitch(ctx: RenderContext) {
  return html`<nav class="lang-switch" aria-label="${pick(UI.language, ctx.lang)}"><ul>${LANGS.map(
    (l) =>
      html`<li><a href="${l}.html" hreflang="${l}" lang="${l}" data-lang="${l}"${l === ctx.lang ? html` aria-current="page"` : ''}>${LANG_NAMES[l]}</a></li>`,
  )}</ul></nav>`;
}

/** One whole page in one language, readable with JavaScript off. */
export function renderPage(ctx: RenderContext): string {
  const { lang } = ctx;
  const page = html`<!doctype html>
<html lang="${lang}"${ctx.negotiate ? html` data-negotiate` : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">
<title>Embudo · ${pick(UI.title, lang)}</title>
<meta name="description" content="${pick(UI.tagline, lang)}">
${LANGS.map((l) => html`<link rel="alternate" hreflang="${l}" href="${l}.html">`)}
<script src="lang.js"></script>
<link rel="icon" href="favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="playbook.css">
<script src="playbook.js" defer></script>
</head>
<body>
<a class="skip-link" href="#main">${pick(UI.skipToContent, lang)}</a>
<header class="site-header">
<div><p class="brand">Embudo</p><h1>${pick(UI.title, lang)}</h1><p class="tagline">${pick(UI.tagline, lang)}</p></div>
${languageSwitch(ctx)}
</header>
<div class="layout">
${toc(ctx)}
<main id="main" tabindex="-1">
${pipelineSection(ctx)}
${stagesSection(ctx)}
${metricsSection(ctx)}
${problemsSection(ctx)}
${reviewSection(ctx)}
${rolesSection(ctx)}
${teamReviewSection(ctx)}
${extensionSection(ctx)}
</main>
</div>
<footer class="site-footer"><p>${pick(UI.footer, lang)}</p></footer>
</body>
</html>
`;
  return page.value;
}
