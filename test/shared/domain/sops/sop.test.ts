import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  maxChecklistItems,
  maxMarkdownLength,
  maxResources,
  maxSteps,
  sopContentSchema,
  sopReviewState,
  sopSchema,
  sopStepSchema,
} from '../../../../shared/domain/sops/sop';
import type { Sop, SopContent, SopStep } from '../../../../shared/domain/sops/sop';

/** A valid step `id`, then `overrides`. */
function step(id: string, overrides: Partial<SopStep> = {}): SopStep {
  return {
    id,
    title: 'Publish the holding statement',
    ownerRoleId: 'spokesperson',
    targetMinutes: 60,
    checklist: [{ id: `${id}-item-1`, text: 'Legal has approved the wording' }],
    resources: ['https://example.com/templates/holding'],
    notes: 'Use the **holding** template.',
    ...overrides,
  };
}

/** A valid SOP content with two steps, then `overrides`. */
function content(overrides: Partial<SopContent> = {}): SopContent {
  return {
    title: 'Data breach response',
    crisisTypeId: 'data-breach',
    purpose: 'Contain the breach and inform people honestly.',
    triggerCriteria: '- Personal data left the company',
    severityIds: ['sev-1', 'sev-2'],
    steps: [step('step-1'), step('step-2')],
    ...overrides,
  };
}

/** 2026-01-10 at noon in the device's zone: the creation day is 2026-01-10 in any zone. */
const createdAt = new Date(2026, 0, 10, 12, 0, 0).getTime();

/** A valid stored SOP, then `overrides`. */
function sop(overrides: Partial<Sop> = {}): Sop {
  return {
    id: 'sop-1',
    content: content(),
    ownerRoleId: 'commander',
    reviewIntervalDays: 30,
    lastReviewedOn: null,
    lastValidatedByDrillId: null,
    publishedVersion: null,
    createdAt,
    updatedAt: createdAt,
    isStarter: false,
    ...overrides,
  };
}

/** The message codes of `schema`'s issues for `value`, with dotted paths. */
function issues(schema: z.ZodType, value: unknown): { path: string; code: string }[] {
  const parsed = schema.safeParse(value);
  return parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), code: issue.message }));
}

