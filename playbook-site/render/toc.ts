import { pick, UI } from '../../shared/present/playbook-words';
import { html, type SafeHtml } from './html';
import type { RenderContext } from './page-model';
import { stageName } from './stages-section';

/** Table of contents with a deep link to every stage, metric and problem. */
export function toc(ctx: RenderContext): SafeHtml {
  const { lang, model } = ctx;
  const sub = (items: SafeHtml[]) => html`<ol>${items.map((i) => html`<li>${i}</li>`)}</ol>`;
  return html`<nav class="toc" id="toc" aria-labelledby="toc-title">
<h2 id="toc-title">${pick(UI.contents, lang)}</h2>
<ol>
<li><a href="#pipeline">${pick(UI.pipeline, lang)}</a></li>
<li><a href="#stages">${pick(UI.stages, lang)}</a>${sub(model.stages.map((s) => html`<a href="#stage-${s.id}">${stageName(s, ctx)}</a>`))}</li>
<li><a href="#metrics">${pick(UI.metrics, lang)}</a>${sub(model.metrics.map((m) => html`<a href="#metric-${m.id}">${pick(m.name, lang)}</a>`))}</li>
<li><a href="#problems">${pick(UI.problems, lang)}</a>${sub(model.problems.map((p) => html`<a href="#problem-${p.id}">${pick(p.name, lang)}</a>`))}</li>
<li><a href="#review">${pick(UI.review, lang)}</a></li>
<li><a href="#roles">${pick(UI.roles, lang)}</a></li>
<li><a href="#team-review">${pick(UI.teamReview, lang)}</a></li>
<li><a href="#extension">${pick(UI.extension, lang)}</a></li>
<li><a href="#privacy">${pick(UI.privacy, lang)}</a></li>
</ol>
</nav>`;
}
