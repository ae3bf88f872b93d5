import type { Lead } from '../model/lead';
import { figureLabel } from '../present/figure-label';
import { formatDays, formatFigure, formatPercent } from '../present/figures';
import { formatCount, formatMoney } from '../present/numbers';
import { findingText, flagText, type ProblemWords } from '../present/problem-text';
import type { RepTable } from '../present/rep-table';
import { REPORT_LABELS as L } from '../present/report-words';
import { whyBuyTables } from '../present/why-buy-tables';
import type { ResolvedProcess } from '../process/resolve-settings';
import { type Lang, STAGE_IDS, type StageId } from '../process/stage-list';
import { metricDefinition } from './definitions';
import { HEADLINE_FIGURES } from './headline-figures';
import { PROBLEM_DEFINITIONS, SKIPPED_STAGE_RULE } from './problem-definitions';
import type { ProblemFlag, ProblemsReport } from './problems';
import { formatPeriodDates, plain, row } from './report-format';
import type { MetricsReport } from './types';

interface ReportTextInput {
  report: MetricsReport;
  problems: ProblemsReport;
  leads: readonly Lead[];
  process: ResolvedProcess;
  lang: Lang;
  /** One line per loaded file: name, owner, lead count. */
  files: { file: string; owner?: string; leads: number }[];
  /** The rep-by-rep comparison, printed when the report covers more than one rep. */
  reps?: RepTable;
  /** Most leads listed per problem; the rest are summed up. */
  maxListed?: number;
}

/** The report `npm run report` prints: headline figures with their names, the funnel and the problems. */
export function reportText(input: ReportTextInput): string {
  const { report: r, lang, process } = input;
  const stage = (s: StageId) => plain(process.stageName(s, lang));
  const out: string[] = [];
  out.push(L.title[lang]);
  out.push(
    `${L.period[lang]}: ${r.period.label} (${formatPeriodDates(r.period, r.period.zone)}, ${r.period.zone})`,
  );
  out.push(
    `${L.files[lang]}: ${input.files.map((f) => `${plain(f.file)}${f.owner ? ` (${plain(f.owner)})` : ''}: ${f.leads} ${L.leads[lang]}`).join('; ')}`,
  );
  out.push('', L.headline[lang]);
  for (const f of HEADLINE_FIGURES) {
    let value = formatFigure(f.pick(r), f.unit, lang, r.currency);
    if (f.key === 'lead-to-opportunity' || f.key === 'opportunity-win-rate') {
      const m = f.key === 'lead-to-opportunity' ? r.leadToOpportunity : r.opportunityWinRate;
      value += ` (${m.numerator}/${m.denominator})${m.maturing ? ` — ${L.maturing[lang]}` : ''}`;
    }
    if (f.key === 'win-percentage') value += ` (${r.winPercentage.won}/${r.winPercentage.denominator})`;
    out.push(row(figureLabel(f, lang), value));
  }
  const others = Object.entries(r.openOpportunities.otherCurrencies);
  if (others.length > 0) {
    out.push(
      `    ${L.otherCurrencies[lang]}: ${others.map(([c, m]) => formatMoney(m.value, c, lang)).join(', ')}`,
    );
  }

  out.push('', `${L.bySource[lang]}: ${sourceList(r.leadsBySource.bySource) || L.none[lang]}`);
  for (const m of r.leadsBySource.months)
    out.push(`  ${m.month}: ${m.total}${m.total > 0 ? ` — ${sourceList(m.bySource)}` : ''}`);

  out.push('', L.funnel[lang]);
  for (const s of r.stageFunnel.stages) {
    const skip = s.skipped > 0 ? `, ${L.skipped[lang]} ${s.skipped}×` : '';
    const moved = s.movedOn === null ? '' : `, ${L.movedOn[lang]} ${formatPercent(s.movedOn, lang)}`;
    out.push(row(stage(s.stage), `${L.reached[lang]} ${s.reached}${moved}${skip}`));
  }
  out.push(`  ${L.skipRule[lang]}: ${SKIPPED_STAGE_RULE[lang]}`);
  const lost = STAGE_IDS.filter((s) => r.stageFunnel.lostByStage[s] > 0);
  out.push(
    `  ${L.lostByStage[lang]}: ${lost.map((s) => `${stage(s)} ${r.stageFunnel.lostByStage[s]}`).join(', ') || L.none[lang]}`,
  );
  const reasons = r.stageFunnel.lostReasons.map(
    (x) => `${x.reason === null ? L.noReason[lang] : plain(x.reason)} ${x.count}`,
  );
  out.push(`  ${L.lostReasons[lang]}: ${reasons.join(', ') || L.none[lang]}`);

  out.push('', ...whyBuyText(input, stage));

  out.push('', L.timeInStage[lang]);
  for (const s of STAGE_IDS) {
    const t = r.timeInStage[s];
    if (t.count > 0)
      out.push(
        row(stage(s), `${formatDays(t.medianDays, lang)} / ${formatDays(t.meanDays, lang)}, ${t.count}`),
      );
  }
  out.push('', L.openByStage[lang]);
  for (const s of STAGE_IDS) {
    const b = r.openOpportunities.byStage[s];
    if (b.count > 0) {
      const money = `${formatMoney(b.value, r.currency, lang)} (${L.weighted[lang]} ${formatMoney(b.weightedValue, r.currency, lang)})`;
      out.push(row(stage(s), `${b.count}: ${money}`));
    }
  }
  if (input.reps && input.reps.rows.length > 2) out.push('', ...repLines(input.reps));
  out.push('', ...problemsText(input, stage));
  return `${out.join('\n')}\n`;
}

