import { describe, expect, it } from 'vitest';
import { captureMessage, NOTIFICATION_MAX } from '../../../../extension/background/feedback';

// Message keys stand in for the translations: what is said, not how.
const t = (key: string, ...subs: string[]) => [key, ...subs].join(':');

describe('the notification after a capture without the popup', () => {
  it('says when the rep’s values were kept and when a LinkedIn link was not used', () => {
    const base = { ok: true as const, leadId: 'a', name: 'Jane' };
    expect(captureMessage({ ...base, created: true }, t)).toBe('notifySavedNew:Jane');
    expect(captureMessage({ ...base, created: false, kept: ['name'] }, t)).toBe(
      'notifySavedUpdate:Jane notifyKeptValues',
    );
    expect(captureMessage({ ...base, created: true, linkedinSkipped: true }, t)).toBe(
      'notifySavedNew:Jane notifyLinkedinSkipped',
    );
  });

  it('is cut to a few lines whatever the page made the reason say', () => {
    const text = captureMessage({ ok: false, reason: 'invalid', detail: 'y'.repeat(50_000) }, t);
    expect(text.length).toBe(NOTIFICATION_MAX);
    expect(text.startsWith('captureFailed:yyy')).toBe(true);
    expect(captureMessage({ ok: false, reason: 'nothing-here' }, t)).toBe('nothingToCapture');
  });
});
