import { useEffect, useState } from 'preact/hooks';
import { type MessageKey, t } from '../../ui/i18n';
import { SYNC_ERROR_MESSAGES } from '../../ui/sync-messages';
import { checkTeamForm, statusLines, type TeamForm } from './team-status';
import { connectTeam, loadTeam, syncTeamNow, team, turnTeamOff } from './team-store';

const REFRESH_MS = 2000;
const EMPTY: TeamForm = { server: '', database: '', name: '', password: '' };

/**
 * Settings → Team: connect this browser to the team's CouchDB database, see
 * how sync is doing, turn it off. Connecting is what asks the browser for
 * access to that one server; the password goes to the server and nowhere else.
 */
export function TeamSection() {
  const [form, setForm] = useState<TeamForm>(EMPTY);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<MessageKey | null>(null);
  useEffect(() => {
    void loadTeam();
    const timer = setInterval(() => void loadTeam(), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);
  const view = team.value;
  const config = view?.config;
  const signedOut = view?.state.error?.kind === 'signed-out';

  const submit = (e: Event) => {
    e.preventDefault();
    const f = config ? { ...config, password: form.password } : form;
    const checked = checkTeamForm(f);
    if (!checked.ok) return setProblem(checked.key);
    // Asked first in the click: browsers show the prompt only during a user gesture.
    const granted = browser.permissions.request({ origins: [`${checked.origin}/*`] });
    setBusy(true);
    setProblem(null);
    void granted
      .then(async (ok) => {
        if (!ok) return setProblem('teamDenied');
        const res = await connectTeam({ ...f, server: checked.origin });
        if (!res.ok) setProblem(SYNC_ERROR_MESSAGES[res.kind]);
        else setForm(EMPTY);
      })
      .catch(() => setProblem('syncErrorBadResponse'))
      .finally(() => setBusy(false));
  };

  const field = (
    key: keyof TeamForm,
    label: MessageKey,
    type: 'text' | 'url' | 'password' = 'text',
    auto = 'off',
  ) => (
    <label class="field">
      <span>{t(label)}</span>
      <input
        id={`team-${key}`}
        type={type as 'text'}
        autocomplete={auto}
        value={form[key]}
        onInput={(e) => setForm((f) => ({ ...f, [key]: (e.target as HTMLInputElement).value }))}
      />
    </label>
  );

  return (
    <section class="form-section team" aria-labelledby="team-title">
      <h3 id="team-title">{t('teamTitle')}</h3>
      <p class="hint">{t('teamHint')}</p>
      {config ? (
        <p id="team-connected">{t('teamConnectedAs', config.server, config.database, config.name)}</p>
      ) : null}
      <div id="team-status" role="status" aria-live="polite">
        {view
          ? statusLines(view.state, Boolean(config), view.waiting, Date.now()).map((l) => (
              <p key={l.key} class={l.alert ? 'message message-warn' : 'team-line'} data-key={l.key}>
                {t(l.key, ...l.subs)}
              </p>
            ))
          : null}
      </div>
      {!config || signedOut ? (
        <form noValidate onSubmit={submit}>
          {config ? null : field('server', 'teamServer', 'url')}
          {config ? null : field('database', 'teamDatabase')}
          {config ? null : field('name', 'teamUser', 'text', 'username')}
          {field('password', 'teamPassword', 'password', 'current-password')}
          <div class="actions">
            <button type="submit" class="primary" id="team-connect" disabled={busy}>
              {busy ? t('teamConnecting') : t(config ? 'teamSignIn' : 'teamConnect')}
            </button>
          </div>
        </form>
      ) : null}
      {problem ? (
        <p class="message message-warn" role="alert" id="team-problem">
          {t(problem)}
        </p>
      ) : null}
      {config ? (
        <div class="actions">
          <button type="button" id="team-sync-now" disabled={busy} onClick={() => void syncTeamNow()}>
            {t('teamSyncNow')}
          </button>
          <button type="button" id="team-off" disabled={busy} onClick={() => void turnTeamOff()}>
            {t('teamTurnOff')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
