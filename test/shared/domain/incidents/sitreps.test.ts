import { describe, expect, it } from 'vitest';
import {
  maxSitrepFieldLength,
  situationReportInputSchema,
  sitrepKinds,
} from '../../../../shared/domain/incidents/sitreps';

/** The issues of a report input as `path: message`. */
function issues(input: unknown): string[] {
  const result = situationReportInputSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const tactical = { kind: 'tactical', conditions: '', actions: '', needs: '' } as const;
const executive = { kind: 'executive', status: '', overview: '', nextSteps: '' } as const;

describe('sitrepKinds', () => {
  it('are tactical and executive', () => {
    expect(sitrepKinds).toEqual(['tactical', 'executive']);
  });
});

describe('situationReportInputSchema', () => {
  it('accepts a report with any one field written, trimmed', () => {
    expect(issues({ ...tactical, needs: 'Two more call-centre agents' })).toEqual([]);
    expect(issues({ ...tactical, conditions: 'Site down' })).toEqual([]);
    expect(issues({ ...executive, nextSteps: 'Board call at 18:00' })).toEqual([]);
    expect(situationReportInputSchema.parse({ ...executive, overview: '  Contained  ' })).toEqual({
      ...executive,
      overview: 'Contained',
    });
  });

  it('refuses a report with every field blank, on its first field', () => {
    expect(issues(tactical)).toEqual(['conditions: empty-report']);
    expect(issues({ ...executive, status: '  ', overview: '\n' })).toEqual([
      'status: empty-report',
    ]);
  });

  it('refuses a field over 10,000 characters', () => {
    expect(maxSitrepFieldLength).toBe(10_000);
    expect(issues({ ...tactical, actions: 'x'.repeat(10_000) })).toEqual([]);
    expect(issues({ ...tactical, actions: 'x'.repeat(10_001) })).toEqual(['actions: too-long']);
  });

  it("refuses an unknown kind and the other kind's fields", () => {
    expect(issues({ ...tactical, kind: 'weekly', conditions: 'x' })).toHaveLength(1);
    expect(issues({ ...tactical, conditions: 'x', overview: 'y' })).toHaveLength(1);
    expect(issues({ kind: 'executive', conditions: 'x', actions: '', needs: '' })).not.toEqual([]);
  });
});
