import { describe, expect, it } from 'vitest';
import { emptyRiskInput } from '../../../../shared/domain/risks/risk';
import type { RiskInput } from '../../../../shared/domain/risks/risk';
import { changedRiskFields, trackedRiskFields } from '../../../../shared/domain/risks/riskHistory';

/** A titled risk input with `overrides`. */
function input(overrides: Partial<RiskInput> = {}): RiskInput {
  return { ...emptyRiskInput(), title: 'If a rumour spreads, then sales fall', ...overrides };
}

describe('changedRiskFields', () => {
  it('finds nothing between equal versions, even when they are different objects', () => {
    expect(changedRiskFields(input(), input())).toEqual([]);
    expect(
      changedRiskFields(input({ stakeholders: ['Legal'] }), input({ stakeholders: ['Legal'] })),
    ).toEqual([]);
  });

  it('names each changed field in form order', () => {
    const before = input();
    const after = input({
      status: 'open',
      title: 'If a rumour spreads, then sales fall sharply',
      owner: 'Mei',
    });
    expect(changedRiskFields(before, after)).toEqual(['title', 'owner', 'status']);
  });

  it('sees changes inside lists and nested objects', () => {
    const control = {
      id: 'control-1',
      title: 'Holding statement',
      owner: '',
      dueDate: null,
      cost: null,
      effort: null,
      effectiveness: 40,
      status: 'planned' as const,
    };
    expect(
      changedRiskFields(
        input({ controls: [control] }),
        input({ controls: [{ ...control, status: 'implemented' }] }),
      ),
    ).toEqual(['controls']);
    expect(
      changedRiskFields(
        input({ stakeholders: ['Legal'] }),
        input({ stakeholders: ['Legal', 'HR'] }),
      ),
    ).toEqual(['stakeholders']);
    expect(
      changedRiskFields(
        input({ acceptance: null }),
        input({
          acceptance: {
            approver: 'CEO',
            justification: 'Within appetite',
            acceptedOn: '2026-11-22',
            expiresOn: '2027-11-22',
          },
        }),
      ),
    ).toEqual(['acceptance']);
  });

  it('tracks every field of the form but leaves scores to the score history', () => {
    const everything = input({
      title: 'Other',
      description: 'More',
      categoryId: 'financial',
      owner: 'Mei',
      stakeholders: ['HR'],
      crisisType: 'data-breach',
      status: 'open',
      confidence: 'high',
      treatment: 'accept',
      reviewIntervalDays: 30,
      lastReviewedOn: '2026-11-22',
      inherent: { likelihood: 5, impact: 5, dimensions: {} },
      current: { mode: 'manual', assessment: { likelihood: 2, impact: 2, dimensions: {} } },
    });
    const changed = changedRiskFields(input(), everything);
    expect(changed).not.toContain('inherent');
    expect(changed).not.toContain('current');
    expect(changed).toEqual(
      trackedRiskFields.filter(
        (field) => !['controls', 'acceptance', 'indicators'].includes(field),
      ),
    );
  });
});
