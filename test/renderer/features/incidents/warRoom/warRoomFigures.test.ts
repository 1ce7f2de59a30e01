import { describe, expect, it } from 'vitest';
import {
  clockParts,
  warRoomEntries,
} from '../../../../../renderer/src/features/incidents/warRoom/warRoomFigures';
import { lastSitrepAt, lastUpdateAt } from '../../../../../shared/domain/incidents/clocks';

/** An entry as warRoomEntries reads it. */
function entry(
  id: string,
  at: number,
  overrides: { supersededBy?: string; currentVersionId?: string } = {},
) {
  return {
    id,
    at,
    sequence: at,
    supersededBy: overrides.supersededBy ?? null,
    currentVersionId: overrides.currentVersionId ?? id,
  };
}

describe('war-room figures', () => {
  it('reads durations as a wall clock, days apart, truncating seconds', () => {
    expect(clockParts(0)).toEqual({ days: 0, time: '0:00:00' });
    expect(clockParts(245_999)).toEqual({ days: 0, time: '0:04:05' });
    expect(clockParts(-30 * 60_000)).toEqual({ days: 0, time: '0:30:00' });
    expect(clockParts(26 * 3_600_000)).toEqual({ days: 1, time: '2:00:00' });
  });

  it('takes the latest external communication or standing external update as the last update', () => {
    const communications = [
      { isExternal: true, releasedAt: 100 },
      { isExternal: false, releasedAt: 900 },
    ];
    expect(lastUpdateAt(communications, [])).toBe(100);
    expect(
      lastUpdateAt(communications, [
        { id: 'a', kind: 'update', at: 300, isExternal: true, supersedesId: null },
        { id: 'b', kind: 'update', at: 800, isExternal: true, supersedesId: null },
        { id: 'c', kind: 'note', at: 850, isExternal: false, supersedesId: 'b' },
        { id: 'd', kind: 'update', at: 870, isExternal: false, supersedesId: null },
        { id: 'e', kind: 'note', at: 700, isExternal: true, supersedesId: null },
      ]),
    ).toBe(300);
    expect(lastUpdateAt([], [])).toBeNull();
    expect(lastSitrepAt([{ createdAt: 5 }, { createdAt: 9 }, { createdAt: 7 }])).toBe(9);
    expect(lastSitrepAt([])).toBeNull();
  });

  it('shows pinned entries first (a corrected pin through its correction), then the newest', () => {
    const timeline = [
      entry('a', 1, { supersededBy: 'b', currentVersionId: 'b' }),
      entry('b', 2),
      entry('c', 3),
      entry('d', 4),
      entry('e', 5),
    ];
    const shown = warRoomEntries(timeline, ['a'], { pinnedLimit: 4, latestLimit: 2 });
    expect(shown.pinned.map((item) => item.id)).toEqual(['b']);
    expect(shown.latest.map((item) => item.id)).toEqual(['e', 'd']);
  });
});
