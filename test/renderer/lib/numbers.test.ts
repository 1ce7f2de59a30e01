import { describe, expect, it } from 'vitest';
import { formatBytes, formatPercent } from '../../../renderer/src/lib/numbers';

describe('numbers', () => {
  it('formats byte counts in the largest fitting unit', () => {
    expect(formatBytes(0, 'en')).toBe('0 byte');
    expect(formatBytes(999, 'en')).toBe('999 byte');
    expect(formatBytes(1_500, 'en')).toBe('1.5 kB');
    expect(formatBytes(2_345_678_901, 'en')).toBe('2.3 GB');
    expect(formatBytes(2_345_678_901, 'zh-TW')).toMatch(/^2\.3\s?GB$/u);
  });

  it('formats percentages', () => {
    expect(formatPercent(40, 'en')).toBe('40%');
    expect(formatPercent(99.6, 'zh-CN')).toBe('100%');
  });
});
