import { describe, expect, it } from 'vitest';
import {
  canRelease,
  fillTemplate,
  parsePlaceholders,
  placeholderNames,
  statementTemplateSchema,
} from '../../../../shared/domain/sops/statementTemplates';
import type {
  PlaceholderContext,
  StatementTemplate,
} from '../../../../shared/domain/sops/statementTemplates';

/** A valid English holding statement for customers; `overrides` replace fields. */
function template(overrides: Partial<StatementTemplate> = {}): StatementTemplate {
  return {
    id: 'tpl-holding-en',
    crisisTypeId: 'data-breach',
    stage: 'holding',
    audience: 'customers',
    language: 'en',
    title: 'Holding statement',
    body: '{{company}} is looking into {{incidentTitle}}. Next update: {{nextUpdateAt}}.',
    requiredPlaceholders: [],
    needsLegalApproval: false,
    needsSpokespersonApproval: false,
    ...overrides,
  };
}

const context: PlaceholderContext = {
  company: 'Acme',
  product: 'Acme Pay',
  incidentTitle: 'a service outage',
  detectedAt: '09:00',
  whatWeKnow: 'Payments fail for some users.',
  whatWeAreDoing: 'Engineers are restoring service.',
  nextUpdateAt: '11:00',
  spokesperson: 'Mei Lin',
};

describe('placeholderNames', () => {
  it('are the issue’s eight placeholders', () => {
    expect(placeholderNames).toEqual([
      'company',
      'product',
      'incidentTitle',
      'detectedAt',
      'whatWeKnow',
      'whatWeAreDoing',
      'nextUpdateAt',
      'spokesperson',
    ]);
  });
});

