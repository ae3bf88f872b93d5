import { HEADLINE_FIGURES } from '../metrics/headline-figures';
import { PROBLEM_DEFINITIONS } from '../metrics/problem-definitions';
import type { RepFigures, TeamFigures } from '../metrics/team-figures';
import type { Bilingual, Lang } from '../process/stage-list';
import { figureLabel } from './figure-label';
import { formatFigure } from './figures';
import { formatCount } from './numbers';

/** The figures a rep-by-rep comparison shows: each metric's main number, the open pipeline's weighted value. */
const COMPARED = HEADLINE_FIGURES.filter((f) => f.part !== 'mean' && f.part !== 'value');

const WORDS = {
  rep: { en: 'Rep', es: 'Comercial' },
  team: { en: 'Whole team', es: 'Todo el equipo' },
  leads: { en: 'Leads', es: 'Leads' },
  changes: { en: 'Since the last team review', es: 'Desde la última revisión de equipo' },
  synced: { en: 'Last synced', es: 'Última sincronización' },
  never: { en: 'never', es: 'nunca' },
} satisfies Record<string, Bilingual>;

export interface RepTable {
  caption: string;
  /** Column headings, in the reader's language. */
  columns: string[];
  /** One row per rep, then the whole team; the first cell is the rep's name. */
  rows: string[][];
}

/**
 * The rep-by-rep comparison (rows reps, columns the metrics and problem counts) that the
 * Team screen, the playbook's team review and `npm run report` show. `date` words a time
 * in the reader's locale; without it there is no "last synced" column (files have none).
 */
export function repTable(figures: TeamFigures, lang: Lang, date?: (at: number) => string): RepTable {
  const columns = [
    WORDS.rep[lang],
    WORDS.leads[lang],
    ...COMPARED.map((f) => figureLabel(f, lang)),
    ...PROBLEM_DEFINITIONS.map((p) => p.name[lang]),
    WORDS.changes[lang],
    ...(date ? [WORDS.synced[lang]] : []),
  ];
  const cells = (name: string, r: Pick<RepFigures, 'leads' | 'report' | 'problems' | 'changes'>) => [
    name,
    formatCount(r.leads, lang),
    ...COMPARED.map((f) => formatFigure(f.pick(r.report), f.unit, lang, r.report.currency)),
    ...PROBLEM_DEFINITIONS.map((p) => formatCount(r.problems.counts[p.id], lang)),
    changesText(r.changes, lang),
  ];
  const rows = figures.reps.map((r) => [
    ...cells(r.owner, r),
    ...(date ? [r.syncedAt === null ? WORDS.never[lang] : date(r.syncedAt)] : []),
  ]);
  const c = figures.combined;
  rows.push([...cells(WORDS.team[lang], { ...c, leads: c.leads.length }), ...(date ? [''] : [])]);
  return { caption: COMPARISON[lang], columns, rows };
}

const COMPARISON: Bilingual = { en: 'Rep by rep', es: 'Comercial a comercial' };

/** "3 new, 2 moved, 1 won, 0 lost". */
export function changesText(c: RepFigures['changes'], lang: Lang): string {
  const n = (v: number) => formatCount(v, lang);
  return lang === 'es'
    ? `${n(c.newLeads)} nuevos, ${n(c.moves)} movidos, ${n(c.wins)} ganados, ${n(c.losses)} perdidos`
    : `${n(c.newLeads)} new, ${n(c.moves)} moved, ${n(c.wins)} won, ${n(c.losses)} lost`;
}
