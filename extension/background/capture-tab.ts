import { type Candidate, CandidateSchema } from '../../shared/capture/candidate';
import type { CaptureTabResponse, LikelyMatch } from '../../shared/capture/messages';
import { z } from '../../shared/zod';

/** Runs the capture script in a tab; injected so tests can pass a fake. */
export type InjectCapture = (tabId: number) => Promise<unknown>;

/** The stored lead a candidate updates, or else one that looks like the same person. */
type LookupMatch = (c: Candidate) => Promise<{ existingLeadId?: string; likelyMatch?: LikelyMatch }>;

/** What capture.js returns (extractPage's result); the candidate is checked on its own below. */
const CaptureResultSchema = z.object({
  candidate: z.unknown(),
  errors: z.array(z.object({ extractor: z.string(), message: z.string() })).max(50),
});

const NO_ACCESS = /cannot access|cannot be scripted|missing host permission|chrome:\/\/|extensions gallery/i;

/**
 * Reads the prospect on a tab. Whatever the page returns is untrusted: it is
 * validated with the candidate schema, and a page the extractors do not
 * understand yields "nothing here", never an exception.
 */
export async function captureTab(
  tabId: number,
  inject: InjectCapture,
  lookupMatch: LookupMatch,
): Promise<CaptureTabResponse> {
  let raw: unknown;
  try {
    raw = await inject(tabId);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, reason: NO_ACCESS.test(message) ? 'no-access' : 'error', detail: message };
  }
  // No result at all: the frame went away or never ran the script.
  if (raw === null || raw === undefined) return { ok: false, reason: 'nothing-here' };
  const result = CaptureResultSchema.safeParse(raw);
  if (!result.success)
    return { ok: false, reason: 'invalid', detail: 'the capture script returned no result' };
  // Messages can quote page text: logged, cut short, never shown.
  for (const e of result.data.errors)
    console.warn(`[embudo] extractor ${e.extractor.slice(0, 60)} failed: ${e.message.slice(0, 300)}`);
  if (!result.data.candidate) return { ok: false, reason: 'nothing-here' };
  const parsed = CandidateSchema.safeParse(result.data.candidate);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.')}: ${i.message}`)
      .join('; ');
    console.warn(`[embudo] capture rejected: ${detail}`);
    return { ok: false, reason: 'invalid', detail };
  }
  return { ok: true, candidate: parsed.data, ...(await lookupMatch(parsed.data)) };
}
