import { describe, expect, it } from 'vitest';
import {
  defaultTimelineFilters,
  kindForShortcut,
  parseHappenedAt,
  pinnedTimeline,
  visibleTimeline,
} from '../../../../../renderer/src/features/incidents/timeline/timelineView';
import type { ShortcutKeyPress } from '../../../../../renderer/src/features/incidents/timeline/timelineView';
import type { EffectiveTimelineEntry } from '../../../../../shared/domain/incidents/timeline';

/** A key press with no modifier unless given. */
function press(overrides: Partial<ShortcutKeyPress>): ShortcutKeyPress {
  return {
    key: '',
    code: '',
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...overrides,
  };
}

/** A displayed entry with the given id, sequence, kind and flag. */
function entry(
  id: string,
  sequence: number,
  kind: EffectiveTimelineEntry['kind'],
  isExternal: boolean,
): EffectiveTimelineEntry {
  return {
    id,
    incidentId: 'incident',
    sequence,
    recordedAt: sequence,
    prevHash: '',
    hash: '',
    kind,
    at: sequence,
    author: '',
    source: 'manual',
    isExternal,
    text: id,
    supersedesId: null,
    supersededBy: null,
    currentVersionId: id,
  };
}

describe('kindForShortcut', () => {
  it('maps Ctrl or ⌘ with 1 … 7 to the quick-entry kinds in order', () => {
    expect(kindForShortcut(press({ key: '1', code: 'Digit1', ctrlKey: true }))).toBe('decision');
    expect(kindForShortcut(press({ key: '5', code: 'Digit5', metaKey: true }))).toBe(
      'monitoring-hit',
    );
    expect(kindForShortcut(press({ key: '7', code: 'Numpad7', ctrlKey: true }))).toBe('inject');
  });

  it('reads the physical key where the digit needs Shift (AZERTY)', () => {
    expect(
      kindForShortcut(press({ key: '&', code: 'Digit1', ctrlKey: true, shiftKey: true })),
    ).toBe('decision');
  });

  it('ignores plain digits, Alt combinations and digits past 7', () => {
    expect(kindForShortcut(press({ key: '1', code: 'Digit1' }))).toBeNull();
    expect(
      kindForShortcut(press({ key: '1', code: 'Digit1', ctrlKey: true, altKey: true })),
    ).toBeNull();
    expect(kindForShortcut(press({ key: '8', code: 'Digit8', ctrlKey: true }))).toBeNull();
    expect(kindForShortcut(press({ key: 'a', code: 'KeyA', ctrlKey: true }))).toBeNull();
  });
});

describe('parseHappenedAt', () => {
  it('reads a local date and time, and an empty field as now (null)', () => {
    expect(parseHappenedAt('2026-11-22T15:05')).toBe(new Date(2026, 10, 22, 15, 5).getTime());
    expect(parseHappenedAt('2026-11-22T15:05:30')).toBe(
      new Date(2026, 10, 22, 15, 5, 30).getTime(),
    );
    expect(parseHappenedAt('  ')).toBeNull();
  });

  it('refuses text that is no date and time, and days that do not exist', () => {
    expect(parseHappenedAt('yesterday')).toBe('invalid');
    expect(parseHappenedAt('2026-02-30T10:00')).toBe('invalid');
    expect(parseHappenedAt('2026-11-22T25:00')).toBe('invalid');
  });
});

describe('visibleTimeline and pinnedTimeline', () => {
  const entries = [
    entry('a', 0, 'status-change', false),
    entry('b', 1, 'decision', true),
    entry('c', 2, 'note', false),
  ];

  it('lists newest first by default and oldest first when asked', () => {
    expect(visibleTimeline(entries, defaultTimelineFilters).map(({ id }) => id)).toEqual([
      'c',
      'b',
      'a',
    ]);
    expect(
      visibleTimeline(entries, { ...defaultTimelineFilters, isOldestFirst: true }).map(
        ({ id }) => id,
      ),
    ).toEqual(['a', 'b', 'c']);
  });

  it('filters by kind and by internal or external', () => {
    expect(
      visibleTimeline(entries, { ...defaultTimelineFilters, kind: 'decision' }).map(({ id }) => id),
    ).toEqual(['b']);
    expect(
      visibleTimeline(entries, { ...defaultTimelineFilters, visibility: 'internal' }).map(
        ({ id }) => id,
      ),
    ).toEqual(['c', 'a']);
  });

  it('keeps pin order and drops pins of unknown entries', () => {
    expect(pinnedTimeline(entries, ['c', 'gone', 'a']).map(({ id }) => id)).toEqual(['c', 'a']);
  });
});
