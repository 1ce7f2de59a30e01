import { describe, expect, it } from 'vitest';
import { dateLocaleFor, formatDateTime, formatRelative } from '../../../renderer/src/lib/dates';

const moment = new Date(2026, 10, 22, 15, 4);

describe('dates', () => {
  it('picks the date-fns locale of each language', () => {
    expect(dateLocaleFor('en').code).toBe('en-US');
    expect(dateLocaleFor('zh-TW').code).toBe('zh-TW');
    expect(dateLocaleFor('zh-CN').code).toBe('zh-CN');
  });

  it('formats a date and time in each language', () => {
    expect(formatDateTime(moment, 'en')).toBe('Nov 22, 2026, 3:04 PM');
    expect(formatDateTime(moment, 'zh-TW')).toBe('2026年11月22日 下午 3:04');
    expect(formatDateTime(moment, 'zh-CN')).toBe('2026年11月22日 下午 3:04');
    expect(formatDateTime(moment.toISOString(), 'en')).toBe('Nov 22, 2026, 3:04 PM');
  });

  it('says how long ago a moment was in each language', () => {
    const later = new Date(moment.getTime() + 5 * 60 * 1000);
    expect(formatRelative(moment, 'en', later)).toBe('5 minutes ago');
    expect(formatRelative(moment, 'zh-TW', later)).toBe('5 分鐘前');
    expect(formatRelative(moment, 'zh-CN', later)).toBe('5 分钟前');
  });
});
