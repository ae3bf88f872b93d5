import { DEFAULT_SETTINGS } from '../../shared/model/settings';
import { resolveProcess } from '../../shared/process/resolve-settings';
import { STAGE_IDS } from '../../shared/process/stage-ids';
import { sourceLabel, t, uiLang } from '../ui/i18n';
import { daysSince, type PipelineSnapshot } from './pipeline-store';

export function PipelineView({ snapshot }: { snapshot: PipelineSnapshot }) {
  const process = resolveProcess(DEFAULT_SETTINGS);
  const lang = uiLang();
  const total = STAGE_IDS.reduce((n, s) => n + snapshot.counts[s], 0);
  if (total === 0) return <p class="empty">{t('emptyPipeline')}</p>;
  return (
    <div class="pipeline">
      {STAGE_IDS.map((stage) => (
        <section class="stage" key={stage} data-stage={stage} aria-labelledby={`stage-${stage}`}>
          <h3 id={`stage-${stage}`}>
            {process.stageName(stage, lang)} <span class="count">{snapshot.counts[stage]}</span>
          </h3>
          {snapshot.leads[stage].length === 0 ? (
            <p class="empty-stage">{t('emptyStage')}</p>
          ) : (
            <ul>
              {snapshot.leads[stage].map((lead) => (
                <li key={lead.id} class="lead-row" data-lead-id={lead.id}>
                  <span class="lead-name">{lead.name}</span>
                  {lead.company ? <span class="lead-company">{lead.company}</span> : null}
                  <span class="lead-meta">
                    {sourceLabel(lead.source)} · {t('daysInStage', daysSince(lead.stageChangedAt))}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
