import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDatabase } from '../../../../../renderer/src/db/database';
import { useRoleNameOf, useTargetText } from '../../../../../renderer/src/features/sops/sopFormat';
import { createI18n } from '../../../../../renderer/src/i18n/createI18n';
import type { Language } from '../../../../../shared/domain/settings';

beforeEach(async () => {
  const db = getDatabase();
  await Promise.all(db.tables.map((table) => table.clear()));
});

/** A wrapper that renders hooks in `language`. */
function inLanguage(language: Language) {
  const i18n = createI18n(language);
  return function Wrapper({ children }: { children: ReactNode }) {
    return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
  };
}

/** The target texts of `minutes` in `language`. */
function targetTexts(language: Language, minutes: (number | null)[]): string[] {
  const { result } = renderHook(() => useTargetText(), { wrapper: inLanguage(language) });
  return minutes.map((value) => result.current(value));
}

describe('useTargetText', () => {
  it('writes minutes as days, hours and minutes after activation, leaving out zero parts', () => {
    expect(targetTexts('en', [null, 0, 1, 60, 90, 1440, 1441, 2940, 43_200])).toEqual([
      'No target time',
      'At activation',
      'within 1 min',
      'within 1 h',
      'within 1 h 30 min',
      'within 1 day',
      'within 1 day 1 min',
      'within 2 days 1 h',
      'within 30 days',
    ]);
  });

  it('uses the Chinese word order and units of each script', () => {
    expect(targetTexts('zh-TW', [60, 90, 0, null])).toEqual([
      '1 小時內',
      '1 小時 30 分鐘內',
      '啟動時立即進行',
      '未設定目標時間',
    ]);
    expect(targetTexts('zh-CN', [45, 1500])).toEqual(['45 分钟内', '1 天 1 小时内']);
  });
});

describe('useRoleNameOf', () => {
  it('names built-in roles in the UI language, says when there is no owner, and keeps unknown ids', async () => {
    const { result } = renderHook(() => useRoleNameOf(), { wrapper: inLanguage('zh-TW') });
    expect(result.current(null)).toBe('未指定負責角色');
    expect(result.current('custom-gone')).toBe('custom-gone');
    await waitFor(() => expect(result.current('spokesperson')).toBe('發言人'));
  });
});
