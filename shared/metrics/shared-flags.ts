import type { StageId } from '../process/stage-list';
import { stagesInMask } from './lead-histories';
import type { ProblemFlag } from './problems';

type Flags = readonly ProblemFlag[];

/**
 * One frozen list per distinct flag, and per distinct combination of flags,
 * shared by every lead it fires on. On 100k leads about a third are flagged,
 * half of them with two flags or more ("no activity for 40 days in Decision"
 * and "next step due 2026-11-02"), yet there are only a few thousand distinct
 * lists. A fresh list and object for each lead were ~5 MB per analysis that
 * the result kept alive, so the garbage collector copied them and then swept
 * them at the next analysis. Flags are plain data nobody edits; freezing makes
 * sure of that. Keys are per stage, then by the flag's own value.
 */
export class SharedFlags {
  private readonly byStage: Map<unknown, Flags>[] = [];
  /** A list with one more flag, by the list it extends and then the flag (both shared). */
  private readonly longer = new Map<Flags, Map<ProblemFlag, Flags>>();

  /**
   * The list for this stage and key, made from `flag` the first time. Callers pass
   * `this.found(s, key) ?? this.keep(s, key, {…})`, so the flag object is only built
   * when the list is new: a closure per call would be one more allocation per lead.
   */
  private found(s: number, key: unknown): Flags | undefined {
    return this.byStage[s]?.get(key);
  }

  private keep(s: number, key: unknown, flag: ProblemFlag): Flags {
    let lists = this.byStage[s];
    if (lists === undefined) {
      lists = new Map();
      this.byStage[s] = lists;
    }
    const list = Object.freeze([Object.freeze(flag)]);
    lists.set(key, list);
    return list;
  }

  // Keys never collide across kinds: whole days are ≥ 0, next-step-missing is -1, skip masks
  // (5 bits) -2 to -33, quality (1–5) -1001 to -1005, and due dates are strings.
  noActivity(s: number, stage: StageId, days: number, limit: number): Flags {
    return (
      this.found(s, days) ??
      this.keep(s, days, { problem: 'stalled', rule: 'no-activity', stage, days, limit })
    );
  }

  nextStepMissing(s: number, stage: StageId): Flags {
    return this.found(s, -1) ?? this.keep(s, -1, { problem: 'stalled', rule: 'next-step-missing', stage });
  }

  /** `due` is an ISO date (yyyy-mm-dd), never a number. */
  nextStepOverdue(s: number, stage: StageId, due: string): Flags {
    return (
      this.found(s, due) ?? this.keep(s, due, { problem: 'stalled', rule: 'next-step-overdue', stage, due })
    );
  }

  skipped(s: number, stage: StageId, mask: number): Flags {
    const key = -2 - mask;
    return (
      this.found(s, key) ??
      this.keep(s, key, {
        problem: 'skipped-stages',
        rule: 'skipped',
        stage,
        stages: Object.freeze(stagesInMask(mask)) as StageId[],
      })
    );
  }

  lowQuality(s: number, stage: StageId, quality: number): Flags {
    const key = -1000 - quality;
    return (
      this.found(s, key) ??
      this.keep(s, key, { problem: 'low-quality', rule: 'low-quality-late', stage, quality })
    );
  }

  /** `flags` followed by `one`'s flag, shared like the lists it joins. */
  join(flags: Flags | undefined, one: Flags): Flags {
    if (flags === undefined) return one;
    const flag = one[0] as ProblemFlag;
    let next = this.longer.get(flags);
    if (next === undefined) {
      next = new Map();
      this.longer.set(flags, next);
    }
    let list = next.get(flag);
    if (list === undefined) {
      list = Object.freeze([...flags, flag]);
      next.set(flag, list);
    }
    return list;
  }
}
