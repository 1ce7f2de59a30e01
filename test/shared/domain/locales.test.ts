import { describe, expect, it } from 'vitest';
import { pickLanguage } from '../../../shared/domain/locales';

describe('pickLanguage', () => {
  it.each([
    ['zh-TW', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh-MO', 'zh-TW'],
    ['zh-Hant', 'zh-TW'],
    ['zh-Hant-TW', 'zh-TW'],
    ['zh-Hant-CN', 'zh-TW'],
    ['zh_TW', 'zh-TW'],
    ['ZH-tw', 'zh-TW'],
    ['zh-CN', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-Hans-HK', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
  ] as const)('maps %s to %s', (tag, expected) => {
    expect(pickLanguage([tag])).toBe(expected);
  });

  it('takes the first preferred tag the app has a translation for', () => {
    expect(pickLanguage(['fr-FR', 'zh-HK', 'en-US'])).toBe('zh-TW');
    expect(pickLanguage(['de', 'en-AU', 'zh-TW'])).toBe('en');
    expect(pickLanguage(['ja', 'zh-Hans-CN', 'zh-TW'])).toBe('zh-CN');
  });

  it('skips tags that only look like a match', () => {
    expect(pickLanguage(['eng', 'zhx', 'zh-Hant'])).toBe('zh-TW');
    expect(pickLanguage(['zh-XX', 'zh-SG'])).toBe('zh-CN');
  });

  it('falls back to English when nothing matches', () => {
    expect(pickLanguage(['fr', 'ja-JP'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
    expect(pickLanguage([''])).toBe('en');
  });
});
