import type { EditableField } from '../../../shared/model/contact-fields';
import type { Lead } from '../../../shared/model/lead';
import type { StageEvent } from '../../../shared/model/stage-event';
import { isoOrEmpty } from '../../../shared/model/time-range';
import { formatDateTime } from '../../ui/format';
import { t, uiLang } from '../../ui/i18n';
import { stageName } from '../settings-store';
import { FIELD_LABEL } from '../ui/field-labels';

function where(stage: StageEvent['toStage'], status: StageEvent['toStatus']): string {
  if (status === 'won') return t('groupWon');
  if (status === 'lost') return t('lostAt', stageName(stage));
  return stageName(stage);
}

/** Every stage change, oldest first, and every value an edit or a capture replaced. */
export function LeadHistory({ lead, events }: { lead: Lead; events: StageEvent[] }) {
  const lang = uiLang();
  const changes = [...(lead.changes ?? [])].reverse();
  return (
    <section class="history" aria-labelledby="history-title">
      <h3 id="history-title">{t('historyTitle')}</h3>
      {events.length === 0 ? (
        <p class="empty-stage">{t('noHistory')}</p>
      ) : (
        <ol class="events">
          {events.map((e, i) => (
            // Stored events have no ids (schema v2); a lead's history only ever grows at its end.
            <li key={`${e.at}-${i}`}>
              <time dateTime={isoOrEmpty(e.at)}>{formatDateTime(e.at, lang)}</time>{' '}
              {e.fromStage === null
                ? t('eventCreated', where(e.toStage, e.toStatus))
                : t('eventMoved', where(e.fromStage, e.fromStatus ?? 'open'), where(e.toStage, e.toStatus))}
              {e.skipped?.length ? (
                <span class="badge badge-skipped-stages">
                  {t('eventSkipped', e.skipped.map(stageName).join(', '))}
                </span>
              ) : null}
              {e.lostReason ? <span class="reason"> — {e.lostReason}</span> : null}
            </li>
          ))}
        </ol>
      )}
      {changes.length ? (
        <>
          <h3>{t('changesTitle')}</h3>
          <ul class="changes">
            {changes.map((c, i) => (
              <li key={`${c.at}-${c.field}-${i}`}>
                <time dateTime={isoOrEmpty(c.at)}>{formatDateTime(c.at, lang)}</time>{' '}
                {t(
                  'changeLine',
                  c.field in FIELD_LABEL ? t(FIELD_LABEL[c.field as EditableField]) : c.field,
                  c.by === 'edit' ? t('byEdit') : c.by,
                )}{' '}
                <q class="previous">{c.previous}</q>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
