import { describe, expect, it } from 'vitest';
import { findBodyProblems } from '../../../../../renderer/src/features/sops/templates/bodyProblems';
import { statementFileName } from '../../../../../renderer/src/features/sops/templates/statementFileName';
import {
  emptyPanelValues,
  hasChangedSinceApproval,
  isSameStatementInput,
  newStateFrom,
  panelContent,
  panelValuesOf,
  placeholdersOf,
  staleApprovals,
  storedPanelStateSchema,
  toStatementInput,
  withValuesChanged,
} from '../../../../../renderer/src/features/sops/templates/statementPanelState';
import {
  filterTemplates,
  noTemplateFilters,
} from '../../../../../renderer/src/features/sops/templates/templateFilters';
import type { Statement } from '../../../../../shared/domain/sops/statements';
import type { StoredStatementTemplate } from '../../../../../shared/domain/sops/statementTemplates';

describe('findBodyProblems', () => {
  it('places problems by line and column in characters, whatever the line breaks', () => {
    expect(findBodyProblems('a\r\nb {{nope}}\rc}}\n😀{{')).toEqual([
      { kind: 'unknown', name: 'nope', line: 2, column: 3 },
      { kind: 'malformed', code: 'unopened-placeholder', line: 3, column: 2 },
      { kind: 'malformed', code: 'unclosed-placeholder', line: 4, column: 2 },
    ]);
  });

  it('finds nothing wrong with known placeholders, spaces inside the braces included', () => {
    expect(findBodyProblems('{{company}} and {{ product }}')).toEqual([]);
  });

  it('reports every use of an unknown name, in text order', () => {
    expect(findBodyProblems('{{x}} {{}} {{x}}').map(({ kind, column }) => [kind, column])).toEqual([
      ['unknown', 1],
      ['malformed', 7],
      ['unknown', 12],
    ]);
  });
});

describe('statementFileName', () => {
  it('keeps a readable title, replaces what file systems refuse and adds the date', () => {
    expect(statementFileName('資安事件初步回應聲明', '2026-11-22', 'statement')).toBe(
      '資安事件初步回應聲明-2026-11-22.txt',
    );
    expect(statementFileName('a/b\\c:d*e?f"g<h>i|j\u0007k', '2026-11-22', 'statement')).toBe(
      'a-b-c-d-e-f-g-h-i-j-k-2026-11-22.txt',
    );
    expect(statementFileName('  ..Holding   line..  ', '2026-11-22', 'statement')).toBe(
      'Holding line-2026-11-22.txt',
    );
  });

  it('falls back to the given word and caps a long title', () => {
    expect(statementFileName('???', '2026-11-22', '聲明')).toBe('聲明-2026-11-22.txt');
    const name = statementFileName('長'.repeat(300), '2026-11-22', 'statement');
    expect(name).toBe(`${'長'.repeat(80)}-2026-11-22.txt`);
  });
});

describe('statement panel state', () => {
  it('gives a field to each known placeholder used or required, in the app’s order', () => {
    expect(
      placeholdersOf({
        body: '{{whatWeKnow}} {{company}} {{unknown}}',
        requiredPlaceholders: ['spokesperson', 'company'],
      }),
    ).toEqual(['company', 'whatWeKnow', 'spokesperson']);
  });

  it('saves only non-blank values of the template’s placeholders', () => {
    const values = emptyPanelValues();
    values.context.company = 'Acme';
    values.context.product = '   ';
    values.context.spokesperson = 'Not used here';
    expect(toStatementInput(values, ['company', 'product'])).toEqual({
      context: { company: 'Acme' },
      legalApprovedBy: '',
      spokespersonApprovedBy: '',
    });
  });

  it('treats values that differ only in surrounding spaces as unchanged', () => {
    const left = { context: { company: 'Acme ' }, legalApprovedBy: '', spokespersonApprovedBy: '' };
    const right = {
      context: { company: 'Acme' },
      legalApprovedBy: ' ',
      spokespersonApprovedBy: '',
    };
    expect(isSameStatementInput(left, right)).toBe(true);
    expect(isSameStatementInput(left, { ...right, legalApprovedBy: 'Wang' })).toBe(false);
    expect(isSameStatementInput(left, { ...right, context: {} })).toBe(false);
  });
});

