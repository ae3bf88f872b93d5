import { describe, expect, it } from 'vitest';
import { chipKeyTarget } from '../../../../../extension/popup/ui/chip-picker';

describe('chip picker keys', () => {
  it('arrows move round the group, Home and End jump, other keys are left alone', () => {
    expect(chipKeyTarget('ArrowRight', 0, 3)).toBe(1);
    expect(chipKeyTarget('ArrowDown', 2, 3)).toBe(0);
    expect(chipKeyTarget('ArrowLeft', 0, 3)).toBe(2);
    expect(chipKeyTarget('ArrowUp', 1, 3)).toBe(0);
    expect(chipKeyTarget('Home', 2, 3)).toBe(0);
    expect(chipKeyTarget('End', 0, 3)).toBe(2);
    expect(chipKeyTarget(' ', 1, 3)).toBeNull();
    expect(chipKeyTarget('Enter', 1, 3)).toBeNull();
  });
});