describe('parsePlaceholders', () => {
  it('finds names with their spans, tolerating spaces inside the braces', () => {
    const body = 'Hi {{company}} and {{ product }}!';
    expect(parsePlaceholders(body)).toEqual({
      names: ['company', 'product'],
      occurrences: [
        { name: 'company', start: 3, end: 14 },
        { name: 'product', start: 19, end: 32 },
      ],
      issues: [],
    });
  });

  it('lists a repeated name once, in order of first use, but keeps every occurrence', () => {
    const parsed = parsePlaceholders('{{product}} by {{company}}; {{ product }} again');
    expect(parsed.names).toEqual(['product', 'company']);
    expect(parsed.occurrences.map(({ name }) => name)).toEqual(['product', 'company', 'product']);
  });

  it('reports names it does not know among the names, for the caller to judge', () => {
    expect(parsePlaceholders('{{ceo}} and {{公司}}').names).toEqual(['ceo', '公司']);
  });

  it('reports an opening without a closing at its offset, and still reads what follows', () => {
    expect(parsePlaceholders('Dear {{company, hello {{product}}')).toEqual({
      names: ['product'],
      occurrences: [{ name: 'product', start: 22, end: 33 }],
      issues: [{ code: 'unclosed-placeholder', offset: 5 }],
    });
  });

  it('does not let a placeholder run across a line break', () => {
    expect(parsePlaceholders('{{company\n}} x').issues).toEqual([
      { code: 'unclosed-placeholder', offset: 0 },
      { code: 'unopened-placeholder', offset: 10 },
    ]);
  });

  it('reports a closing without an opening, as in {company}}', () => {
    expect(parsePlaceholders('Dear {company}}')).toEqual({
      names: [],
      occurrences: [],
      issues: [{ code: 'unopened-placeholder', offset: 13 }],
    });
  });

  it('reports empty braces and braces inside a name', () => {
    expect(parsePlaceholders('{{}} {{   }} {{{company}}}').issues).toEqual([
      { code: 'empty-placeholder', offset: 0 },
      { code: 'empty-placeholder', offset: 5 },
      { code: 'invalid-placeholder-name', offset: 13 },
    ]);
  });

  it('reports a name longer than 100 characters as invalid', () => {
    expect(parsePlaceholders(`{{${'a'.repeat(101)}}}`).issues).toEqual([
      { code: 'invalid-placeholder-name', offset: 0 },
    ]);
  });

  it('leaves single braces alone', () => {
    expect(parsePlaceholders('Use {braces} freely { or }')).toEqual({
      names: [],
      occurrences: [],
      issues: [],
    });
  });

  it('reads 100,000 characters of hostile text in linear time', () => {
    const hostile = [
      '{{'.repeat(50_000),
      '{{ a'.repeat(25_000),
      '}}'.repeat(50_000),
      '{'.repeat(100_000),
      `{{${' '.repeat(99_996)}}}`,
      `{{company}}${'x'.repeat(99_989)}`,
    ];
    const started = performance.now();
    for (const text of hostile) {
      expect(text.length).toBe(100_000);
      parsePlaceholders(text);
    }
    expect(parsePlaceholders('{{ a'.repeat(25_000)).issues).toHaveLength(25_000);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('fillTemplate', () => {
  it('fills every occurrence, spaces inside the braces or not', () => {
    const filled = fillTemplate(
      template({ body: '{{ company }} regrets {{incidentTitle}}. — {{company}}' }),
      context,
    );
    expect(filled).toEqual({ ok: true, text: 'Acme regrets a service outage. — Acme' });
  });

  it('trims values and prints a value containing braces literally', () => {
    const filled = fillTemplate(template({ body: '{{company}}: {{whatWeKnow}}' }), {
      company: '  Acme ',
      whatWeKnow: 'Logs mention {{product}}.',
    });
    expect(filled).toEqual({ ok: true, text: 'Acme: Logs mention {{product}}.' });
  });

  it('reports unknown names from the body and from the required list', () => {
    const filled = fillTemplate(
      template({ body: '{{company}} and {{ceo}} and {{ceo}}', requiredPlaceholders: ['board'] }),
      context,
    );
    expect(filled).toEqual({ ok: false, unknown: ['ceo', 'board'], missing: [], malformed: [] });
  });

  it.each([
    ['absent', {}],
    ['empty', { nextUpdateAt: '' }],
    ['whitespace', { nextUpdateAt: ' \n\t ' }],
  ])('reports a used placeholder whose value is %s', (_label, values: PlaceholderContext) => {
    const filled = fillTemplate(template(), { ...context, nextUpdateAt: undefined, ...values });
    expect(filled).toEqual({ ok: false, unknown: [], missing: ['nextUpdateAt'], malformed: [] });
  });

  it('reports a required placeholder without a value even when the body does not use it', () => {
    const filled = fillTemplate(template({ requiredPlaceholders: ['spokesperson'] }), {
      ...context,
      spokesperson: '   ',
    });
    expect(filled).toEqual({ ok: false, unknown: [], missing: ['spokesperson'], malformed: [] });
  });

  it('lists each missing name once, used and required alike', () => {
    const filled = fillTemplate(
      template({
        body: '{{company}} {{ company }} {{product}}',
        requiredPlaceholders: ['company', 'spokesperson'],
      }),
      {},
    );
    expect(filled).toEqual({
      ok: false,
      unknown: [],
      missing: ['company', 'product', 'spokesperson'],
      malformed: [],
    });
  });

  it('refuses malformed braces rather than printing them', () => {
    const filled = fillTemplate(
      template({ body: '{{company}} update at {{nextUpdateAt' }),
      context,
    );
    expect(filled).toEqual({
      ok: false,
      unknown: [],
      missing: [],
      malformed: [{ code: 'unclosed-placeholder', offset: 22 }],
    });
  });

  it('never returns text with a blank or a leftover brace for any context', () => {
    const body = placeholderNames.map((name) => `[{{${name}}}]`).join(' ');
    for (const name of placeholderNames) {
      const filled = fillTemplate(template({ body }), { ...context, [name]: ' ' });
      expect(filled.ok, name).toBe(false);
    }
    const filled = fillTemplate(template({ body }), context);
    expect(filled.ok).toBe(true);
    if (filled.ok) {
      expect(filled.text).not.toMatch(/\[\]|\{|\}/u);
    }
  });

  it('fills Traditional and Simplified Chinese templates', () => {
    const zhTW = template({
      language: 'zh-TW',
      body: '{{company}}已注意到「{{ incidentTitle }}」，我們將於{{nextUpdateAt}}更新訊息。',
    });
    const zhCN = template({
      language: 'zh-CN',
      body: '{{company}}已注意到“{{ incidentTitle }}”，我们将于{{nextUpdateAt}}更新信息。',
    });
    const values = { company: '艾克米', incidentTitle: '服務中斷', nextUpdateAt: '11:00' };
    expect(fillTemplate(zhTW, values)).toEqual({
      ok: true,
      text: '艾克米已注意到「服務中斷」，我們將於11:00更新訊息。',
    });
    expect(fillTemplate(zhCN, { ...values, incidentTitle: '服务中断' })).toEqual({
      ok: true,
      text: '艾克米已注意到“服务中断”，我们将于11:00更新信息。',
    });
  });
});

describe('canRelease', () => {
  it('releases a template that needs no approval', () => {
    expect(
      canRelease({ template: template(), legalApprovedBy: null, spokespersonApprovedBy: null }),
    ).toEqual({ ok: true });
  });

  it('requires each approval the template asks for, treating a blank name as none', () => {
    const strict = template({ needsLegalApproval: true, needsSpokespersonApproval: true });
    expect(
      canRelease({ template: strict, legalApprovedBy: null, spokespersonApprovedBy: '  ' }),
    ).toEqual({ ok: false, missing: ['legal', 'spokesperson'] });
    expect(
      canRelease({ template: strict, legalApprovedBy: 'Lee', spokespersonApprovedBy: null }),
    ).toEqual({ ok: false, missing: ['spokesperson'] });
    expect(
      canRelease({ template: strict, legalApprovedBy: ' ', spokespersonApprovedBy: 'Mei' }),
    ).toEqual({ ok: false, missing: ['legal'] });
    expect(
      canRelease({ template: strict, legalApprovedBy: 'Lee', spokespersonApprovedBy: 'Mei' }),
    ).toEqual({ ok: true });
  });

  it('ignores an approval the template does not ask for', () => {
    const legalOnly = template({ needsLegalApproval: true });
    expect(
      canRelease({ template: legalOnly, legalApprovedBy: 'Lee', spokespersonApprovedBy: null }),
    ).toEqual({ ok: true });
  });
});

describe('statementTemplateSchema', () => {
  /** The messages of the schema's issues for `candidate`. */
  function messages(candidate: unknown): string[] {
    return (statementTemplateSchema.safeParse(candidate).error?.issues ?? []).map(
      (issue) => issue.message,
    );
  }

  it('accepts a valid template', () => {
    expect(messages(template({ requiredPlaceholders: ['spokesperson'] }))).toEqual([]);
  });

  it('refuses a blank title or body', () => {
    expect(messages(template({ title: '  ', body: ' ' }))).toEqual(['required', 'required']);
  });

  it('refuses unknown and repeated required placeholders', () => {
    expect(messages(template({ requiredPlaceholders: ['ceo'] }))).toEqual(['unknown-placeholder']);
    expect(messages(template({ requiredPlaceholders: ['company', 'company'] }))).toEqual([
      'duplicate-placeholder',
    ]);
  });

  it('refuses a body with unknown or malformed placeholders', () => {
    expect(messages(template({ body: 'Dear {{ceo}}' }))).toEqual(['unknown-placeholder']);
    expect(messages(template({ body: 'Dear {company}}' }))).toEqual(['malformed-placeholder']);
  });
});
