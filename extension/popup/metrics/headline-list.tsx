import { metricDefinition } from '../../../shared/metrics/definitions';
import type { MetricsReport } from '../../../shared/metrics/types';
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
            <h3 id={nameId}>{metricDefinition(c.metric).name[lang]}</h3>
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
