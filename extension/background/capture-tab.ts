import { type Candidate, CandidateSchema } from '../../shared/capture/candidate';
import type { CaptureTabResponse, LikelyMatch } from '../../shared/capture/messages';

/** Runs the capture script in a tab; injected so tests can pass a fake. */
export type InjectCapture = (tabId: number) => Promise<unknown>;

/** The stored lead a candidate updates, or else one that looks like the same person. */
export type LookupMatch = (c: Candidate) => Promise<{ existingLeadId?: string; likelyMatch?: LikelyMatch }>;

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
  const result = raw as { candidate?: unknown; errors?: { extractor: string; message: string }[] } | null;
  for (const e of result?.errors ?? [])
    console.warn(`[embudo] extractor ${e.extractor} failed: ${e.message}`);
  if (!result?.candidate) return { ok: false, reason: 'nothing-here' };
  const parsed = CandidateSchema.safeParse(result.candidate);
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
