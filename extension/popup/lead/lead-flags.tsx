import type { Lead } from '../../../shared/model/lead';
import type { StageEvent } from '../../../shared/model/stage-event';
import { flagText } from '../../../shared/present/problem-text';
import { t } from '../../ui/i18n';
import { playbookLink } from '../../ui/links';
import { PROBLEM_BADGE } from '../pipeline/lead-row';
import { settings } from '../settings-store';
import { flagsOf } from '../ui/problem-flags';
import { problemWords } from '../ui/problem-words';

/** What the problems engine says about this lead, and where the playbook explains what to do. */
export function LeadFlags({ lead, events }: { lead: Lead; events: StageEvent[] }) {
  const flags = flagsOf([lead], events, settings.value, Date.now()).get(lead.id) ?? [];
  if (flags.length === 0) return null;
  const words = problemWords();
  return (
    <section class="flags" aria-labelledby="flags-title">
      <h3 id="flags-title">{t('problemsTitle')}</h3>
      <ul>
        {flags.map((f) => (
          <li key={`${f.problem}-${f.rule}`}>
            <span class={`badge badge-${f.problem}`}>{t(PROBLEM_BADGE[f.problem] ?? 'badgeStalled')}</span>{' '}
            {flagText(f, words)}{' '}
            <a href={playbookLink(`problem-${f.problem}`)} target="_blank" rel="noopener noreferrer">
              {t('whatToDo')}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
