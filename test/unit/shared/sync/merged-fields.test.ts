import { describe, expect, it } from 'vitest';
import { LeadSchema } from '../../../../shared/model/lead';
import { MERGED_FIELDS } from '../../../../shared/sync/merged-fields';

describe('merged lead fields', () => {
  it('are every lead field but bookkeeping, the stage history’s and the local-only private flag', () => {
    const apart = ['id', 'createdAt', 'updatedAt', 'changes', 'stage', 'status', 'stageChangedAt', 'private'];
    const expected = LeadSchema.keyof().options.filter((k) => !apart.includes(k));
    expect([...MERGED_FIELDS].sort()).toEqual([...expected].sort());
  });
});
