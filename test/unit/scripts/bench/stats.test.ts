import { describe, expect, it } from 'vitest';
import { formatTable, resultsJson } from '../../../../scripts/bench/report';
import { derivedRatio, resultOf } from '../../../../scripts/bench/runner';
import {
  DRIFT_LIMIT,
  driftWarning,
  exitCode,
  floorDrift,
  median,
  meets,
  pairRatios,
  spread,
  targetText,
} from '../../../../scripts/bench/stats';

describe('bench stats', () => {
  it('median and spread of odd, even and empty run lists', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
    expect(spread([30, 10, 20])).toEqual({ median: 20, min: 10, max: 30 });
  });

  it('divides each run by the floor run taken next to it', () => {
    expect(pairRatios([20, 30, 40], [10, 10, 20])).toEqual([2, 3, 2]);
    expect(pairRatios([20, 30], [10])).toEqual([2]);
  });

  it('warns when the floor moved more than 25 % within the run, not at 25 %', () => {
    expect(DRIFT_LIMIT).toBe(0.25);
    expect(floorDrift([40, 50, 45])).toBeCloseTo(0.25);
    expect(driftWarning('x', [40, 50, 45])).toBeUndefined();
    expect(driftWarning('x', [40, 52])).toMatch(/^x: the floor moved 30 %/);
    expect(floorDrift([40])).toBe(0);
    expect(driftWarning('x', [0, 1])).toBeDefined();
  });

  it('a figure meets every target it has; none means it passes', () => {
    expect(meets(undefined, { median: 1e9 })).toBe(true);
    expect(meets({ ratio: 1.5 }, { ratio: 1.5, median: 999 })).toBe(true);
    expect(meets({ ratio: 1.5 }, { ratio: 1.51, median: 1 })).toBe(false);
    expect(meets({ ratio: 1.5 }, { median: 1 })).toBe(false);
    expect(meets({ max: 200 }, { ratio: 9, median: 200 })).toBe(true);
    expect(meets({ max: 200, ratio: 2 }, { ratio: 1, median: 201 })).toBe(false);
    expect(targetText({ ratio: 3 }, 'ms')).toBe('≤ 3×');
    expect(targetText({ max: 80 }, 'KB')).toBe('≤ 80 KB');
    expect(targetText(undefined, 'ms')).toBe('—');
  });

  it('exits non-zero when any figure missed its target', () => {
    expect(exitCode([{ ok: true }, { ok: true }])).toBe(0);
    expect(exitCode([{ ok: true }, { ok: false }])).toBe(1);
    expect(exitCode([])).toBe(0);
  });
});

describe('bench results', () => {
  const def = { id: 'popup', label: 'popup ready', group: 'popup', target: { ratio: 1.5 } };
  const popup = resultOf(def, [60, 90, 66], { label: 'blank', runs: [40, 50, 60] });

  it('a result carries ratio, spread, floor, target and pass/fail', () => {
    expect(popup.ratio).toEqual({ median: 1.5, min: 1.1, max: 1.8 });
    expect(popup.value).toEqual({ median: 66, min: 60, max: 90 });
    expect(popup.ok).toBe(true);
    expect(popup.warnings).toHaveLength(1); // 40 → 60 is 50 %
    const over = resultOf(def, [100, 100, 100], { label: 'blank', runs: [50, 50, 50] });
    expect([over.ok, over.warnings]).toEqual([false, []]);
    expect(derivedRatio({ ...def, id: 'g' }, over, popup).ratio?.median).toBeCloseTo(100 / 66);
  });

  it('the JSON names every figure with ratio, target and ok, and the misses', () => {
    const over = resultOf({ ...def, id: 'slow' }, [100], { label: 'blank', runs: [10] });
    const json = JSON.parse(resultsJson([popup, over], { quick: true, runs: 3, at: 'then' }));
    expect(json).toMatchObject({ at: 'then', quick: true, ok: false, missed: ['slow'] });
    expect(json.figures[0]).toMatchObject({ id: 'popup', ok: true, target: { text: '≤ 1.5×', ratio: 1.5 } });
    expect(json.figures[1].ratio.median).toBe(10);
    expect(formatTable([popup, over])).toMatch(
      /\| popup ready +\| 1\.50× \(1\.10–1\.80\) +\| ≤ 1\.5× +\| 66\.0 ms/,
    );
  });
});
