// The team review, bundled on its own and loaded only when a file is dropped:
// zod, the metrics engine and uPlot never weigh on the page itself.
import uplotCss from 'uplot/dist/uPlot.min.css';
import { clampedWords, refusalLines } from '../../../shared/backup/backup-words';
import { PERIOD_PRESETS, type PeriodPreset, resolvePeriod } from '../../../shared/metrics/period';
import { analyseTeam } from '../../../shared/metrics/team';
import { strings } from '../../../shared/present/team-review-results-words';
import type { Lang } from '../../../shared/process/stage-list';
import type { TeamReview, TeamReviewOptions } from './api';
import { chartsSection } from './charts';
import { el } from './dom';
import { formatDate } from './format';
import { type FileProblem, type LoadedFile, readBackupFiles } from './read-backups';
import { figuresList, filesTable } from './render-figures';
import { problemsSection } from './render-problems';
import { whyBuySection } from './render-why-buy';
import { teamStageNames } from './team-stage-names';

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

  const render = () => {
    errors.replaceChildren(...[...problems.values()].map((p) => problemMessage(p, lang)));
    const loaded = [...files.values()];
    const names = teamStageNames(loaded.map((f) => f.backup));
    options.onStageNames(names);
    options.onFileCount(loaded.length);
    if (!loaded.length) {
      status.replaceChildren();
      results.replaceChildren();
      return;
    }
    const now = Date.now();
    const preset = (PERIOD_PRESETS as readonly string[]).includes(period)
      ? (period as PeriodPreset)
      : 'last-90';
    const resolved = resolvePeriod(preset, now);
    const { team, report, problems: found } = analyseTeam(loaded, resolved, now);
    const leads = loaded.reduce((n, f) => n + f.backup.leads.length, 0);
    const events = loaded.reduce((n, f) => n + f.backup.stageEvents.length, 0);
    status.replaceChildren(
      el(
        'p',
        {},
        s.loaded(loaded.length, leads, events),
        ' ',
        s.periodRange(formatDate(resolved.start, lang), formatDate(resolved.end - 1, lang)),
      ),
      ...loaded
        .filter((f) => f.clamped.count)
        .map((f) =>
          el('p', { 'data-clamped': f.fileName }, `${f.fileName}: ${clampedWords(f.clamped, lang)}`),
        ),
    );
    const width = Math.max(280, Math.min(760, results.clientWidth || 760));
    results.replaceChildren(
      filesTable(loaded, lang),
      figuresList(report, lang),
      problemsSection(found, team, loaded, names, lang),
      chartsSection(report, names, lang, width),
      whyBuySection(report, team.settings, names, lang),
    );
  };

  return {
    async addFiles(list) {
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
    setPeriod(p) {
      period = p;
      render();
    },
    clear() {
      files.clear();
      problems.clear();
      render();
    },
  };
}
