import { describe, expect, it } from 'vitest';
import {
  communicationRecordInputSchema,
  firstExternalStatementAt,
} from '../../../../shared/domain/incidents/communications';
import type { CommunicationRecordInput } from '../../../../shared/domain/incidents/communications';

const minute = 60_000;
const start = Date.UTC(2025, 2, 1, 9, 0);

/** A holding statement to customers on the website, approved by nobody yet. */
function input(overrides: Partial<CommunicationRecordInput> = {}) {
  return {
    audienceId: 'customers',
    channelId: 'website',
    templateId: 'holding-statement',
    statementId: null,
    text: 'We are investigating an incident.',
    isExternal: true,
    legalApprovedBy: null,
    spokespersonApprovedBy: null,
    releasedAt: start,
    ...overrides,
  } satisfies CommunicationRecordInput;
}

/** The validation codes of `value`, by field path. */
function codes(value: unknown): string[] {
  const result = communicationRecordInputSchema.safeParse(value);
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}:${issue.message}`);
}

describe('communicationRecordInputSchema', () => {
  it('keeps the released text verbatim', () => {
    const text = '  We are investigating.\n\n— The team  ';
    expect(communicationRecordInputSchema.parse(input({ text })).text).toBe(text);
  });

  it('refuses blank or overlong text', () => {
    expect(codes(input({ text: ' \n ' }))).toEqual(['text:required']);
    expect(codes(input({ text: '' }))).toEqual(['text:required']);
    expect(codes(input({ text: 'x'.repeat(200_001) }))).toEqual(['text:too-long']);
    expect(codes(input({ text: 'x'.repeat(200_000) }))).toEqual([]);
  });

  it('trims approvers and stores a blank one as no approval', () => {
    const parsed = communicationRecordInputSchema.parse(
      input({ legalApprovedBy: ' Counsel Lin ', spokespersonApprovedBy: '  ' }),
    );
    expect(parsed).toMatchObject({ legalApprovedBy: 'Counsel Lin', spokespersonApprovedBy: null });
    expect(codes(input({ legalApprovedBy: 'x'.repeat(121) }))).toEqual([
      'legalApprovedBy:too-long',
    ]);
  });

  it('wants an audience, a channel and a release time', () => {
    expect(codes(input({ audienceId: '' })).length).toBe(1);
    expect(codes(input({ channelId: '' })).length).toBe(1);
    expect(codes(input({ releasedAt: -1 })).length).toBe(1);
  });
});

describe('firstExternalStatementAt', () => {
  it('is null before anything external went out', () => {
    expect(firstExternalStatementAt([])).toBeNull();
    expect(firstExternalStatementAt([{ isExternal: false, releasedAt: start }])).toBeNull();
  });

  it('takes the earliest external release whatever the order, ignoring earlier internal ones', () => {
    const records = [
      { isExternal: true, releasedAt: start + 90 * minute },
      { isExternal: false, releasedAt: start },
      { isExternal: true, releasedAt: start + 45 * minute },
      { isExternal: false, releasedAt: start + 10 * minute },
    ];
    expect(firstExternalStatementAt(records)).toBe(start + 45 * minute);
    expect(firstExternalStatementAt([...records].reverse())).toBe(start + 45 * minute);
  });
});
