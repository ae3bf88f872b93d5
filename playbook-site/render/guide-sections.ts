import { pick, UI } from '../../shared/present/playbook-words';
import type { Bilingual } from '../../shared/process/stage-list';
import {
  INSTALL_STEPS,
  INSTALL_TITLE,
  PRIVACY,
  SCREENSHOTS,
  type ScreenshotSlot,
  USE_STEPS,
  USE_TITLE,
} from '../content/guide-extension';
import { pipelineIntro } from '../content/guide-process';
import {
  REVIEW_AGENDA,
  REVIEW_ATTENDEES,
  REVIEW_BRING,
  reviewCadence,
  type TitledList,
} from '../content/guide-review';
import { CHANGE_PROCESS, CHANGE_PROCESS_TITLE, ROLES } from '../content/guide-roles';
import { html, type SafeHtml } from './html';
import type { RenderContext } from './page-model';
import { glanceTable } from './stages-section';

const paragraphs = (ps: Bilingual[], ctx: RenderContext) => ps.map((p) => html`<p>${pick(p, ctx.lang)}</p>`);

export function pipelineSection(ctx: RenderContext): SafeHtml {
  const { lang, model } = ctx;
  const opportunity = model.stages.find((s) => s.id === model.process.opportunityStage);
  const facts = {
    opportunityStageName: opportunity?.name ?? {
      en: model.process.opportunityStage,
      es: model.process.opportunityStage,
    },
    reviewCadenceDays: model.process.reviewCadenceDays,
    capacity: model.process.capacity,
  };
  return html`<section id="pipeline" aria-labelledby="pipeline-title">
<h2 id="pipeline-title">${pick(UI.pipeline, lang)}</h2>
${paragraphs(pipelineIntro(facts), ctx)}
${glanceTable(ctx)}
</section>`;
}

function titledList(list: TitledList, id: string, ordered: boolean, ctx: RenderContext): SafeHtml {
  const items = list.items.map((i) => html`<li>${pick(i, ctx.lang)}</li>`);
  return html`<section id="${id}" aria-labelledby="${id}-title"><h3 id="${id}-title">${pick(list.title, ctx.lang)}</h3>
${ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`}</section>`;
}

export function reviewSection(ctx: RenderContext): SafeHtml {
  return html`<section id="review" aria-labelledby="review-title">
<h2 id="review-title">${pick(UI.review, ctx.lang)}</h2>
${paragraphs(reviewCadence(ctx.model.process.reviewCadenceDays), ctx)}
${titledList(REVIEW_AGENDA, 'review-agenda', true, ctx)}
${titledList(REVIEW_ATTENDEES, 'review-attendees', false, ctx)}
${titledList(REVIEW_BRING, 'review-bring', false, ctx)}
</section>`;
}

export function rolesSection(ctx: RenderContext): SafeHtml {
  const { lang } = ctx;
  return html`<section id="roles" aria-labelledby="roles-title">
<h2 id="roles-title">${pick(UI.roles, lang)}</h2>
<dl class="roles">${ROLES.map((r) => html`<dt id="role-${r.id}">${pick(r.name, lang)}</dt><dd>${pick(r.duties, lang)}</dd>`)}</dl>
<section id="process-changes" aria-labelledby="process-changes-title">
<h3 id="process-changes-title">${pick(CHANGE_PROCESS_TITLE, lang)}</h3>
${paragraphs(CHANGE_PROCESS, ctx)}
</section>
</section>`;
}

/** A present screenshot is an image; a missing one is a labelled placeholder, never a broken image. */
function figure(slot: ScreenshotSlot, ctx: RenderContext): SafeHtml {
  const { lang } = ctx;
  const caption = html`<figcaption>${pick(UI.screenshot, lang)}: ${pick(slot.caption, lang)}</figcaption>`;
  if (ctx.model.screenshots.has(slot.file)) {
    return html`<figure class="shot"><img src="assets/screenshots/${slot.file}" alt="${pick(slot.alt, lang)}" loading="lazy">${caption}</figure>`;
  }
  return html`<figure class="shot shot-missing"><div class="shot-placeholder" role="img" aria-label="${pick(slot.alt, lang)}">${pick(UI.screenshotMissing, lang)}</div>${caption}</figure>`;
}

export function extensionSection(ctx: RenderContext): SafeHtml {
  const { lang } = ctx;
  const steps = (s: Bilingual[]) => html`<ol>${s.map((i) => html`<li>${pick(i, lang)}</li>`)}</ol>`;
  return html`<section id="extension" aria-labelledby="extension-title">
<h2 id="extension-title">${pick(UI.extension, lang)}</h2>
<h3 id="install">${pick(INSTALL_TITLE, lang)}</h3>
${steps(INSTALL_STEPS)}
<h3 id="daily-use">${pick(USE_TITLE, lang)}</h3>
${steps(USE_STEPS)}
<div class="shots">${SCREENSHOTS.map((s) => figure(s, ctx))}</div>
</section>
<section id="privacy" aria-labelledby="privacy-title">
<h2 id="privacy-title">${pick(UI.privacy, lang)}</h2>
${paragraphs(PRIVACY, ctx)}
</section>`;
}
