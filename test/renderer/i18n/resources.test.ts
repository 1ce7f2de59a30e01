import { describe, expect, it } from 'vitest';
import { resources } from '../../../renderer/src/i18n/createI18n';
import { createI18n } from '../../../renderer/src/i18n/createI18n';
import { languages } from '../../../shared/domain/settings';
import { ipcErrorCodes } from '../../../shared/ipc/result';

/** Every leaf of a message tree as `[dot.path, value]`, failing on anything but strings. */
function flatten(tree: unknown, prefix = ''): [string, string][] {
  if (typeof tree !== 'object' || tree === null) {
    throw new TypeError(`Expected an object at "${prefix}"`);
  }
  return Object.entries(tree).flatMap(([key, value]): [string, string][] => {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') {
      return [[path, value]];
    }
    if (typeof value === 'object' && value !== null) {
      return flatten(value, path);
    }
    throw new TypeError(`"${path}" is neither text nor a group of messages`);
  });
}

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\{\s*([\w.]+)\s*\}\}/gu)].map((match) => match[1] ?? '').sort();
}

/** The plural form a key is for (`count_one` → `one`), or undefined for an ordinary key. */
function pluralForm(key: string): string | undefined {
  return /_(zero|one|two|few|many|other)$/u.exec(key)?.[1];
}

/**
 * The English keys a language must have: all of them, except the plural forms the language does
 * not use (Chinese has only `other`, so it has no `_one`). `_zero` and `_other` are always kept.
 */
function expectedKeys(language: string): string[] {
  const categories = new Set<string>(
    new Intl.PluralRules(language).resolvedOptions().pluralCategories,
  );
  return [...english.keys()].filter((key) => {
    const form = pluralForm(key);
    return form === undefined || form === 'zero' || form === 'other' || categories.has(form);
  });
}

const flattened = Object.fromEntries(
  languages.map((language) => [language, new Map(flatten(resources[language].translation))]),
);
const english = flattened['en'] ?? new Map<string, string>();

describe('translations', () => {
  it.each(languages)('%s has exactly the English keys', (language) => {
    const keys = [...(flattened[language]?.keys() ?? [])].sort();
    expect(keys).toEqual(expectedKeys(language).sort());
    expect(keys.length).toBeGreaterThan(100);
  });

  it.each(languages)('%s has no empty message', (language) => {
    const empty = [...(flattened[language] ?? [])].filter(([, value]) => value.trim() === '');
    expect(empty).toEqual([]);
  });

  it.each(languages)(
    '%s uses the same {{placeholders}} as English in every message',
    (language) => {
      const mismatched = expectedKeys(language).filter(
        (key) =>
          placeholders(english.get(key) ?? '').join() !==
          placeholders(flattened[language]?.get(key) ?? '').join(),
      );
      expect(mismatched.map(([key]) => key)).toEqual([]);
    },
  );

  it('explains every IPC and storage error code in every language', () => {
    const codes = [...ipcErrorCodes, 'storage-full', 'invalid-value', 'write-failed'];
    for (const language of languages) {
      const missing = codes.filter((code) => !flattened[language]?.has(`errors.${code}`));
      expect(missing, language).toEqual([]);
    }
  });

  it('writes Chinese in the right script for each region', () => {
    const traditional = flattened['zh-TW'] ?? new Map<string, string>();
    const simplified = flattened['zh-CN'] ?? new Map<string, string>();
    expect(traditional.get('areas.settings.title')).toBe('設定');
    expect(simplified.get('areas.settings.title')).toBe('设置');
    // Characters that exist only in the other script give away a copy left untranslated.
    const simplifiedOnly = /[设数据风险资报监测练仪录删]/u;
    const traditionalOnly = /[設數據風險資報監測練儀錄刪]/u;
    expect([...traditional].filter(([, text]) => simplifiedOnly.test(text))).toEqual([]);
    expect([...simplified].filter(([, text]) => traditionalOnly.test(text))).toEqual([]);
  });

  it('picks the plural form each language has', () => {
    const inEnglish = createI18n('en');
    expect(inEnglish.t('palette.resultCount', { count: 1 })).toBe('1 command available.');
    expect(inEnglish.t('palette.resultCount', { count: 0 })).toBe('0 commands available.');
    expect(inEnglish.t('palette.resultCount', { count: 17 })).toBe('17 commands available.');
    expect(createI18n('zh-TW').t('palette.resultCount', { count: 1 })).toBe('共有 1 個命令可用。');
    expect(createI18n('zh-CN').t('palette.resultCount', { count: 2 })).toBe('共有 2 个命令可用。');
  });

  it('interpolates and falls back to nothing: each language answers in itself', () => {
    expect(createI18n('en').t('commands.goTo', { area: 'Risks' })).toBe('Go to Risks');
    expect(createI18n('zh-TW').t('commands.goTo', { area: '風險' })).toBe('前往風險');
    expect(createI18n('zh-CN').t('errors.offline')).toBe('当前没有网络连接，请在恢复联网后重试。');
  });
});
