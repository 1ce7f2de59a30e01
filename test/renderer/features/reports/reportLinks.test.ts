import { describe, expect, it } from 'vitest';
import { reportTextParts } from '../../../../renderer/src/features/reports/page/reportLinks';
import {
  reportFileName,
  reportTimeZones,
} from '../../../../renderer/src/features/reports/page/reportFiles';

describe('report text links', () => {
  it('makes http, https and mailto addresses links and keeps the text around them', () => {
    expect(reportTextParts('見 https://example.com/a?b=1 或寫信 mailto:pr@example.com 。')).toEqual(
      [
        { kind: 'text', text: '見 ' },
        { kind: 'link', text: 'https://example.com/a?b=1', url: 'https://example.com/a?b=1' },
        { kind: 'text', text: ' 或寫信 ' },
        { kind: 'link', text: 'mailto:pr@example.com', url: 'mailto:pr@example.com' },
        { kind: 'text', text: ' 。' },
      ],
    );
  });

  it('links a bare email address as mailto', () => {
    expect(reportTextParts('pr@example.com')).toEqual([
      { kind: 'link', text: 'pr@example.com', url: 'mailto:pr@example.com' },
    ]);
  });

  it('leaves every other scheme, protocol-relative and schemeless addresses as text', () => {
    for (const text of [
      'javascript:alert(1)',
      'ftp://files.example.com/x',
      '//evil.example/x',
      'file:///etc/passwd',
      'data:text/html,<b>x</b>',
      'example.com',
      '資料.tw',
      'www.example.com',
      '請見 example.com 與 資料.tw',
    ]) {
      expect(reportTextParts(text)).toEqual([{ kind: 'text', text }]);
    }
  });

  it('links a written address next to schemeless ones, which stay text', () => {
    expect(reportTextParts('example.com 資料.tw https://example.com')).toEqual([
      { kind: 'text', text: 'example.com 資料.tw ' },
      { kind: 'link', text: 'https://example.com', url: 'https://example.com' },
    ]);
  });

  it('gives nothing for empty text', () => {
    expect(reportTextParts('')).toEqual([]);
  });
});

describe('report files', () => {
  it('names files by reference, content, language and variant', () => {
    expect(reportFileName('INC-0007', 'markdown', 'zh-TW', 'external')).toBe(
      'INC-0007-incident-report-zh-TW-external.md',
    );
    expect(reportFileName('INC-0007', 'pdf', 'en', 'internal')).toBe(
      'INC-0007-incident-report-en-internal.pdf',
    );
    expect(reportFileName('INC-0007', 'timeline-csv', 'zh-CN', 'internal')).toBe(
      'INC-0007-timeline-zh-CN-internal.csv',
    );
    expect(reportFileName('INC-0007', 'action-items-csv', 'en', 'external')).toBe(
      'INC-0007-action-items-en-external.csv',
    );
  });

  it('offers the device zone first and never twice', () => {
    const zones = reportTimeZones('Asia/Taipei');
    expect(zones[0]).toBe('Asia/Taipei');
    expect(zones.filter((zone) => zone === 'Asia/Taipei')).toHaveLength(1);
    expect(zones).toEqual(expect.arrayContaining(['Asia/Shanghai', 'Asia/Hong_Kong', 'UTC']));
    expect(reportTimeZones('Europe/Paris')[0]).toBe('Europe/Paris');
  });
});
