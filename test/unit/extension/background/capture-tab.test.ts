import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { captureTab } from '../../../../extension/background/capture-tab';

const candidate = {
  kind: 'person',
  name: 'Jane Roe',
  source: 'web',
  provenance: {
    pageUrl: 'https://www.ejemplo-industrial.es/contacto',
    capturedAt: 1,
    extractor: { id: 'web-contact', version: 1 },
    confidence: {},
  },
};
const lookup = vi.fn(async () => ({}));
const run = (raw: unknown) => captureTab(5, async () => raw, lookup);

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('what the capture script returns is checked before use', () => {
  it('a result of the wrong shape is "invalid", never an exception', async () => {
    for (const raw of [
      'a string',
      42,
      { candidate, errors: 5 },
      { candidate, errors: [{ extractor: 1, message: {} }] },
      { candidate },
    ]) {
      await expect(run(raw), JSON.stringify(raw)).resolves.toMatchObject({ ok: false, reason: 'invalid' });
    }
    expect(lookup).not.toHaveBeenCalled();
  });

  it('no result (the frame went away) or no candidate is "nothing here"', async () => {
    for (const raw of [undefined, null, { candidate: null, errors: [] }]) {
      expect(await run(raw)).toEqual({ ok: false, reason: 'nothing-here' });
    }
  });

  it('extractor errors are logged cut short, and a good candidate still goes through', async () => {
    const warn = vi.mocked(console.warn);
    const res = await run({
      candidate,
      errors: [{ extractor: 'gmail-thread', message: 'x'.repeat(10_000) }],
    });
    expect(res).toMatchObject({ ok: true, candidate: { name: 'Jane Roe' } });
    expect(String(warn.mock.calls[0]?.[0]).length).toBeLessThan(400);
  });
});
