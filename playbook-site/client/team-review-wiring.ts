import { TEAM_REVIEW_LOAD_FAILED as LOAD_FAILED } from '../../shared/present/team-review-page-words';
import type { Lang } from '../../shared/process/stage-list';
import { publishedOn } from './published-on';
import type { StageNameOverrides } from './stage-names';
import type { TeamReview } from './team-review/api';
import { loadTeamReview } from './team-review-loader';

/** Drop zone, file input, period and clear button; the heavy code loads on the first file only. */
export function wireTeamReview(lang: Lang, setStageNames: (n: StageNameOverrides) => void): void {
  const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;
  const zone = $('drop-zone');
  const input = $<HTMLInputElement>('backup-files');
  const period = $<HTMLSelectElement>('team-period');
  const clear = $<HTMLButtonElement>('team-clear');
  const errors = $('team-errors');
  const status = $('team-status');
  const results = $('team-results');
  if (!zone || !input || !period || !clear || !errors || !status || !results) return;

  let review: Promise<TeamReview> | null = null;
  const get = () => {
    review ??= loadTeamReview().then((m) =>
      m.createTeamReview({
        lang,
        period: period.value,
        errors,
        status,
        results,
        onStageNames: setStageNames,
        onFileCount: (n) => {
          clear.hidden = n === 0;
        },
      }),
    );
    return review;
  };
  const add = (files: FileList | null | undefined) => {
    if (!files?.length) return;
    const list = [...files];
    get()
      .then((r) => r.addFiles(list))
      .catch((err: unknown) => {
        review = null;
        const p = document.createElement('p');
        p.textContent = LOAD_FAILED[lang] + String(err instanceof Error ? err.message : err);
        errors.replaceChildren(p);
      });
  };

  input.addEventListener('change', () => {
    add(input.files);
    input.value = '';
  });
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.classList.add('drag-over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('drag-over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('drag-over');
    add(e.dataTransfer?.files);
  });
  const form = document.getElementById('team-db-form') as HTMLFormElement | null;
  // Opened from the team server itself (npm run team -- publish-playbook): that server, that database.
  const served = publishedOn(location);
  if (served) {
    const set = (id: string, v: string) => {
      const input = $<HTMLInputElement>(id);
      if (input) input.value = v;
    };
    set('team-db-server', served.server);
    set('team-db-name', served.database);
    $<HTMLDetailsElement>('team-server')?.setAttribute('open', '');
  }
  form?.addEventListener('submit', (e) => {
    e.preventDefault();
    const value = (id: string) => ($<HTMLInputElement>(id)?.value ?? '').trim();
    const password = $<HTMLInputElement>('team-db-password');
    const login = {
      server: value('team-db-server'),
      database: value('team-db-name'),
      name: value('team-db-user'),
      password: password?.value ?? '',
    };
    // The password is not kept in the page once sent.
    if (password) password.value = '';
    get()
      .then((r) => r.readTeamDb(login))
      .catch((err: unknown) => {
        const p = document.createElement('p');
        p.textContent = LOAD_FAILED[lang] + String(err instanceof Error ? err.message : err);
        errors.replaceChildren(p);
      });
  });
  period.addEventListener('change', () => {
    review?.then((r) => r.setPeriod(period.value));
  });
  clear.addEventListener('click', () => {
    review?.then((r) => r.clear());
  });
}
