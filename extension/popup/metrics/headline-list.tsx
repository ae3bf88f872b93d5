import type { MetricsReport } from '../../../shared/metrics/types';
import { figureLabel } from '../../../shared/present/figure-label';
import { sourceLabel, t, uiLang } from '../../ui/i18n';
import { DefinitionDisclosure } from './definition-disclosure';
import { headlineCards } from './headline-view';

/** The headline figures of the period, each with its definition one click away. */
export function HeadlineList({ report }: { report: MetricsReport }) {
  const lang = uiLang();
  const cards = headlineCards(report, { lang, say: t, source: sourceLabel });
  return (
    <ul class="metric-cards">
      {cards.map((c) => {
        const nameId = `figure-${c.metric}`;
        return (
          <li key={c.metric} class="metric-card" data-metric={c.metric}>
            {/* The same label as every other surface: leads by source says its number is the period's total. */}
            <h3 id={nameId}>{figureLabel({ metric: c.metric, part: '' }, lang)}</h3>
            <p class="metric-value">{c.value}</p>
            {c.details.map((d) => (
              <p class="metric-detail" key={d}>
                {d}
              </p>
            ))}
            {c.maturing ? (
              <p class="metric-maturing" role="note">
                {c.maturing}
              </p>
            ) : null}
            <DefinitionDisclosure metric={c.metric} />
          </li>
        );
      })}
    </ul>
  );
}