describe('sopStepSchema', () => {
  it('accepts a full step and an untimed, unowned one', () => {
    expect(issues(sopStepSchema, step('a'))).toEqual([]);
    expect(
      issues(
        sopStepSchema,
        step('a', { ownerRoleId: null, targetMinutes: null, checklist: [], resources: [] }),
      ),
    ).toEqual([]);
  });

  it('trims the title and requires it, up to 200 characters', () => {
    expect(sopStepSchema.parse(step('a', { title: '  Notify legal  ' })).title).toBe(
      'Notify legal',
    );
    expect(issues(sopStepSchema, step('a', { title: '   ' }))).toEqual([
      { path: 'title', code: 'required' },
    ]);
    expect(issues(sopStepSchema, step('a', { title: '通'.repeat(200) }))).toEqual([]);
    expect(issues(sopStepSchema, step('a', { title: '通'.repeat(201) }))).toEqual([
      { path: 'title', code: 'too-long' },
    ]);
  });

  it('takes target times from 0 to 43,200 whole minutes', () => {
    for (const targetMinutes of [0, 43_200]) {
      expect(issues(sopStepSchema, step('a', { targetMinutes }))).toEqual([]);
    }
    for (const targetMinutes of [-1, 43_201, 1.5]) {
      expect(issues(sopStepSchema, step('a', { targetMinutes }))).toEqual([
        { path: 'targetMinutes', code: 'target-range' },
      ]);
    }
  });

  it('limits the checklist to 50 items of 1 to 500 characters', () => {
    const items = (count: number): SopStep['checklist'] =>
      Array.from({ length: count }, (_, index) => ({ id: `item-${index}`, text: 'Check' }));
    expect(issues(sopStepSchema, step('a', { checklist: items(maxChecklistItems) }))).toEqual([]);
    expect(issues(sopStepSchema, step('a', { checklist: items(maxChecklistItems + 1) }))).toEqual([
      { path: 'checklist', code: 'too-many' },
    ]);
    expect(
      issues(sopStepSchema, step('a', { checklist: [{ id: 'x', text: 'x'.repeat(501) }] })),
    ).toEqual([{ path: 'checklist.0.text', code: 'too-long' }]);
    expect(issues(sopStepSchema, step('a', { checklist: [{ id: 'x', text: ' ' }] }))).toEqual([
      { path: 'checklist.0.text', code: 'required' },
    ]);
  });

  it('refuses a checklist item id used twice in the step', () => {
    const checklist = [
      { id: 'same', text: 'First' },
      { id: 'other', text: 'Second' },
      { id: 'same', text: 'Third' },
    ];
    expect(issues(sopStepSchema, step('a', { checklist }))).toEqual([
      { path: 'checklist.2.id', code: 'duplicate-id' },
    ]);
  });

  it('limits resources to 20 of 1 to 500 characters, and notes to 10,000', () => {
    expect(
      issues(sopStepSchema, step('a', { resources: Array<string>(maxResources).fill('Room 3') })),
    ).toEqual([]);
    expect(
      issues(
        sopStepSchema,
        step('a', { resources: Array<string>(maxResources + 1).fill('Room 3') }),
      ),
    ).toEqual([{ path: 'resources', code: 'too-many' }]);
    expect(issues(sopStepSchema, step('a', { resources: ['x'.repeat(501)] }))).toEqual([
      { path: 'resources.0', code: 'too-long' },
    ]);
    expect(issues(sopStepSchema, step('a', { resources: [''] }))).toEqual([
      { path: 'resources.0', code: 'required' },
    ]);
    expect(issues(sopStepSchema, step('a', { notes: 'x'.repeat(maxMarkdownLength) }))).toEqual([]);
    expect(issues(sopStepSchema, step('a', { notes: 'x'.repeat(maxMarkdownLength + 1) }))).toEqual([
      { path: 'notes', code: 'too-long' },
    ]);
  });

  it('refuses unknown fields', () => {
    expect(issues(sopStepSchema, { ...step('a'), html: '<script>' })).toHaveLength(1);
  });
});

describe('sopContentSchema', () => {
  it('accepts a full content and a general SOP without crisis type or severities', () => {
    expect(issues(sopContentSchema, content())).toEqual([]);
    expect(issues(sopContentSchema, content({ crisisTypeId: null, severityIds: [] }))).toEqual([]);
  });

  it('requires a title of at most 200 characters', () => {
    expect(issues(sopContentSchema, content({ title: '' }))).toEqual([
      { path: 'title', code: 'required' },
    ]);
    expect(issues(sopContentSchema, content({ title: 'x'.repeat(201) }))).toEqual([
      { path: 'title', code: 'too-long' },
    ]);
  });

  it('limits purpose and trigger criteria to 10,000 characters', () => {
    const long = '資'.repeat(maxMarkdownLength + 1);
    expect(issues(sopContentSchema, content({ purpose: long, triggerCriteria: long }))).toEqual([
      { path: 'purpose', code: 'too-long' },
      { path: 'triggerCriteria', code: 'too-long' },
    ]);
    expect(issues(sopContentSchema, content({ purpose: '資'.repeat(maxMarkdownLength) }))).toEqual(
      [],
    );
  });

  it('requires 1 to 100 steps', () => {
    const steps = (count: number): SopStep[] =>
      Array.from({ length: count }, (_, index) => step(`step-${index}`));
    expect(issues(sopContentSchema, content({ steps: [] }))).toEqual([
      { path: 'steps', code: 'steps-required' },
    ]);
    expect(issues(sopContentSchema, content({ steps: steps(maxSteps) }))).toEqual([]);
    expect(issues(sopContentSchema, content({ steps: steps(maxSteps + 1) }))).toEqual([
      { path: 'steps', code: 'too-many' },
    ]);
  });

  it('refuses a step id used twice, at the second use', () => {
    expect(issues(sopContentSchema, content({ steps: [step('a'), step('b'), step('a')] }))).toEqual(
      [{ path: 'steps.2.id', code: 'duplicate-id' }],
    );
  });

  it('reports a step’s own issues under its index', () => {
    expect(
      issues(sopContentSchema, content({ steps: [step('a'), step('b', { title: '' })] })),
    ).toEqual([{ path: 'steps.1.title', code: 'required' }]);
  });

  it('refuses repeated and malformed severity ids', () => {
    expect(issues(sopContentSchema, content({ severityIds: ['sev-1', 'sev-1'] }))).toEqual([
      { path: 'severityIds.1', code: 'duplicate-id' },
    ]);
    expect(issues(sopContentSchema, content({ severityIds: ['SEV 1'] }))).toEqual([
      { path: 'severityIds.0', code: 'severity-format' },
    ]);
  });
});