describe('approvals in the statement panel', () => {
  const template = { body: 'Hello from {{company}}.', requiredPlaceholders: [] };
  const names = placeholdersOf(template);
  /** A saved statement of `template`, approved for legal by Wang at 10:00. */
  const approved: Statement = {
    id: 's1',
    templateId: 't1',
    incidentId: null,
    language: 'en',
    context: { company: 'Acme' },
    text: 'Hello from Acme.',
    legalApprovedBy: 'Wang',
    legalApprovedAt: Date.UTC(2026, 10, 22, 10),
    spokespersonApprovedBy: null,
    spokespersonApprovedAt: null,
    releasedAt: null,
    createdAt: 0,
    updatedAt: 0,
  };
  const opened = { statementId: 's1', values: panelValuesOf(approved), renewedApprovals: [] };

  it('clears every approver once a value changes the text of an approved statement', () => {
    const values = { ...opened.values, context: { ...opened.values.context, company: 'Acme Ltd' } };
    const changed = withValuesChanged(
      { ...opened, renewedApprovals: ['legal'] },
      { ...values, spokespersonApprovedBy: 'Chen' },
      approved,
      panelContent(template, values, names),
    );
    expect(changed.values).toMatchObject({ legalApprovedBy: '', spokespersonApprovedBy: '' });
    expect(changed.values.context.company).toBe('Acme Ltd');
    expect(changed.renewedApprovals).toEqual([]);
  });

  it('leaves approvers alone while the text stays the same or nothing was approved', () => {
    const spaced = { ...opened.values, context: { ...opened.values.context, company: ' Acme ' } };
    expect(
      withValuesChanged(opened, spaced, approved, panelContent(template, spaced, names)).values
        .legalApprovedBy,
    ).toBe('Wang');
    const unapproved = { ...approved, legalApprovedBy: null, legalApprovedAt: null };
    const values = { ...opened.values, context: { ...opened.values.context, company: 'Other' } };
    expect(
      withValuesChanged(opened, values, unapproved, panelContent(template, values, names)).values
        .legalApprovedBy,
    ).toBe('Wang');
    expect(hasChangedSinceApproval(null, panelContent(template, values, names))).toBe(false);
  });

  it('treats a recorded approval as stale when the template changed the text, unless renewed', () => {
    const edited = { body: 'Hello again from {{company}}.', requiredPlaceholders: [] };
    const content = panelContent(edited, opened.values, names);
    expect(hasChangedSinceApproval(approved, content)).toBe(true);
    expect(staleApprovals(approved, opened, content)).toEqual(['legal']);
    expect(staleApprovals(approved, { ...opened, renewedApprovals: ['legal'] }, content)).toEqual(
      [],
    );
    expect(staleApprovals(approved, opened, panelContent(template, opened.values, names))).toEqual(
      [],
    );
  });

  it('starts a new statement from a released one with its values and no approvals', () => {
    expect(newStateFrom({ ...approved, releasedAt: 1 })).toEqual({
      statementId: null,
      values: { ...panelValuesOf(approved), legalApprovedBy: '' },
      renewedApprovals: [],
    });
  });

  it('reads back a kept panel state without renewed approvals', () => {
    expect(
      storedPanelStateSchema.parse({ statementId: null, values: emptyPanelValues() })
        .renewedApprovals,
    ).toEqual([]);
  });
});

describe('filterTemplates', () => {
  const base: StoredStatementTemplate = {
    id: 't1',
    crisisTypeId: null,
    stage: 'holding',
    audience: 'public',
    language: 'en',
    title: 'General',
    body: 'Text',
    requiredPlaceholders: [],
    needsLegalApproval: false,
    needsSpokespersonApproval: false,
    isStarter: false,
    createdAt: 0,
    updatedAt: 0,
  };
  const templates = [
    base,
    {
      ...base,
      id: 't2',
      crisisTypeId: 'rumour',
      stage: 'update' as const,
      language: 'zh-TW' as const,
    },
  ];

  it('tells general templates from those of a crisis type', () => {
    expect(filterTemplates(templates, { ...noTemplateFilters, crisisTypeId: '' })).toEqual([base]);
    expect(
      filterTemplates(templates, { ...noTemplateFilters, crisisTypeId: 'rumour' }).map(
        ({ id }) => id,
      ),
    ).toEqual(['t2']);
    expect(filterTemplates(templates, noTemplateFilters)).toHaveLength(2);
  });

  it('combines filters', () => {
    expect(
      filterTemplates(templates, { ...noTemplateFilters, stage: 'update', language: 'en' }),
    ).toEqual([]);
  });
});