/** One block per rep (a terminal is too narrow for the table): the rep's name, then column: value. */
function repLines(table: RepTable): string[] {
  const out = [table.caption];
  for (const cells of table.rows) {
    out.push(`- ${plain(cells[0] ?? '')}`);
    cells.slice(1).forEach((v, i) => {
      if (v) out.push(row(table.columns[i + 1] ?? '', v));
    });
  }
  return out;
}

/** Pain points, decision helpers and lost reasons by stage: a heading, the notes, one line per row. */
function whyBuyText(input: ReportTextInput, stage: (s: StageId) => string): string[] {
  const { lang, process } = input;
  const tables = whyBuyTables(input.report.whyBuy, {
    lang,
    stageName: stage,
    painPoints: process.painPoints,
    decisionHelpers: process.decisionHelpers,
  });
  const out: string[] = [];
  for (const tb of tables) {
    const def = metricDefinition(tb.metric);
    out.push(def.name[lang], `  ${L.definition[lang]}: ${def.formula[lang]}`);
    for (const note of tb.notes) out.push(`  ${note}`);
    if (tb.rows.length === 0) out.push(`  ${tb.empty}`);
    else {
      out.push(`  ${tb.head.join(' | ')}`);
      for (const r of tb.rows) out.push(`    ${r.map(plain).join(' | ')}`);
    }
    out.push('');
  }
  out.pop();
  return out;
}

function sourceList(bySource: Record<string, number>): string {
  return Object.entries(bySource)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([s, n]) => `${plain(s)} ${n}`)
    .join(', ');
}

function problemsText(input: ReportTextInput, stage: (s: StageId) => string): string[] {
  const { problems, lang } = input;
  const max = input.maxListed ?? 20;
  const out = [`${L.problems[lang]} (${problems.total})`];
  const byId = new Map(input.leads.map((l) => [l.id, l]));
  // Dates as written (YYYY-MM-DD): the report is read in terminals and pasted into mail.
  const words: ProblemWords = { lang, stageName: stage, day: (iso) => iso };
  for (const def of PROBLEM_DEFINITIONS) {
    const listed: string[] = [];
    for (const p of problems.pipeline) {
      if (p.problem !== def.id) continue;
      listed.push(`${p.owner ? `${L.owner[lang]} ${plain(p.owner)}: ` : ''}${findingText(p, words)}`);
    }
    for (const [id, flags] of problems.byLead) {
      const mine = flags.filter((f) => f.problem === def.id);
      if (mine.length === 0) continue;
      const lead = byId.get(id);
      const who = lead ? `${plain(lead.name)}${lead.company ? ` (${plain(lead.company)})` : ''}` : plain(id);
      listed.push(
        `${who} — ${stage((mine[0] as ProblemFlag).stage)}: ${mine.map((f) => flagText(f, words)).join(' ')}`,
      );
    }
    if (listed.length === 0) continue;
    out.push(
      `- ${def.name[lang]} (${def.id === 'too-many-opportunities' ? listed.length : problems.counts[def.id]})`,
    );
    out.push(`  ${L.whatToDo[lang]}: ${def.action[lang]}`);
    for (const line of listed.slice(0, max)) out.push(`    · ${line}`);
    if (listed.length > max) out.push(`    · … +${formatCount(listed.length - max, lang)}`);
  }
  if (out.length === 1) out.push(`  ${L.none[lang]}`);
  return out;
}
