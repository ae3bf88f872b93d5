import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CandidateSchema } from '../../../shared/capture/candidate';

describe('zod in the extension', () => {
  it('runs jitless once any schema is loaded, so it never probes for eval (CSP noise in Firefox)', () => {
    CandidateSchema.safeParse({ kind: 'person', name: 'Ana' });
    expect(z.config().jitless).toBe(true);
  });
});
