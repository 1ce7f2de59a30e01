import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../renderer/src/i18n/createI18n';
import {
  describeFetchError,
  describeFetchWarning,
} from '../../../../renderer/src/features/monitoring/FetchProblemText';
import { languages } from '../../../../shared/domain/settings';
import { fetchErrorCodes, fetchWarningCodes } from '../../../../shared/monitoring/records';
import type { FetchErrorCode } from '../../../../shared/monitoring/records';

/** Parameters as the main process sends them with each code (see electron/main/services/monitoring). */
const errorParams: Partial<Record<FetchErrorCode, Record<string, string | number>>> = {
  timeout: { seconds: 30 },
  'connect-timeout': { seconds: 10 },
  'dns-failed': { host: 'news.example.tw' },
  'connection-refused': { host: 'news.example.tw' },
  'connection-failed': { host: 'news.example.tw' },
  'too-many-redirects': { max: 5 },
  'redirect-to-private-address': { host: '127.0.0.1' },
  'private-address': { host: '10.0.0.1' },
  'http-status': { status: 503 },
  'body-too-large': { limitMb: 10 },
  'unsupported-content-type': { contentType: 'image/png' },
  'charset-unsupported': { charset: 'x-mac-roman' },
  'charset-invalid-bytes': { charset: 'big5' },
  'malformed-xml': { line: 12, column: 4 },
  'json-mapping-failed': { path: 'data.items' },
};

const warningParams = {
  'dates-missing': { count: 2 },
  'dates-unparsed': { count: 2 },
  'kind-mismatch': { declared: 'rss', detected: 'atom' },
  'items-capped': { count: 20, limit: 1000 },
  'items-skipped': { count: 2 },
  'text-truncated': { count: 2 },
  'charset-overridden': { declared: 'utf-8', charset: 'big5' },
} as const;

describe('fetch errors and warnings in words', () => {
  it.each(languages)('explains every error and warning code in %s, with its values', (language) => {
    const t = createI18n(language).t;
    for (const code of fetchErrorCodes) {
      const text = describeFetchError({ code, params: errorParams[code] ?? {}, detail: '' }, t);
      expect(text, code).not.toMatch(/\{\{|monitoring\./u);
      for (const value of Object.values(errorParams[code] ?? {})) {
        expect(text, code).toContain(String(value));
      }
    }
    for (const code of fetchWarningCodes) {
      const text = describeFetchWarning({ code, params: warningParams[code] }, t);
      expect(text, code).not.toMatch(/\{\{|monitoring\./u);
    }
  });

  it('says the sentences the issue asks for', () => {
    const t = createI18n('en').t;
    expect(describeFetchError({ code: 'timeout', params: { seconds: 30 }, detail: '' }, t)).toBe(
      'Timed out after 30 s',
    );
    expect(describeFetchError({ code: 'html-not-feed', params: {}, detail: '' }, t)).toBe(
      'Not a feed: got an HTML page',
    );
    expect(
      describeFetchError(
        { code: 'charset-invalid-bytes', params: { charset: 'Big5' }, detail: '' },
        t,
      ),
    ).toBe('Big5 declared but the bytes are not valid Big5');
  });

  it('names feed kinds and counts items in the reader’s language', () => {
    const english = createI18n('en').t;
    expect(
      describeFetchWarning(
        { code: 'kind-mismatch', params: warningParams['kind-mismatch'] },
        english,
      ),
    ).toBe('Set up as RSS 2.0/0.9x but the feed is Atom');
    expect(describeFetchWarning({ code: 'dates-missing', params: { count: 1 } }, english)).toBe(
      '1 item had no date: its fetch time is shown instead',
    );
    expect(
      describeFetchWarning({ code: 'items-skipped', params: { count: 3 } }, createI18n('zh-TW').t),
    ).toBe('有 3 則項目無法讀取，已略過');
    expect(
      describeFetchError(
        { code: 'timeout', params: { seconds: 30 }, detail: '' },
        createI18n('zh-CN').t,
      ),
    ).toBe('超时（超过 30 秒）');
  });
});
