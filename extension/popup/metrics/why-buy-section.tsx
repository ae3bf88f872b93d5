import { metricDefinition } from '../../../shared/metrics/definitions';
import type { MetricsReport } from '../../../shared/metrics/types';
import { whyBuyTables } from '../../../shared/present/why-buy-tables';
import { uiLang } from '../../ui/i18n';
import { processDef, stageName } from '../settings-store';
import { DefinitionDisclosure } from './definition-disclosure';

/**
 * Why they buy, for the period: pain points with their win rates, decision
 * helpers in won and lost deals, lost reasons by stage. The words and numbers
 * come from the shared presenter, as in the playbook's team review and the report.
 */
export function WhyBuySection({ report }: { report: MetricsReport }) {
  const lang = uiLang();
  const tables = whyBuyTables(report.whyBuy, {
    lang,
    stageName,
    painPoints: processDef.value.painPoints,
    decisionHelpers: processDef.value.decisionHelpers,
  });
  return (
    <>
      {tables.map((tb) => (
        <section key={tb.metric} class="why-buy" data-metric={tb.metric} aria-labelledby={`why-${tb.metric}`}>
          <h3 id={`why-${tb.metric}`}>{metricDefinition(tb.metric).name[lang]}</h3>
          {tb.notes.map((n) => (
            <p class="hint" key={n}>
              {n}
            </p>
          ))}
          {tb.rows.length === 0 ? (
            <p class="hint">{tb.empty}</p>
          ) : (
            <table class="chart-table">
              <thead>
                <tr>
                  {tb.head.map((h) => (
                    <th scope="col" key={h}>
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {tb.rows.map((r) => (
                  <tr key={r[0]}>
                    <th scope="row">{r[0]}</th>
                    {r.slice(1).map((c, i) => (
                      <td key={tb.head[i + 1]}>{c}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <DefinitionDisclosure metric={tb.metric} />
        </section>
      ))}
    </>
  );
}
