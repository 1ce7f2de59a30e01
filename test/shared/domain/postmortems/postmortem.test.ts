import { describe, expect, it } from 'vitest';
import {
  allowedPostmortemMoves,
  movePostmortem,
  postmortemContentFromIncident,
  postmortemContentSchema,
  postmortemMoveRefusal,
  postmortemReference,
} from '../../../../shared/domain/postmortems/postmortem';
import type { Postmortem, Reviewer } from '../../../../shared/domain/postmortems/postmortem';

const createdAt = Date.UTC(2026, 10, 22, 2, 0);

/** A reviewer with a decision. */
function reviewer(id: string, decision: Reviewer['decision']): Reviewer {
  return {
    id,
    personId: null,
    name: `審閱人 ${id}`,
    decision,
    comment: '',
    decidedAt: decision === 'pending' ? null : createdAt,
  };
}

/** A draft postmortem with a summary and one lesson, ready to send for review once it has reviewers. */
function draft(overrides: Partial<Postmortem> = {}): Postmortem {
  const content = postmortemContentFromIncident(
    {
      title: '會員資料外洩',
      summary: '第三方客服系統外洩。',
      detectionNote: '客戶來信',
      tags: ['個資'],
    },
    'TWD',
  );
  return {
    id: 'pm-1',
    reference: postmortemReference(1),
    incidentId: 'incident-1',
    content: { ...content, lessons: [{ id: 'lesson-1', text: '供應商合約須有通報時限' }] },
    status: 'draft',
    statusHistory: [{ from: null, to: 'draft', at: createdAt, by: '陳美玲' }],
    reviewers: [],
    createdAt,
    updatedAt: createdAt,
    publishedAt: null,
    ...overrides,
  };
}

describe('postmortem content', () => {
  it('pulls the title, summary, detection note and tags in from the incident, with unknown impact', () => {
    const content = postmortemContentFromIncident(
      {
        title: 'Recall rumour',
        summary: 'A fake recall notice.',
        detectionNote: 'Seen on LINE',
        tags: ['rumour'],
      },
      'USD',
    );
    expect(content).toMatchObject({
      title: 'Recall rumour',
      summary: 'A fake recall notice.',
      detection: 'Seen on LINE',
      tags: ['rumour'],
    });
    expect(content.impact).toMatchObject({ customersAffected: null, currency: 'USD' });
    expect(postmortemContentSchema.safeParse(content).success).toBe(true);
  });

  it('refuses negative, fractional and out-of-range impact figures with their codes', () => {
    const base = draft().content;
    const result = postmortemContentSchema.safeParse({
      ...base,
      impact: {
        ...base.impact,
        customersAffected: -1,
        recordsAffected: 2.5,
        negativeSentimentPeakPercent: 140,
        currency: 'twd',
      },
    });
    expect(result.success).toBe(false);
    const codes = result.error?.issues.map((issue) => `${issue.path.join('.')}:${issue.message}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'impact.customersAffected:not-negative',
        'impact.recordsAffected:whole-number',
        'impact.negativeSentimentPeakPercent:percent-range',
        'impact.currency:currency-format',
      ]),
    );
  });

  it('caps the 5-whys helper at five answers', () => {
    const base = draft().content;
    const whys = ['1', '2', '3', '4', '5', '6'];
    const result = postmortemContentSchema.safeParse({
      ...base,
      whyChains: [{ id: 'chain-1', problem: '通報延誤', whys }],
    });
    expect(result.error?.issues[0]?.message).toBe('too-many');
    expect(
      postmortemContentSchema.safeParse({
        ...base,
        whyChains: [{ id: 'chain-1', problem: '通報延誤', whys: whys.slice(0, 5) }],
      }).success,
    ).toBe(true);
  });

  it('numbers references with four digits and more when needed', () => {
    expect(postmortemReference(3)).toBe('PM-0003');
    expect(postmortemReference(12345)).toBe('PM-12345');
  });
});

describe('review workflow', () => {
  it('allows draft → in review → published, back to draft from review, and reopening', () => {
    expect(allowedPostmortemMoves('draft')).toEqual(['in-review']);
    expect(allowedPostmortemMoves('in-review')).toEqual(['draft', 'published']);
    expect(allowedPostmortemMoves('published')).toEqual(['draft']);
    expect(postmortemMoveRefusal(draft(), 'published')).toBe('not-allowed');
  });

  it('needs a summary, a lesson and a reviewer before review', () => {
    const withReviewer = draft({ reviewers: [reviewer('r1', 'pending')] });
    expect(postmortemMoveRefusal(draft(), 'in-review')).toBe('no-reviewers');
    expect(
      postmortemMoveRefusal(
        { ...withReviewer, content: { ...withReviewer.content, summary: '  ' } },
        'in-review',
      ),
    ).toBe('summary-required');
    expect(
      postmortemMoveRefusal(
        { ...withReviewer, content: { ...withReviewer.content, lessons: [] } },
        'in-review',
      ),
    ).toBe('lessons-required');
    expect(postmortemMoveRefusal(withReviewer, 'in-review')).toBeNull();
  });

  it('publishes only when every reviewer approved', () => {
    const inReview = draft({
      status: 'in-review',
      reviewers: [reviewer('r1', 'approved'), reviewer('r2', 'pending')],
    });
    expect(postmortemMoveRefusal(inReview, 'published')).toBe('reviews-pending');
    expect(
      postmortemMoveRefusal(
        {
          ...inReview,
          reviewers: [reviewer('r1', 'approved'), reviewer('r2', 'changes-requested')],
        },
        'published',
      ),
    ).toBe('changes-requested');
    const approved = {
      ...inReview,
      reviewers: [reviewer('r1', 'approved'), reviewer('r2', 'approved')],
    };
    const moved = movePostmortem(approved, 'published', createdAt + 60_000, '王大明');
    expect(moved.ok).toBe(true);
    if (!moved.ok) return;
    expect(moved.postmortem.status).toBe('published');
    expect(moved.postmortem.publishedAt).toBe(createdAt + 60_000);
    expect(moved.postmortem.statusHistory.at(-1)).toEqual({
      from: 'in-review',
      to: 'published',
      at: createdAt + 60_000,
      by: '王大明',
    });
  });

  it('resets every approval when the text goes back to draft', () => {
    const published = draft({
      status: 'published',
      reviewers: [reviewer('r1', 'approved')],
      publishedAt: createdAt,
    });
    const moved = movePostmortem(published, 'draft', createdAt + 1, '陳美玲');
    expect(moved.ok && moved.postmortem.reviewers[0]).toMatchObject({
      decision: 'pending',
      decidedAt: null,
    });
    // The last publication stays recorded until it is published again.
    expect(moved.ok && moved.postmortem.publishedAt).toBe(createdAt);
  });

  it('returns the refusal without changing anything', () => {
    const original = draft();
    const moved = movePostmortem(original, 'in-review', createdAt + 1, '');
    expect(moved).toEqual({ ok: false, refusal: 'no-reviewers' });
    expect(original.status).toBe('draft');
  });
});
