import type { StageId } from '../process/stage-list';
import type { ProblemFlag } from './problems';

/**
 * One frozen list per distinct common flag, shared by every lead it fires on.
 * On 100k leads about a third are flagged, nearly all with one flag: "no
 * activity for d days in stage s" (or "next step missing in stage s"). A fresh
 * list and object for each is tens of thousands of objects the garbage
 * collector then copies; there are only a few hundred distinct ones. Flags are
 * plain data nobody edits, and freezing makes sure of that. A lead with more
 * flags gets a list of its own (see `withFlag`).
 */
export class SharedFlags {
  private readonly lists = new Map<number, readonly ProblemFlag[]>();

  private shared(key: number, make: () => ProblemFlag): ProblemFlag[] {
    let list = this.lists.get(key);
    if (list === undefined) {
      list = Object.freeze([Object.freeze(make())]);
      this.lists.set(key, list);
    }
    return list as ProblemFlag[];
  }

  noActivity(s: number, stage: StageId, days: number, limit: number): ProblemFlag[] {
    // Stage indices fit in 4 bits; keys stay small integers.
    return this.shared(days * 32 + s * 2, () => ({
      problem: 'stalled',
      rule: 'no-activity',
      stage,
      days,
      limit,
    }));
  }

  nextStepMissing(s: number, stage: StageId): ProblemFlag[] {
    return this.shared(s * 2 + 1, () => ({ problem: 'stalled', rule: 'next-step-missing', stage }));
  }
}

/** `flags` plus one more, never editing `flags` (it may be a shared list). */
export function withFlag(flags: ProblemFlag[] | undefined, flag: ProblemFlag): ProblemFlag[] {
  return flags === undefined ? [flag] : [...flags, flag];
}
