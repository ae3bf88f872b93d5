// The team review, bundled on its own and loaded only when a file is dropped or the
// team database is read: zod, the metrics engine and uPlot never weigh on the page itself.
import uplotCss from 'uplot/dist/uPlot.min.css';
import { clampedWords, refusalLines } from '../../../shared/backup/backup-words';
import { PERIOD_PRESETS, type PeriodPreset, resolvePeriod } from '../../../shared/metrics/period';
import { analyseTeam } from '../../../shared/metrics/team';
import type { TeamFigures } from '../../../shared/metrics/team-figures';
import type { Settings } from '../../../shared/model/settings';
import { strings } from '../../../shared/present/team-review-results-words';
import type { Lang } from '../../../shared/process/stage-list';
import type { TeamReview, TeamReviewOptions } from './api';
import { chartsSection } from './charts';
import { el } from './dom';
import { formatDate } from './format';
import { type FileProblem, type LoadedFile, readBackupFiles } from './read-backups';
import { figuresOfTeamDb, readTeamDb, type TeamDbData } from './read-team-db';
import { figuresList, filesTable, repsTable } from './render-figures';
import { problemsSection } from './render-problems';
import { whyBuySection } from './render-why-buy';
import { type StageNameSource, teamStageNames } from './team-stage-names';

function problemMessage(p: FileProblem, lang: Lang): HTMLElement {
  const s = strings(lang);
  if (p.kind === 'unreadable') return el('p', {}, s.unreadable(p.fileName));
  const [reason = '', ...lines] = refusalLines(p.refusal, lang);
  return el(
    'div',
    { 'data-file-problem': p.fileName },
    el('p', {}, s.invalidFile(p.fileName), ' ', reason),
    el('ul', {}, ...lines.map((e) => el('li', {}, el('code', {}, e)))),
  );
}

export function createTeamReview(options: TeamReviewOptions): TeamReview {
  const { lang, errors, status, results } = options;
  const s = strings(lang);
  const style = el('style', {}, uplotCss);
  document.head.append(style);
  // Keyed by file name: dropping a corrected file again replaces the old one or its error.
  const files = new Map<string, LoadedFile>();
  const problems = new Map<string, FileProblem>();
  let period = options.period;
  /** The team database, once read: it takes the place of the files. */
  let teamDb: TeamDbData | null = null;

  const show = (
    figures: TeamFigures,
    settings: Settings,
    names: StageNameSource,
    head: (HTMLElement | null)[],
  ) => {
    const width = Math.max(280, Math.min(760, results.clientWidth || 760));
    const stageNames = teamStageNames(names);
    options.onStageNames(stageNames);
    results.replaceChildren(
      ...head.filter((x): x is HTMLElement => x !== null),
      repsTable(figures, lang, teamDb !== null),
      figuresList(figures.combined.report, lang),
      problemsSection(figures.combined.problems, figures, stageNames, lang),
      chartsSection(figures.combined.report, stageNames, lang, width),
      whyBuySection(figures.combined.report, settings, stageNames, lang),
    );
  };

  const render = () => {
    errors.replaceChildren(...[...problems.values()].map((p) => problemMessage(p, lang)));
    const now = Date.now();
    const preset = (PERIOD_PRESETS as readonly string[]).includes(period)
      ? (period as PeriodPreset)
      : 'last-90';
    const resolved = resolvePeriod(preset, now);
    const range = s.periodRange(formatDate(resolved.start, lang), formatDate(resolved.end - 1, lang));
    if (teamDb) {
      options.onFileCount(1);
      const figures = figuresOfTeamDb(teamDb, resolved, now);
      const leads = figures.combined.leads.length;
      status.replaceChildren(
        el('p', {}, s.dbLoaded(teamDb.database, figures.reps.length, leads), ' ', range),
      );
      show(figures, teamDb.settings, [teamDb.settings], []);
      return;
    }
    const loaded = [...files.values()];
    options.onFileCount(loaded.length);
    if (!loaded.length) {
      options.onStageNames(teamStageNames([]));
      status.replaceChildren();
      results.replaceChildren();
      return;
    }
    const { figures, settings } = analyseTeam(loaded, resolved, now);
    const leads = loaded.reduce((n, f) => n + f.backup.leads.length, 0);
    const events = loaded.reduce((n, f) => n + f.backup.stageEvents.length, 0);
    status.replaceChildren(
      el('p', {}, s.loaded(loaded.length, leads, events), ' ', range),
      ...loaded
        .filter((f) => f.clamped.count)
        .map((f) =>
          el('p', { 'data-clamped': f.fileName }, `${f.fileName}: ${clampedWords(f.clamped, lang)}`),
        ),
    );
    show(
      figures,
      settings,
      loaded.map((f) => f.backup.settings),
      [filesTable(loaded, lang)],
    );
  };

  return {
    async addFiles(list) {
      teamDb = null;
      for (const outcome of await readBackupFiles(list)) {
        if (outcome.ok) {
          files.set(outcome.file.fileName, outcome.file);
          problems.delete(outcome.file.fileName);
        } else {
          problems.set(outcome.problem.fileName, outcome.problem);
          files.delete(outcome.problem.fileName);
        }
      }
      render();
    },
    async readTeamDb(login) {
      status.replaceChildren(el('p', {}, s.dbReading));
      try {
        teamDb = await readTeamDb(login, fetch.bind(globalThis));
      } catch (err) {
        status.replaceChildren();
        errors.replaceChildren(el('p', {}, s.dbFailed(err instanceof Error ? err.message : String(err))));
        return;
      }
      problems.clear();
      render();
    },
    setPeriod(p) {
      period = p;
      render();
    },
    clear() {
      files.clear();
      problems.clear();
      teamDb = null;
      render();
    },
  };
}
