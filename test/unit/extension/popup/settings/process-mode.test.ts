import { describe, expect, it } from 'vitest';
import { processMode } from '../../../../../extension/popup/settings/process-mode';

describe('whose process Settings edits', () => {
  const team = { owner: 'lia', updatedAt: 1, waiting: false };
  it('the rep’s own without sync, or while the team has none; read-only under the team’s; a lead’s sets it', () => {
    expect(processMode(false, { failures: 0, lead: true }, team)).toBe('own');
    expect(processMode(true, { failures: 0 }, undefined)).toBe('own');
    expect(processMode(true, { failures: 0 }, team)).toBe('team');
    expect(processMode(true, { failures: 0, lead: false }, team)).toBe('team');
    expect(processMode(true, { failures: 0, lead: true }, undefined)).toBe('lead');
    expect(processMode(true, { failures: 0, lead: true }, team)).toBe('lead');
  });
});
