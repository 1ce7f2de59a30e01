import { describe, expect, it } from 'vitest';
import {
  emptyRiskInput,
  referenceSequence,
  riskInputSchema,
  riskReference,
  riskReviewSchema,
} from '../../../../shared/domain/risks/risk';
import type { RiskControl, RiskInput } from '../../../../shared/domain/risks/risk';
import {
  builtInRiskCategories,
  customRiskCategorySchema,
  isBuiltInRiskCategory,
} from '../../../../shared/domain/risks/riskCategories';

/** A valid input: the empty one with a title, then `overrides`. */
function input(overrides: Partial<RiskInput> = {}): RiskInput {
  return { ...emptyRiskInput(), title: 'If a rumour spreads, then sales fall', ...overrides };
}

/** A valid planned control, then `overrides`. */
function control(overrides: Partial<RiskControl> = {}): RiskControl {
  return {
    id: 'control-1',
    title: 'Prepare a holding statement',
    owner: 'Mei',
    dueDate: '2026-12-01',
    cost: 1500,
    effort: 'low',
    effectiveness: 40,
    status: 'planned',
    ...overrides,
  };
}

/** The message codes of the input's validation issues, with their paths. */
function inputIssues(value: unknown): { code: string; path: string }[] {
  const parsed = riskInputSchema.safeParse(value);
  return parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ code: issue.message, path: issue.path.join('.') }));
}

describe('risk input schema', () => {
  it('accepts the empty input once it has a title', () => {
    const parsed = riskInputSchema.safeParse(input());
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual(input());
  });

  it('starts a new risk as a 1 × 1 draft to mitigate, scored from its controls', () => {
    expect(emptyRiskInput()).toMatchObject({
      title: '',
      categoryId: 'reputation',
      status: 'draft',
      treatment: 'mitigate',
      inherent: { likelihood: 1, impact: 1, dimensions: {} },
      current: { mode: 'derived' },
      target: { mode: 'derived' },
      acceptance: null,
      reviewIntervalDays: null,
    });
    expect(emptyRiskInput('supply-chain').categoryId).toBe('supply-chain');
  });

  it('refuses a missing or blank title with "required"', () => {
    expect(inputIssues(emptyRiskInput())).toEqual([{ code: 'required', path: 'title' }]);
    expect(inputIssues(input({ title: '   ' }))).toEqual([{ code: 'required', path: 'title' }]);
  });

  it('trims text fields', () => {
    const parsed = riskInputSchema.parse(input({ title: '  If A, then B  ', owner: ' Mei ' }));
    expect(parsed.title).toBe('If A, then B');
    expect(parsed.owner).toBe('Mei');
  });

  it('refuses a title or description that is too long', () => {
    expect(inputIssues(input({ title: 'x'.repeat(201) }))).toEqual([
      { code: 'too-long', path: 'title' },
    ]);
    expect(inputIssues(input({ description: 'x'.repeat(5001) }))).toEqual([
      { code: 'too-long', path: 'description' },
    ]);
  });

  it('refuses a control effectiveness outside 0–100 % or not whole', () => {
    expect(inputIssues(input({ controls: [control({ effectiveness: 100 })] }))).toEqual([]);
    expect(inputIssues(input({ controls: [control({ effectiveness: 0 })] }))).toEqual([]);
    for (const effectiveness of [101, -1, 12.5]) {
      expect(inputIssues(input({ controls: [control({ effectiveness })] }))).toEqual([
        { code: 'effectiveness-range', path: 'controls.0.effectiveness' },
      ]);
    }
  });

  it('refuses an acceptance that expires on or before the day it was given', () => {
    const acceptance = {
      approver: 'Chief risk officer',
      justification: 'Exposure is below appetite',
      acceptedOn: '2026-11-22',
      expiresOn: '2027-05-22',
    };
    expect(inputIssues(input({ acceptance }))).toEqual([]);
    expect(inputIssues(input({ acceptance: { ...acceptance, expiresOn: '2026-11-21' } }))).toEqual([
      { code: 'expiry-before-acceptance', path: 'acceptance.expiresOn' },
    ]);
    expect(inputIssues(input({ acceptance: { ...acceptance, expiresOn: '2026-11-22' } }))).toEqual([
      { code: 'expiry-before-acceptance', path: 'acceptance.expiresOn' },
    ]);
    expect(inputIssues(input({ acceptance: { ...acceptance, approver: '' } }))).toEqual([
      { code: 'required', path: 'acceptance.approver' },
    ]);
  });

  it('refuses a category that is neither built in nor custom', () => {
    expect(inputIssues(input({ categoryId: 'weather' }))).toEqual([
      { code: 'unknown-category', path: 'categoryId' },
    ]);
    for (const categoryId of builtInRiskCategories) {
      expect(inputIssues(input({ categoryId })), categoryId).toEqual([]);
    }
    expect(inputIssues(input({ categoryId: 'custom-logistics' }))).toEqual([]);
  });

  it('refuses levels outside the largest matrix', () => {
    expect(inputIssues(input({ inherent: { likelihood: 7, impact: 0, dimensions: {} } }))).toEqual([
      { code: 'level-range', path: 'inherent.likelihood' },
      { code: 'level-range', path: 'inherent.impact' },
    ]);
    expect(
      inputIssues(
        input({
          current: {
            mode: 'manual',
            assessment: { likelihood: 2, impact: 2, dimensions: { legal: 9 } },
          },
        }),
      ),
    ).toEqual([{ code: 'level-range', path: 'current.assessment.dimensions.legal' }]);
  });

  it('refuses malformed dates, review intervals and unknown fields', () => {
    expect(inputIssues(input({ lastReviewedOn: '22/11/2026' }))).toEqual([
      { code: 'date-format', path: 'lastReviewedOn' },
    ]);
    expect(inputIssues(input({ controls: [control({ dueDate: '2026-02-30' })] }))).toEqual([
      { code: 'date-format', path: 'controls.0.dueDate' },
    ]);
    expect(inputIssues(input({ reviewIntervalDays: 0 }))).toEqual([
      { code: 'interval-range', path: 'reviewIntervalDays' },
    ]);
    expect(riskInputSchema.safeParse({ ...input(), id: 'injected' }).success).toBe(false);
  });

  it('validates a review log entry', () => {
    const review = {
      reviewedOn: '2026-11-22',
      reviewer: 'Mei',
      decision: 'no-change',
      comment: '',
    };
    expect(riskReviewSchema.safeParse(review).success).toBe(true);
    expect(riskReviewSchema.safeParse({ ...review, decision: 'ignored' }).success).toBe(false);
    expect(riskReviewSchema.safeParse({ ...review, reviewer: ' ' }).success).toBe(false);
  });
});

