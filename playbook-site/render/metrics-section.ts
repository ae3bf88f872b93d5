import type { MetricDefinition, ProblemDefinition } from '../../shared/metrics/definition';
import { pick, UI, UNIT_NAMES } from '../../shared/present/playbook-words';
import { PROBLEMS_INTRO, QUALITY_TITLE, qualityArgument } from '../content/guide-problems';
import { METRICS_INTRO } from '../content/guide-process';
import { html, type SafeHtml } from './html';
import type { RenderContext } from './page-model';

function metricArticle(m: MetricDefinition, ctx: RenderContext): SafeHtml {
  const { lang } = ctx;
  const unit = UNIT_NAMES[m.unit];
  return html`<section class="metric" id="metric-${m.id}" aria-labelledby="metric-${m.id}-title">
<h3 id="metric-${m.id}-title">${pick(m.name, lang)}</h3>
<dl>
<dt>${pick(UI.formula, lang)}</dt><dd>${pick(m.formula, lang)}</dd>
<dt>${pick(UI.counts, lang)}</dt><dd>${pick(m.counts, lang)}</dd>
<dt>${pick(UI.excludes, lang)}</dt><dd>${pick(m.excludes, lang)}</dd>
<dt>${pick(UI.reading, lang)}</dt><dd>${pick(m.reading, lang)}</dd>
${unit ? html`<dt>${pick(UI.unit, lang)}</dt><dd>${pick(unit, lang)}</dd>` : ''}
</dl>
</section>`;
}

export function metricsSection(ctx: RenderContext): SafeHtml {
  const { lang, model } = ctx;
  return html`<section id="metrics" aria-labelledby="metrics-title">
<h2 id="metrics-title">${pick(UI.metrics, lang)}</h2>
${METRICS_INTRO.map((p) => html`<p>${pick(p, lang)}</p>`)}
${model.metrics.map((m) => metricArticle(m, ctx))}
<section id="counting-rules" aria-labelledby="counting-rules-title">
<h3 id="counting-rules-title">${pick(UI.countingRules, lang)}</h3>
${model.countingRules.map((r) => html`<p>${pick(r, lang)}</p>`)}
</section>
</section>`;
}

function problemArticle(p: ProblemDefinition, ctx: RenderContext): SafeHtml {
  const { lang } = ctx;
  return html`<section class="problem" id="problem-${p.id}" aria-labelledby="problem-${p.id}-title">
<h3 id="problem-${p.id}-title">${pick(p.name, lang)}</h3>
<dl>
<dt>${pick(UI.rule, lang)}</dt><dd>${pick(p.rule, lang)}</dd>
<dt>${pick(UI.action, lang)}</dt><dd>${pick(p.action, lang)}</dd>
</dl>
</section>`;
}

export function problemsSection(ctx: RenderContext): SafeHtml {
  const { lang, model } = ctx;
  return html`<section id="problems" aria-labelledby="problems-title">
<h2 id="problems-title">${pick(UI.problems, lang)}</h2>
<p>${pick(PROBLEMS_INTRO, lang)}</p>
${model.problems.map((p) => problemArticle(p, ctx))}
<section id="quality-over-quantity" aria-labelledby="quality-title">
<h3 id="quality-title">${pick(QUALITY_TITLE, lang)}</h3>
${qualityArgument(model.process.capacity).map((p) => html`<p>${pick(p, lang)}</p>`)}
</section>
</section>`;
}
