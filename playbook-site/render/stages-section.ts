import { formatPercent } from '../../shared/present/figures';
import { pick, UI } from '../../shared/present/playbook-words';
import { TEAM_REVIEW_TEXT } from '../../shared/present/team-review-page-words';
import type { Bilingual } from '../../shared/process/stage-list';
import type { StageDefinition } from '../../shared/process/stages';
import { TAG_LIST_KEYS, TAG_LIST_STAGE } from '../../shared/process/why-buy-lists';
import { LOST_INTRO, STAGES_INTRO } from '../content/guide-process';
import { html, type SafeHtml } from './html';
import type { RenderContext } from './page-model';

const list = (items: Bilingual[], ctx: RenderContext) =>
  html`<ul>${items.map((i) => html`<li>${pick(i, ctx.lang)}</li>`)}</ul>`;

/** The stage name, marked so a team's own names (from a dropped backup) can replace it. */
export function stageName(stage: StageDefinition, ctx: RenderContext): SafeHtml {
  return html`<span data-stage-name="${stage.id}">${pick(stage.name, ctx.lang)}</span>`;
}

function checklist(stage: StageDefinition, ctx: RenderContext): SafeHtml {
  const { lang } = ctx;
  const legendId = `checklist-${stage.id}-legend`;
  return html`<fieldset class="checklist" data-checklist="${stage.id}" aria-labelledby="${legendId}">
<legend id="${legendId}">${pick(UI.checklist, lang)}: ${stageName(stage, ctx)}</legend>
<ul>${stage.checklist.map(
    (item) =>
      html`<li><input type="checkbox" id="check-${item.id}" data-item="${item.id}"><label for="check-${item.id}">${pick(item.text, lang)}</label></li>`,
  )}</ul>
<p class="checklist-status js-only" hidden><span class="checklist-progress" aria-live="polite"></span>
<progress max="${stage.checklist.length}" value="0"></progress>
<button type="button" class="checklist-reset">${pick(UI.resetChecklist, lang)}</button></p>
</fieldset>`;
}

function stageArticle(stage: StageDefinition, index: number, ctx: RenderContext): SafeHtml {
  const { lang, model } = ctx;
  const isOpportunityStart = model.process.opportunityStage === stage.id;
  return html`<section class="stage" id="stage-${stage.id}" aria-labelledby="stage-${stage.id}-title">
<h3 id="stage-${stage.id}-title"><span class="stage-number">${index + 1}.</span> ${stageName(stage, ctx)}</h3>
<p class="meaning">${pick(stage.meaning, lang)}</p>
${isOpportunityStart ? html`<p class="badge">${pick(UI.opportunityFromHere, lang)}</p>` : ''}
<dl class="facts">
<dt>${pick(UI.stalledAfter, lang)}</dt><dd>${model.process.stallDays[stage.id]} ${pick(UI.days, lang)}</dd>
<dt>${pick(UI.winProbability, lang)}</dt><dd>${formatPercent(model.process.winProbability[stage.id], lang)}</dd>
</dl>
<div class="criteria">
<div><h4>${pick(UI.entry, lang)}</h4>${list(stage.entry, ctx)}</div>
<div><h4>${pick(UI.exit, lang)}</h4>${list(stage.exit, ctx)}</div>
</div>
${tagLists(stage, ctx)}
${checklist(stage, ctx)}
</section>`;
}

/** The team's pain points (Interest) and decision helpers (Consideration), where the stage uses them. */
function tagLists(stage: StageDefinition, ctx: RenderContext): SafeHtml[] {
  const title = { painPoints: UI.painPointsToAsk, decisionHelpers: UI.helpersToSend } as const;
  return TAG_LIST_KEYS.filter((key) => TAG_LIST_STAGE[key] === stage.id).map(
    (key) => html`<div class="tag-list" data-tag-list="${key}"><h4>${pick(title[key], ctx.lang)}</h4>
${list(
  ctx.model.process[key].filter((i) => !i.removed).map((i) => i.label),
  ctx,
)}</div>`,
  );
}

export function stagesSection(ctx: RenderContext): SafeHtml {
  const { lang, model } = ctx;
  return html`<section id="stages" aria-labelledby="stages-title">
<h2 id="stages-title">${pick(UI.stages, lang)}</h2>
${STAGES_INTRO.map((p) => html`<p>${pick(p, lang)}</p>`)}
<p class="stage-names-notice js-only" hidden>${pick(TEAM_REVIEW_TEXT.stageNamesNotice, lang)}
<button type="button" class="stage-names-reset">${pick(TEAM_REVIEW_TEXT.useDefaultNames, lang)}</button></p>
${model.stages.map((s, i) => stageArticle(s, i, ctx))}
<section id="lost-reasons" aria-labelledby="lost-reasons-title">
<h3 id="lost-reasons-title">${pick(UI.lostReasons, lang)}</h3>
<p>${pick(LOST_INTRO, lang)}</p>
${list([...model.lostReasons], ctx)}
</section>
</section>`;
}

/** The overview table under "What the pipeline is". */
export function glanceTable(ctx: RenderContext): SafeHtml {
  const { lang, model } = ctx;
  return html`<table class="glance">
<caption>${pick(UI.atAGlance, lang)}</caption>
<thead><tr><th scope="col">${pick(UI.stage, lang)}</th><th scope="col">${pick(UI.meaning, lang)}</th><th scope="col">${pick(UI.stalledAfter, lang)}</th><th scope="col">${pick(UI.winProbability, lang)}</th></tr></thead>
<tbody>${model.stages.map(
    (s) =>
      html`<tr><th scope="row"><a href="#stage-${s.id}">${stageName(s, ctx)}</a></th><td>${pick(s.meaning, lang)}</td><td>${model.process.stallDays[s.id]} ${pick(UI.days, lang)}</td><td>${formatPercent(model.process.winProbability[s.id], lang)}</td></tr>`,
  )}</tbody>
</table>`;
}
