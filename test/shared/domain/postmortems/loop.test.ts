import { describe, expect, it } from 'vitest';
import {
  actionItemInputSchema,
  isActionItemOverdue,
  sortActionItemsForFollowUp,
  summarizeActionItems,
  updateActionItem,
} from '../../../../shared/domain/postmortems/actionItems';
import type { ActionItem } from '../../../../shared/domain/postmortems/actionItems';
import {
  alignLoopWithLink,
  loopStepsFor,
  openLoop,
  openRiskRequests,
  openSopRequests,
  resolveRiskLoops,
  resolveSopLoops,
} from '../../../../shared/domain/postmortems/loop';

const now = Date.UTC(2026, 10, 22, 3, 0);

/** An open action item. */
function item(id: string, overrides: Partial<ActionItem> = {}): ActionItem {
  return {
    id,
    postmortemId: 'pm-1',
    incidentId: 'incident-1',
    title: `行動 ${id}`,
    description: '',
    ownerPersonId: null,
    dueOn: '2026-12-01',
    type: 'prevent',
    status: 'open',
    link: null,
    lessonId: null,
    loop: null,
    createdAt: now,
    updatedAt: now,
    completedAt: null,
    ...overrides,
  };
}

const sopItem = item('sop', { type: 'sop', link: { kind: 'sop', sopId: 'sop-breach' } });
const riskItem = item('risk', {
  type: 'mitigate',
  dueOn: '2026-12-15',
  link: { kind: 'risk', riskId: 'risk-7' },
});

