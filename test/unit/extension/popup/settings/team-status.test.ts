import { describe, expect, it } from 'vitest';
import { statusLines } from '../../../../../extension/popup/settings/team-status';

describe('Settings → Team status lines', () => {
  it('a refused process has its own line; other refusals keep the general one', () => {
    const refused = (ids: string[]) =>
      statusLines({ failures: 1, error: { kind: 'forbidden', detail: '', at: 0, ids } }, true, 0, 0)[0]?.key;
    expect(refused(['process'])).toBe('syncErrorProcessRefused');
    expect(refused(['lead:x'])).toBe('syncErrorForbidden');
  });
});
