import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import {
  dueReadings,
  formatCountdown,
  formatDurationWords,
} from '../../../../../renderer/src/features/incidents/time/clockFormat';
import { useDueText } from '../../../../../renderer/src/features/incidents/time/useDueText';
import { createI18n } from '../../../../../renderer/src/i18n/createI18n';
import type { Language } from '../../../../../shared/domain/settings';

const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;

/** `useDueText` in `language`, with zones given explicitly so no assertion depends on this machine's. */
function dueTextIn(language: Language) {
  const i18n = createI18n(language);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
  );
  return renderHook(() => useDueText(), { wrapper }).result.current;
}

describe('clock formatting', () => {
  it('writes countdowns as minutes and seconds, hours only when there are some', () => {
    expect(formatCountdown(42 * minute + 10 * second + 999)).toBe('42:10');
    expect(formatCountdown(-(12 * minute + 5 * second))).toBe('12:05');
    expect(formatCountdown(3 * hour + 2 * minute + 1 * second)).toBe('3:02:01');
    expect(formatCountdown(26 * hour)).toBe('26:00:00');
    expect(formatCountdown(0)).toBe('00:00');
  });

  it('writes lengths of time in words, truncated, in each language', () => {
    expect(formatDurationWords(42 * second, 'en')).toBe('42 seconds');
    expect(formatDurationWords(0, 'en')).toBe('0 seconds');
    expect(formatDurationWords(-(12 * minute + 59 * second), 'en')).toBe('12 minutes');
    expect(formatDurationWords(hour + 5 * minute, 'en')).toBe('1 hour 5 minutes');
    expect(formatDurationWords(51 * hour + 30 * minute, 'en')).toBe('2 days 3 hours');
    expect(formatDurationWords(hour + 5 * minute, 'zh-TW')).toBe('1 小時 5 分鐘');
    expect(formatDurationWords(hour + 5 * minute, 'zh-CN')).toBe('1 小时 5 分钟');
  });

  it('reads a London deadline on Taipei clocks as the next day', () => {
    // 18:00 GMT on 22 November is 02:00 on the 23rd in Taipei (UTC+8).
    const at = Date.UTC(2026, 10, 22, 18, 0);
    expect(dueReadings(at, 'Europe/London', 'Asia/Taipei')).toEqual({
      given: { isoDate: '2026-11-22', time: '18:00', timeZone: 'Europe/London' },
      device: { isoDate: '2026-11-23', time: '02:00', timeZone: 'Asia/Taipei', dayOffset: 1 },
    });
    expect(dueReadings(at, 'Asia/Taipei', 'Asia/Taipei').device).toBeNull();
    // 09:00 in Taipei on the 23rd is still the 22nd in New York.
    expect(
      dueReadings(Date.UTC(2026, 10, 23, 1, 0), 'Asia/Taipei', 'America/New_York').device,
    ).toMatchObject({ time: '20:00', dayOffset: -1 });
  });

  it('says the due time in both zones, in words', () => {
    const at = Date.UTC(2026, 10, 22, 18, 0);
    expect(dueTextIn('en')(at, 'Europe/London', 'Asia/Taipei')).toBe(
      'Due Nov 22, 2026, 18:00 Europe/London = 02:00 the next day your time (Asia/Taipei)',
    );
    expect(dueTextIn('en')(at, 'Europe/London', 'Europe/Paris')).toBe(
      'Due Nov 22, 2026, 18:00 Europe/London = 19:00 your time (Europe/Paris)',
    );
    expect(dueTextIn('en')(at, 'Europe/London', 'Europe/London')).toBe(
      'Due Nov 22, 2026, 18:00 Europe/London (your time zone)',
    );
    // UTC+14 and UTC−11 are 25 hours apart: just after midnight in one is two days back in the other.
    expect(
      dueTextIn('en')(Date.UTC(2026, 10, 22, 10, 30), 'Pacific/Kiritimati', 'Pacific/Pago_Pago'),
    ).toBe(
      'Due Nov 23, 2026, 00:30 Pacific/Kiritimati = Nov 21, 2026, 23:30 your time (Pacific/Pago_Pago)',
    );
    expect(dueTextIn('zh-TW')(at, 'Europe/London', 'Asia/Taipei')).toBe(
      '期限 2026年11月22日 18:00 Europe/London＝您的時間隔天 02:00（Asia/Taipei）',
    );
  });
});
