import type { Lead } from '../model/lead';
import { z } from '../zod';
import { STATUSES } from './rep-columns';

/**
 * A stored record checked for its packing (lengths agree, numbers point at
 * stages and statuses that exist): what reading trusts before unpacking.
 */
export const RepColumnsSchema = z
  .object({
    v: z.literal(1),
    owner: z.string().min(1),
    // Checked below without an object per element: thousands of them, read at every opening.
    docIds: z.custom<string[]>(Array.isArray),
    leads: z.custom<Lead[]>(Array.isArray),
    runs: z.instanceof(Uint32Array),
    at: z.instanceof(Float64Array),
    stages: z.array(z.string()),
    fromStage: z.instanceof(Int16Array),
    toStage: z.instanceof(Int16Array),
    fromStatus: z.instanceof(Int8Array),
    toStatus: z.instanceof(Int8Array),
    extras: z.array(z.tuple([z.number().int().nonnegative(), z.looseObject({})])),
  })
  .refine((c) => {
    const n = c.at.length;
    const total = c.runs.reduce((a, b) => a + b, 0);
    const inRange = (a: Int16Array | Int8Array, max: number, none: boolean) =>
      a.length === n && a.every((x) => x < max && (none ? x >= -1 : x >= 0));
    return (
      c.docIds.length === c.leads.length &&
      c.docIds.every((id) => typeof id === 'string') &&
      c.leads.every((l) => typeof (l as Lead | null)?.id === 'string') &&
      c.runs.length === c.leads.length &&
      total === n &&
      inRange(c.fromStage, c.stages.length, true) &&
      inRange(c.toStage, c.stages.length, false) &&
      inRange(c.fromStatus, STATUSES.length, true) &&
      inRange(c.toStatus, STATUSES.length, false) &&
      c.extras.every(([i]) => i < n)
    );
  }, 'the packed columns do not agree');
