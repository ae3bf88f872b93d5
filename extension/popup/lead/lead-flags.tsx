import type { ProblemFlag } from '../../../shared/metrics/problems';
import type { Lead } from '../../../shared/model/lead';
import type { StageEvent } from '../../../shared/model/stage-event';
import { formatDay } from '../../ui/format';
import { t, uiLang } from '../../ui/i18n';
import { playbookLink } from '../../ui/links';
import { PROBLEM_BADGE } from '../pipeline/lead-row';
import { settings, stageName } from '../settings-store';
import { flagsOf } from '../ui/problem-flags';

function ruleText(f: ProblemFlag): string {
  switch (f.rule) {
    case 'no-activity':
      return t('flagNoActivity', f.days ?? 0, f.limit ?? 0);
    case 'next-step-overdue':
      return t('flagOverdue', f.due ? formatDay(f.due, uiLang(), Date.now()) : '');
    case 'next-step-missing':
      return t('flagNoNextStep');
    case 'skipped':
      return t('flagSkipped', (f.stages ?? []).map(stageName).join(', '));
    case 'low-quality-late':
      return t('flagLowQuality', f.quality ?? 0);
    default:
      return t(PROBLEM_BADGE[f.problem] ?? 'badgeStalled');
  }
}

/** What the problems engine says about this lead, and where the playbook explains what to do. */
export function LeadFlags({ lead, events }: { lead: Lead; events: StageEvent[] }) {
  const flags = flagsOf([lead], events, settings.value, Date.now()).get(lead.id) ?? [];
  if (flags.length === 0) return null;
  return (
    <section class="flags" aria-labelledby="flags-title">
      <h3 id="flags-title">{t('problemsTitle')}</h3>
      <ul>
        {flags.map((f) => (
          <li key={`${f.problem}-${f.rule}`}>
            <span class={`badge badge-${f.problem}`}>{t(PROBLEM_BADGE[f.problem] ?? 'badgeStalled')}</span>{' '}
            {ruleText(f)}{' '}
            <a href={playbookLink(`problem-${f.problem}`)} target="_blank" rel="noopener noreferrer">
              {t('whatToDo')}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
