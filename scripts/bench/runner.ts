import { driftWarning, meets, pairRatios, type Spread, spread, type Target, targetText } from './stats';

/**
 * One figure of the bench: what it times, the floor it is divided by (the
 * cheapest thing of the same kind, timed in the same run), and its target.
 * `group` is what `--only` selects.
 */
interface FigureDef {
  id: string;
  label: string;
  group: string;
  unit?: 'ms';
  floor?: { label: string; measure: () => Promise<number> };
  measure: () => Promise<number>;
  target?: Target;
  /** Runs before the timed ones (and before each floor run's first use): compiles, opens the database. */
  warmUp?: () => Promise<unknown>;
}

export interface FigureResult {
  id: string;
  label: string;
  group: string;
  unit: 'ms' | 'KB' | 'x';
  /** Absolute figure: median, min, max of its runs. */
  value: Spread;
  runs: number[];
  floor?: { label: string; value: Spread; runs: number[] };
  /** Figure ÷ floor, pair by pair. */
  ratio?: Spread;
  target: string;
  targetSpec?: Target;
  ok: boolean;
  warnings: string[];
  note?: string;
}

/** Builds a result from runs already taken (the runner below, or figures without runs like sizes). */
export function resultOf(
  def: Pick<FigureDef, 'id' | 'label' | 'group' | 'target'> & { unit?: FigureResult['unit'] },
  runs: number[],
  floor?: { label: string; runs: number[] },
  note?: string,
): FigureResult {
  const unit = def.unit ?? 'ms';
  const value = spread(runs);
  const ratio = floor ? spread(pairRatios(runs, floor.runs)) : undefined;
  const warning = floor && driftWarning(def.id, floor.runs);
  return {
    id: def.id,
    label: def.label,
    group: def.group,
    unit,
    value,
    runs,
    floor: floor && { label: floor.label, value: spread(floor.runs), runs: floor.runs },
    ratio,
    target: targetText(def.target, unit),
    targetSpec: def.target,
    ok: meets(def.target, { ratio: ratio?.median, median: value.median }),
    warnings: warning ? [warning] : [],
    note,
  };
}

/**
 * Times a figure interleaved with its floor (floor, figure, floor, figure…),
 * so a load that comes and goes hits both alike.
 */
export async function runFigure(def: FigureDef, runs: number): Promise<FigureResult> {
  await def.warmUp?.();
  const times: number[] = [];
  const floors: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (def.floor) floors.push(await def.floor.measure());
    times.push(await def.measure());
  }
  const result = resultOf(def, times, def.floor && { label: def.floor.label, runs: floors });
  console.log(`  ${summaryLine(result)}`);
  for (const w of result.warnings) console.warn(`  warning: ${w}`);
  return result;
}

/** A figure made of two others (growth with the number of leads): their medians' ratio, no runs of its own. */
export function derivedRatio(
  def: Pick<FigureDef, 'id' | 'label' | 'group' | 'target'>,
  over: FigureResult,
  under: FigureResult,
): FigureResult {
  const ratio = over.value.median / under.value.median;
  const r = { median: ratio, min: ratio, max: ratio };
  return {
    id: def.id,
    label: def.label,
    group: def.group,
    unit: 'x',
    value: r,
    runs: [],
    ratio: r,
    target: targetText(def.target, 'x'),
    targetSpec: def.target,
    ok: meets(def.target, { ratio, median: ratio }),
    warnings: [],
  };
}

function summaryLine(f: FigureResult): string {
  const ratio = f.ratio ? `${f.ratio.median.toFixed(2)}× ` : '';
  return `${f.label}: ${ratio}${f.value.median.toFixed(1)} ${f.unit} (${f.target}) ${f.ok ? 'ok' : 'MISSED'}`;
}
