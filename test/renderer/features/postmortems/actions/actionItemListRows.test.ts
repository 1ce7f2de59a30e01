import { describe, expect, it } from 'vitest';
import {
  matchesStatusFilter,
  openItemsByOwner,
} from '../../../../../renderer/src/features/postmortems/actions/actionItemListRows';
import { lessonTextOf } from '../../../../../renderer/src/features/postmortems/actions/lessonText';

const today = '2026-11-22';

describe('action item list rules', () => {
  it('filters open, overdue (open after its due day) and all', () => {
    const overdue = { status: 'in-progress', dueOn: '2026-11-21' } as const;
    const dueToday = { status: 'open', dueOn: today } as const;
    const doneLate = { status: 'done', dueOn: '2026-01-01' } as const;
    expect(
      [overdue, dueToday, doneLate].map((item) => matchesStatusFilter(item, 'open', today)),
    ).toEqual([true, true, false]);
    expect(
      [overdue, dueToday, doneLate].map((item) => matchesStatusFilter(item, 'overdue', today)),
    ).toEqual([true, false, false]);
    expect(matchesStatusFilter(doneLate, 'all', today)).toBe(true);
  });

  it('counts open items per owner, most open first, nobody last among equals', () => {
    expect(
      openItemsByOwner(
        [
          { status: 'open', dueOn: '2026-11-30', ownerPersonId: null },
          { status: 'open', dueOn: '2026-11-30', ownerPersonId: 'mei' },
          { status: 'open', dueOn: '2026-11-01', ownerPersonId: 'jian' },
          { status: 'in-progress', dueOn: '2026-11-30', ownerPersonId: 'jian' },
          { status: 'cancelled', dueOn: '2026-11-01', ownerPersonId: 'mei' },
        ],
        today,
      ),
    ).toEqual([
      { ownerPersonId: 'jian', open: 2, overdue: 1 },
      { ownerPersonId: 'mei', open: 1, overdue: 0 },
      { ownerPersonId: null, open: 1, overdue: 0 },
    ]);
  });

  it('finds the lesson an item names, else falls back to its description', () => {
    const postmortem = { content: { lessons: [{ id: 'lesson-1', text: '更早通知客服' }] } };
    expect(lessonTextOf({ lessonId: 'lesson-1', description: 'x' }, postmortem)).toBe(
      '更早通知客服',
    );
    expect(lessonTextOf({ lessonId: 'gone', description: ' Why it matters ' }, postmortem)).toBe(
      'Why it matters',
    );
    expect(lessonTextOf({ lessonId: null, description: '' }, undefined)).toBe('');
  });
});