describe('risk categories', () => {
  it('has the eleven starter categories', () => {
    expect(builtInRiskCategories).toHaveLength(11);
    expect(isBuiltInRiskCategory('rumour')).toBe(true);
    expect(isBuiltInRiskCategory('custom-rumour')).toBe(false);
    expect(isBuiltInRiskCategory(3)).toBe(false);
  });

  it('gives custom categories a prefixed id and a name', () => {
    expect(customRiskCategorySchema.safeParse({ id: 'custom-a', name: 'Logistics' }).success).toBe(
      true,
    );
    expect(customRiskCategorySchema.safeParse({ id: 'rumour', name: 'Logistics' }).success).toBe(
      false,
    );
    expect(customRiskCategorySchema.safeParse({ id: 'custom-a', name: ' ' }).success).toBe(false);
  });
});

describe('risk references', () => {
  it('pads the sequence to four digits and grows beyond', () => {
    expect(riskReference(1)).toBe('R-0001');
    expect(riskReference(42)).toBe('R-0042');
    expect(riskReference(9999)).toBe('R-9999');
    expect(riskReference(10000)).toBe('R-10000');
  });

  it('reads the sequence back from a reference', () => {
    for (const sequence of [1, 42, 9999, 10000, 123456]) {
      expect(referenceSequence(riskReference(sequence))).toBe(sequence);
    }
  });

  it('reads no sequence from something that is not a reference', () => {
    for (const reference of [
      '',
      'R-42',
      'R-042',
      'r-0042',
      'X-0042',
      'R-0042a',
      ' R-0042',
      'R0042',
    ]) {
      expect(referenceSequence(reference), reference).toBeNull();
    }
  });

  it('reads no sequence from a reference the app would have written otherwise', () => {
    // The app writes sequence 42 as R-0042; R-00042 would claim the same sequence under another
    // reference, so it is not one the app made.
    for (const reference of ['R-00042', 'R-000001']) {
      expect(referenceSequence(reference), reference).toBeNull();
    }
  });

  it('keeps numbers up to 9,999,999 and no larger, so numbering can always go on', () => {
    expect(referenceSequence('R-9999999')).toBe(9_999_999);
    // 2^53 − 1: one more would be the same number, and the next two risks would collide.
    for (const reference of ['R-10000000', 'R-9007199254740991']) {
      expect(referenceSequence(reference), reference).toBeNull();
    }
  });
});
