import type { Candidate } from '../../shared/capture/candidate';
import { normalizeEmail } from '../../shared/capture/normalize';
import { clean } from './dom-helpers';

/**
 * Turns what an extractor found into a `Candidate` that always passes
 * `CandidateSchema` (zod stays out of the injected script, so the limits are
 * mirrored here): text is folded and cut to the schema's lengths, e-mails and
 * links that would fail validation are dropped, and no name means no candidate.
 */

type TextField = 'name' | 'headline' | 'company' | 'location' | 'subject' | 'industry';
type UrlField = 'linkedinUrl' | 'website' | 'avatarUrl' | 'threadUrl';
export type Field = TextField | UrlField | 'email';

/** A value with how sure the extractor is of it: 1 = structured data, ~0.6 = visible-text guess. */
export type Found = readonly [value: string | undefined | null, confidence: number];

const MAX_LEN: Record<TextField, number> = {
  name: 200,
  headline: 300,
  company: 200,
  location: 200,
  subject: 300,
  industry: 200,
};
const URL_FIELDS: readonly string[] = ['linkedinUrl', 'website', 'avatarUrl', 'threadUrl'];

/** Same pattern as zod 4's `z.email()`, so a kept address is one the background accepts. */
const EMAIL =
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

export function validEmail(raw: string | null | undefined): string | undefined {
  const e = normalizeEmail(raw);
  return e && e.length <= 254 && EMAIL.test(e) ? e : undefined;
}

/** An absolute http(s) URL of at most 2048 characters, or undefined. */
export function httpUrl(raw: string | null | undefined, base?: string): string | undefined {
  if (!raw) return undefined;
  try {
    const u = new URL(raw.trim(), base);
    return /^https?:$/.test(u.protocol) && u.href.length <= 2048 ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function cut(v: string, max: number): string {
  return v.length > max ? v.slice(0, max).trim() : v;
}

interface BuildInput {
  extractor: { id: string; version: number };
  url: URL;
  kind: Candidate['kind'];
  source: Candidate['source'];
  fields: Partial<Record<Field, Found>>;
}

export function buildCandidate({ extractor, url, kind, source, fields }: BuildInput): Candidate | null {
  // The page URL is stored as provenance: a page that is not http(s) has nothing we keep.
  const pageUrl = httpUrl(url.href) ?? httpUrl(url.origin + url.pathname);
  if (!pageUrl) return null;
  const out: Record<string, string> = {};
  const confidence: Record<string, number> = {};
  for (const [field, found] of Object.entries(fields) as [Field, Found][]) {
    if (!found) continue;
    const [raw, conf] = found;
    let v: string | undefined;
    if (field === 'email') v = validEmail(raw);
    else if (URL_FIELDS.includes(field)) v = httpUrl(raw);
    else v = cut(clean(raw), MAX_LEN[field as TextField]) || undefined;
    if (!v) continue;
    out[field] = v;
    confidence[field] = Math.min(1, Math.max(0, Number.isFinite(conf) ? conf : 0));
  }
  if (!out.name) return null;
  return {
    kind,
    source,
    ...out,
    name: out.name,
    provenance: { pageUrl, capturedAt: Date.now(), extractor, confidence },
  };
}
