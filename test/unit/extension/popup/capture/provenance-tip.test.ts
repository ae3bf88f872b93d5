import { describe, expect, it } from 'vitest';
import { confidenceLevel } from '../../../../../extension/popup/capture/provenance-tip';

describe('confidenceLevel: only a low one is shown as a warning', () => {
  it('sorts an extractor’s confidence into three words', () => {
    expect(confidenceLevel(1)).toBe('high');
    expect(confidenceLevel(0.9)).toBe('high');
    expect(confidenceLevel(0.7)).toBe('medium');
    expect(confidenceLevel(0.6)).toBe('medium');
    expect(confidenceLevel(0.5)).toBe('low');
    expect(confidenceLevel(undefined)).toBe('low');
  });
});