describe('sopSchema', () => {
  it('accepts a stored SOP', () => {
    expect(issues(sopSchema, sop({ lastReviewedOn: '2026-02-01', publishedVersion: 3 }))).toEqual(
      [],
    );
  });

  it('takes review intervals from 1 to 1,095 whole days', () => {
    for (const reviewIntervalDays of [1, 1095]) {
      expect(issues(sopSchema, sop({ reviewIntervalDays }))).toEqual([]);
    }
    for (const reviewIntervalDays of [0, 1096, 7.5]) {
      expect(issues(sopSchema, sop({ reviewIntervalDays }))).toEqual([
        { path: 'reviewIntervalDays', code: 'interval-range' },
      ]);
    }
  });

  it('takes the last review as a calendar day', () => {
    expect(issues(sopSchema, sop({ lastReviewedOn: '2026-02-30' }))).toEqual([
      { path: 'lastReviewedOn', code: 'date-format' },
    ]);
  });

  it('reports content issues under `content`', () => {
    expect(issues(sopSchema, sop({ content: content({ steps: [] }) }))).toEqual([
      { path: 'content.steps', code: 'steps-required' },
    ]);
  });
});

describe('sopReviewState', () => {
  it('is due the interval after the last review, and stale from the due day on', () => {
    const reviewed = sop({ lastReviewedOn: '2026-03-01', reviewIntervalDays: 30 });
    expect(sopReviewState(reviewed, '2026-03-30')).toEqual({
      nextReviewOn: '2026-03-31',
      isStale: false,
    });
    expect(sopReviewState(reviewed, '2026-03-31')).toEqual({
      nextReviewOn: '2026-03-31',
      isStale: true,
    });
    expect(sopReviewState(reviewed, '2026-04-01').isStale).toBe(true);
  });

  it('counts a never-reviewed SOP from the day it was created', () => {
    const neverReviewed = sop({ reviewIntervalDays: 7 });
    expect(sopReviewState(neverReviewed, '2026-01-16')).toEqual({
      nextReviewOn: '2026-01-17',
      isStale: false,
    });
    expect(sopReviewState(neverReviewed, '2026-01-17').isStale).toBe(true);
  });

  it('counts calendar days across month ends, leap days and years', () => {
    expect(
      sopReviewState(sop({ lastReviewedOn: '2028-02-28', reviewIntervalDays: 1 }), '2028-01-01')
        .nextReviewOn,
    ).toBe('2028-02-29');
    expect(
      sopReviewState(sop({ lastReviewedOn: '2026-12-31', reviewIntervalDays: 1095 }), '2027-01-01')
        .nextReviewOn,
    ).toBe('2029-12-30');
  });
});
