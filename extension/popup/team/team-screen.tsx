import { useEffect, useState } from 'preact/hooks';
import { changesText } from '../../../shared/present/rep-table';
import { nextReviewDue } from '../../../shared/process/review-due';
import { getDb } from '../../data/db';
import { recordTeamReview } from '../../data/sync/team-review';
import { saveTeamView } from '../../data/sync/team-view-cache';
import { formatDateTime } from '../../ui/format';
import { t, uiLang } from '../../ui/i18n';
import { HeadlineList } from '../metrics/headline-list';
import { resolveChoice } from '../metrics/period-choice';
import { PeriodPicker } from '../metrics/period-picker';
import { WhyBuySection } from '../metrics/why-buy-section';
import { statusLines } from '../settings/team-status';
import { showNotice } from '../ui/notice-store';
import { sendToBackground } from '../ui/send';
import { teamPeriod, teamRep, useTeamSnapshot } from './team-store';
import { TeamFunnel, TeamTable } from './team-tables';
import { type TeamView, teamView, viewKey } from './team-view';
import './team.css';

/**
 * How the team is doing, from the synced copy of everyone's pipeline: rep by
 * rep and combined, what changed since the last team review, when each rep
 * last synced. Updates while open; offline it shows the last copy and its age.
 */
export default function TeamScreen() {
  const lang = uiLang();
  const keyOf = (version: string, at = Date.now()) => {
    const r = resolveChoice(teamPeriod.value, at);
    return r.ok ? viewKey(version, teamRep.value, r.period, lang) : null;
  };
  const loaded = useTeamSnapshot(keyOf);
  const date = (at: number) => formatDateTime(at, lang);
  const now = loaded.status === 'ready' ? loaded.now : Date.now();
  const resolved = resolveChoice(teamPeriod.value, now);
  const fresh =
    loaded.status === 'ready' && resolved.ok
      ? teamView(loaded.snapshot, teamRep.value, resolved.period, now, lang, date)
      : null;
  // A saved view stands in until the records are read, unless the filters have moved since.
  const saved =
    loaded.status === 'saved' && keyOf(loaded.version) === loaded.key ? (loaded.view as TeamView) : null;
  const view = fresh ?? saved;
  const drawn = view !== null;
  useEffect(() => {
    if (!fresh || loaded.status !== 'ready') return;
    const key = keyOf(loaded.version, loaded.now);
    // Only a head start for the next opening: failing to save changes nothing on screen.
    if (key !== null) saveTeamView(getDb(), key, loaded.now, fresh).catch(() => {});
  }, [fresh]);
  useEffect(() => {
    if (drawn) performance.mark('team-ready');
  }, [drawn]);
  // The bench's other figure: figures computed from the records read now.
  const computed = fresh !== null;
  useEffect(() => {
    if (computed) performance.mark('team-fresh');
  }, [computed]);
  return (
    <section class="team-screen" aria-labelledby="team-view-title">
      <h2 id="team-view-title">{t('teamViewTitle')}</h2>
      {loaded.status === 'loading' ? <p class="loading">{t('loading')}</p> : null}
      {loaded.status === 'off' ? <p class="message">{t('teamViewOff')}</p> : null}
      {loaded.status === 'error' ? (
        <p class="message message-warn">{t('loadFailed', loaded.message)}</p>
      ) : null}
      {loaded.status === 'ready' || loaded.status === 'saved' ? (
        <p class="team-age" id="team-age">
          {statusLines(loaded.state, true, 0, Date.now()).map((l) => (
            <span key={l.key} class={l.alert ? 'message-warn' : undefined}>
              {t(l.key, ...l.subs)}{' '}
            </span>
          ))}
        </p>
      ) : null}
      <div class="team-filters">
        <label>
          {t('teamRepFilter')}{' '}
          <select
            id="team-rep"
            value={teamRep.value}
            onChange={(e) => {
              teamRep.value = (e.target as HTMLSelectElement).value;
            }}
          >
            <option value="">{t('teamAllReps')}</option>
            {(view?.owners ?? []).map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
        </label>
        <PeriodPicker
          choice={teamPeriod.value}
          onChange={(next) => {
            teamPeriod.value = next;
          }}
          period={resolved.ok ? resolved.period : null}
          error={resolved.ok ? null : resolved.error}
          now={now}
        />
      </div>
      {view ? (
        <>
          <LastReview view={view} now={now} date={date} />
          <p class="team-changes" id="team-changes">
            {t('teamChangesSince', date(view.since))} {changesText(view.changes, lang)}
          </p>
          {view.reps === 0 ? <p class="message">{t('teamNoReps')}</p> : null}
          <TeamTable table={view.table} />
          <h3>{t('teamCombined')}</h3>
          <HeadlineList report={view.report} />
          <TeamFunnel report={view.report} />
          {/* Why the team's deals are won and lost: the same tables as the rep's Metrics, over everyone. */}
          {view.report.whyBuy ? <WhyBuySection report={view.report} /> : null}
          {/* Only a lead may record one (the server refuses reps); the role is the one the server last gave.
              Recorded figures are the fresh ones, never a saved view's. */}
          {fresh && loaded.status === 'ready' && loaded.state.lead ? (
            <RecordReview record={fresh.record} />
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function LastReview({ view, now, date }: { view: TeamView; now: number; date: (at: number) => string }) {
  const last = view.lastReview;
  const due = nextReviewDue(last?.at ?? null, now, view.reviewCadenceDays);
  return (
    <div class="team-last-review" id="team-last-review">
      {last ? (
        <p>
          {t('teamLastReview', date(last.at))} {last.note ? <q>{last.note}</q> : null}
        </p>
      ) : (
        <p>{t('teamNoReview')}</p>
      )}
      {last ? <p class="hint">{t('teamNextReview', date(due))}</p> : null}
    </div>
  );
}

function RecordReview({ record }: { record: TeamView['record'] }) {
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const save = async () => {
    setSaving(true);
    try {
      await recordTeamReview(getDb(), { ...record, note }, Date.now());
      await sendToBackground({ type: 'sync-now' });
      setNote('');
      showNotice({ text: t('teamReviewRecorded') });
    } catch (err) {
      showNotice({ text: t('reviewRecordFailed', err instanceof Error ? err.message : String(err)) });
    } finally {
      setSaving(false);
    }
  };
  return (
    <details class="team-record">
      <summary>{t('teamRecordReview')}</summary>
      <p class="hint">{t('teamRecordHint')}</p>
      <label for="team-review-note">{t('teamReviewNote')}</label>
      <textarea
        id="team-review-note"
        maxLength={1000}
        rows={3}
        value={note}
        onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)}
      />
      <button type="button" id="team-review-save" disabled={saving} onClick={() => void save()}>
        {t('teamRecordReview')}
      </button>
    </details>
  );
}
