import type { EditableField } from '../../../shared/model/contact-fields';
import type { Lead } from '../../../shared/model/lead';
import type { StageEvent } from '../../../shared/model/stage-event';
import { isoOrEmpty } from '../../../shared/model/time-range';
import { formatDateTime } from '../../ui/format';
import { t, uiLang } from '../../ui/i18n';
import { stageName } from '../settings-store';
import { FIELD_LABEL } from '../ui/field-labels';
import { buildTimeline, type TimelineEntry } from './lead-timeline';

function where(stage: StageEvent['toStage'], status: StageEvent['toStatus']): string {
  if (status === 'won') return t('groupWon');
  if (status === 'lost') return t('lostAt', stageName(stage));
  return stageName(stage);
}

function fieldName(field: string): string {
  return field in FIELD_LABEL ? t(FIELD_LABEL[field as EditableField]) : field;
}

function StageLine({ e }: { e: StageEvent }) {
  return (
    <>
      {e.fromStage === null
        ? t('eventCreated', where(e.toStage, e.toStatus))
        : t('eventMoved', where(e.fromStage, e.fromStatus ?? 'open'), where(e.toStage, e.toStatus))}
      {e.skipped?.length ? (
        <span class="badge badge-skipped-stages">
          {t('eventSkipped', e.skipped.map(stageName).join(', '))}
        </span>
      ) : null}
      {e.lostReason ? <span class="reason"> — {e.lostReason}</span> : null}
    </>
  );
}

function EditLine({ e }: { e: Extract<TimelineEntry, { kind: 'edit' }> }) {
  return (
    <>
      {t('editedBy', e.by === 'edit' ? t('byEdit') : e.by)}
      <dl class="replaced">
        {e.replaced.map((r, i) => (
          <div key={`${r.field}-${i}`}>
            <dt>{t('wasValue', fieldName(r.field))}</dt>
            <dd class="previous">{r.previous}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

/** One timeline, newest first: stage changes, and every edit or capture with the values it replaced. */
export function LeadHistory({ lead, events }: { lead: Lead; events: StageEvent[] }) {
  const lang = uiLang();
  const entries = buildTimeline(lead, events);
  return (
    <section class="history" aria-labelledby="history-title">
      <h3 id="history-title">{t('historyTitle')}</h3>
      {entries.length === 0 ? (
        <p class="empty-stage">{t('noHistory')}</p>
      ) : (
        <ol class="timeline">
          {entries.map((e, i) => (
            // Stored events and changes have no ids; the list only ever grows at its newest end.
            <li key={`${e.kind}-${e.at}-${entries.length - i}`} data-kind={e.kind}>
              <time dateTime={isoOrEmpty(e.at)}>{formatDateTime(e.at, lang)}</time>{' '}
              {e.kind === 'stage' ? <StageLine e={e.event} /> : <EditLine e={e} />}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