describe('action items', () => {
  it('requires the SOP an SOP change changes', () => {
    const input = {
      title: '修訂外洩通報 SOP',
      description: '',
      ownerPersonId: null,
      dueOn: '2026-12-01',
      type: 'sop',
      status: 'open',
      link: null,
      lessonId: null,
    };
    const refused = actionItemInputSchema.safeParse(input);
    expect(
      refused.error?.issues.map(({ path, message }) => `${path.join('.')}:${message}`),
    ).toEqual(['link:sop-link-required']);
    expect(
      actionItemInputSchema.safeParse({ ...input, link: { kind: 'risk', riskId: 'r' } }).success,
    ).toBe(false);
    expect(
      actionItemInputSchema.safeParse({ ...input, link: { kind: 'sop', sopId: 's' } }).success,
    ).toBe(true);
    expect(actionItemInputSchema.safeParse({ ...input, dueOn: '2026-13-01' }).success).toBe(false);
  });

  it('counts open and overdue items; finished items are never overdue', () => {
    const items = [
      item('a', { dueOn: '2026-11-21' }),
      item('b', { dueOn: '2026-11-22', status: 'in-progress' }),
      item('c', { dueOn: '2026-01-01', status: 'done' }),
      item('d', { dueOn: '2026-01-01', status: 'cancelled' }),
    ];
    expect(summarizeActionItems(items, '2026-11-22')).toEqual({ open: 2, overdue: 1 });
    expect(isActionItemOverdue(items[1]!, '2026-11-22')).toBe(false);
    expect(isActionItemOverdue(items[1]!, '2026-11-23')).toBe(true);
    expect(sortActionItemsForFollowUp(items).map(({ id }) => id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('stamps completion when finished and clears it when reopened', () => {
    const done = updateActionItem(item('a'), { ...item('a'), status: 'done' }, now + 5);
    expect(done.completedAt).toBe(now + 5);
    const stillDone = updateActionItem(done, { ...done, title: 'renamed' }, now + 9);
    expect(stillDone.completedAt).toBe(now + 5);
    expect(updateActionItem(done, { ...done, status: 'open' }, now + 10).completedAt).toBeNull();
  });
});

describe('closing the loop', () => {
  it('does nothing before the postmortem is published', () => {
    expect(loopStepsFor(false, [sopItem, riskItem])).toEqual([]);
  });

  it('opens an SOP draft for an SOP item and schedules a risk review due on the item day', () => {
    expect(loopStepsFor(true, [sopItem, riskItem, item('plain')])).toEqual([
      { kind: 'open-sop-draft', itemId: 'sop', sopId: 'sop-breach' },
      { kind: 'schedule-risk-review', itemId: 'risk', riskId: 'risk-7', dueOn: '2026-12-15' },
    ]);
  });

  it('skips finished items and loops already opened for the same link, but reopens for a new link', () => {
    const opened = openLoop(
      sopItem,
      { kind: 'open-sop-draft', itemId: 'sop', sopId: 'sop-breach' },
      now,
      2,
    );
    expect(opened.loop).toEqual({
      kind: 'sop-draft',
      sopId: 'sop-breach',
      openedAt: now,
      baseVersion: 2,
      resolvedVersion: null,
    });
    expect(loopStepsFor(true, [opened, item('x', { ...riskItem, status: 'done' })])).toEqual([]);
    const relinked = { ...opened, link: { kind: 'sop' as const, sopId: 'sop-other' } };
    expect(loopStepsFor(true, [relinked])).toEqual([
      { kind: 'open-sop-draft', itemId: 'sop', sopId: 'sop-other' },
    ]);
  });

  it('closes SOP drafts when the next version is published, and only those of that SOP', () => {
    const opened = openLoop(
      sopItem,
      { kind: 'open-sop-draft', itemId: 'sop', sopId: 'sop-breach' },
      now,
      2,
    );
    const other = openLoop(
      item('other', { type: 'sop', link: { kind: 'sop', sopId: 'sop-recall' } }),
      { kind: 'open-sop-draft', itemId: 'other', sopId: 'sop-recall' },
      now,
      null,
    );
    expect(openSopRequests([opened, other], 'sop-breach')).toEqual([opened]);
    const resolved = resolveSopLoops([opened, other], 'sop-breach', 3, now + 100);
    expect(resolved).toHaveLength(1);
    expect(resolved[0]).toMatchObject({
      id: 'sop',
      status: 'done',
      completedAt: now + 100,
      loop: { resolvedVersion: 3 },
    });
    expect(openSopRequests(resolved, 'sop-breach')).toEqual([]);
  });

  it('closes scheduled reviews with the review day; a cancelled or manually done item asks nothing', () => {
    const step = {
      kind: 'schedule-risk-review' as const,
      itemId: 'risk',
      riskId: 'risk-7',
      dueOn: '2026-12-15',
    };
    const opened = openLoop(riskItem, step, now, null);
    const linked = item('c', { link: { kind: 'risk', riskId: 'risk-7' } });
    const cancelled = {
      ...openLoop(linked, { ...step, itemId: 'c' }, now, null),
      status: 'cancelled' as const,
    };
    const doneByHand = {
      ...openLoop({ ...linked, id: 'd' }, { ...step, itemId: 'd' }, now, null),
      status: 'done' as const,
      completedAt: now,
    };
    const items = [opened, cancelled, doneByHand];
    expect(openRiskRequests(items, 'risk-7')).toEqual([opened]);
    const resolved = resolveRiskLoops(items, 'risk-7', '2026-12-10', now + 1);
    expect(resolved.map(({ id, status }) => `${id}:${status}`)).toEqual(['risk:done']);
    expect(resolved[0]?.loop).toMatchObject({ reviewedOn: '2026-12-10' });
    expect(resolveRiskLoops(resolved, 'risk-7', '2026-12-11', now + 2)).toEqual([]);
    // Reopening the cancelled item makes it a request again.
    expect(openRiskRequests([{ ...cancelled, status: 'open' }], 'risk-7')).toHaveLength(1);
  });

  it('asks only the target the link still names', () => {
    const opened = openLoop(
      sopItem,
      { kind: 'open-sop-draft', itemId: 'sop', sopId: 'sop-breach' },
      now,
      2,
    );
    // A stored loop of the old target, as an item relinked before the repository aligned it.
    const relinked = { ...opened, link: { kind: 'sop' as const, sopId: 'sop-other' } };
    const unlinked = { ...opened, type: 'process' as const, link: null };
    expect(openSopRequests([relinked, unlinked], 'sop-breach')).toEqual([]);
    expect(openSopRequests([relinked], 'sop-other')).toEqual([]);
    expect(resolveSopLoops([relinked, unlinked], 'sop-breach', 3, now + 1)).toEqual([]);
    expect(
      openSopRequests([{ ...opened, status: 'in-progress' as const }], 'sop-breach'),
    ).toHaveLength(1);
  });

  it('aligns the loop with the link: dropped when relinked or unlinked, due day followed', () => {
    const opened = openLoop(
      riskItem,
      { kind: 'schedule-risk-review', itemId: 'risk', riskId: 'risk-7', dueOn: '2026-12-15' },
      now,
      null,
    );
    expect(alignLoopWithLink(opened)).toBe(opened);
    expect(alignLoopWithLink({ ...opened, link: null }).loop).toBeNull();
    expect(
      alignLoopWithLink({ ...opened, link: { kind: 'risk', riskId: 'risk-8' } }).loop,
    ).toBeNull();
    expect(
      alignLoopWithLink({ ...opened, link: { kind: 'sop', sopId: 'risk-7' } }).loop,
    ).toBeNull();
    expect(alignLoopWithLink({ ...opened, dueOn: '2027-01-10' }).loop).toMatchObject({
      kind: 'risk-review',
      riskId: 'risk-7',
      dueOn: '2027-01-10',
    });
    // An answered review keeps the day it was due.
    const [reviewed] = resolveRiskLoops([opened], 'risk-7', '2026-12-10', now + 1);
    expect(reviewed).toBeDefined();
    if (reviewed === undefined) return;
    expect(alignLoopWithLink({ ...reviewed, dueOn: '2027-01-10' }).loop).toMatchObject({
      dueOn: '2026-12-15',
      reviewedOn: '2026-12-10',
    });
    // Reopened after its loop was answered, the item asks again once published.
    expect(loopStepsFor(true, [{ ...reviewed, status: 'open' }])).toEqual([
      { kind: 'schedule-risk-review', itemId: 'risk', riskId: 'risk-7', dueOn: '2026-12-15' },
    ]);
  });
});
