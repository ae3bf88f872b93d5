import type { ComponentChildren } from 'preact';
import type { MetricId } from '../../../shared/metrics/definitions';
import { metricDefinition } from '../../../shared/metrics/definitions';
import { t, uiLang } from '../../ui/i18n';
import { playbookLink } from '../../ui/links';

/**
 * A metric's definition, one click away: the formula, what counts and what is
 * left out, word for word as the engine's definitions say (the playbook shows
 * the same text), and a link to the playbook section.
 */
export function DefinitionDisclosure({
  metric,
  children,
}: {
  metric: MetricId;
  children?: ComponentChildren;
}) {
  const def = metricDefinition(metric);
  const lang = uiLang();
  return (
    <details class="definition" data-definition={metric}>
      <summary>
        {t('metricDefinition')}
        <span class="visually-hidden">: {def.name[lang]}</span>
      </summary>
      <dl>
        <dt>{t('metricFormula')}</dt>
        <dd>{def.formula[lang]}</dd>
        <dt>{t('metricCounts')}</dt>
        <dd>{def.counts[lang]}</dd>
        <dt>{t('metricExcludes')}</dt>
        <dd>{def.excludes[lang]}</dd>
      </dl>
      {children}
      <a href={playbookLink(`metric-${metric}`)} target="_blank" rel="noopener noreferrer">
        {t('metricInPlaybook')}
        <span class="visually-hidden">: {def.name[lang]}</span>
      </a>
    </details>
  );
}
