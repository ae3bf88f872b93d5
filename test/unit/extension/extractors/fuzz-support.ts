import fc from 'fast-check';
import { expect } from 'vitest';
import { EXTRACTORS, extractPage } from '../../../../extension/extractors/registry';
import { CandidateSchema } from '../../../../shared/capture/candidate';

/**
 * Pages change under us: extractors must never throw, and whatever they return
 * must pass the schema the background validates with. Shared by the two fuzz
 * files: real fixtures damaged at random (extractor-fuzz-damaged.test.ts) and
 * random pages built from what the extractors look for (extractor-fuzz-random.test.ts).
 * Each property runs a fixed number of cases (a count, never a time budget), in
 * two files so Vitest can run them side by side.
 */

/** Every extractor on the page, whether or not its URL matches: none may throw. */
export function checkAll(doc: Document, href: string) {
  const { candidate, errors } = extractPage(doc, href);
  expect(errors).toEqual([]);
  if (candidate) CandidateSchema.parse(candidate);
  const url = new URL(href);
  for (const ex of EXTRACTORS) {
    const c = ex.extract(doc, url);
    if (c) CandidateSchema.parse(c);
  }
}

export const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.constantFrom(
    '',
    ' ',
    'javascript:alert(1)',
    'mailto:',
    'mailto:?subject=x',
    'Current company: . Click to skip',
    'From: <>',
    '{"@type":"Person","name":',
    'a'.repeat(5000),
    'x@y',
    '/in/',
    'http://[',
  ),
  fc.emailAddress(),
  fc.webUrl(),
);
