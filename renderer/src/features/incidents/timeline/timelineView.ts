import type {
  EffectiveTimelineEntry,
  TimelineEntryKind,
} from '../../../../../shared/domain/incidents/timeline';

/**
 * What the timeline screen shows of an incident's entries: the kinds a person logs from the
 * keyboard, the filters and order of the list, and the reading of the optional "happened at" time.
 */

/**
 * The kinds the quick entry offers, in the order of their shortcuts (Ctrl/⌘+1 … 7). Status and
 * role changes are written by the app when they happen, so they are not offered here.
 */
export const quickEntryKinds = [
  'decision',
  'action',
  'communication',
  'update',
  'monitoring-hit',
  'note',
  'inject',
] as const satisfies readonly TimelineEntryKind[];

/** One of {@link quickEntryKinds}. */
export type QuickEntryKind = (typeof quickEntryKinds)[number];

/** The kind a new entry starts with: most of what a scribe logs is a plain note. */
export const defaultQuickEntryKind: QuickEntryKind = 'note';

/** The parts of a key press the kind shortcut looks at. */
export type ShortcutKeyPress = {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
};

/**
 * The kind chosen by Ctrl+1 … 7 (⌘ on a Mac), or null for any other key press. The physical key
 * (`Digit1`, `Numpad1`) counts, so layouts where the digits need Shift (AZERTY) work too.
 */
export function kindForShortcut(press: ShortcutKeyPress): QuickEntryKind | null {
  if (!(press.ctrlKey || press.metaKey) || press.altKey) {
    return null;
  }
  const digit = /^(?:Digit|Numpad)([1-9])$/u.exec(press.code)?.[1] ?? press.key;
  if (!/^[1-9]$/u.test(digit)) {
    return null;
  }
  return quickEntryKinds[Number(digit) - 1] ?? null;
}

/** Which entries the list shows: every kind or one, internal, external or both, and the order. */
export type TimelineFilters = {
  kind: TimelineEntryKind | null;
  visibility: 'internal' | 'external' | null;
  isOldestFirst: boolean;
};

/** The filters a timeline opens with: everything, newest first. */
export const defaultTimelineFilters: TimelineFilters = {
  kind: null,
  visibility: null,
  isOldestFirst: false,
};

/** Whether `filters` hide anything (the order is not a filter). */
export function isFiltered(filters: TimelineFilters): boolean {
  return filters.kind !== null || filters.visibility !== null;
}

/**
 * The entries the list shows, from {@link effectiveTimeline}'s order (oldest first): those the
 * filters let through, newest first unless `isOldestFirst`. Superseded entries stay, so a reader
 * sees what was corrected.
 */
export function visibleTimeline(
  entries: readonly EffectiveTimelineEntry[],
  filters: TimelineFilters,
): EffectiveTimelineEntry[] {
  const shown = entries.filter(
    (entry) =>
      (filters.kind === null || entry.kind === filters.kind) &&
      (filters.visibility === null || entry.isExternal === (filters.visibility === 'external')),
  );
  return filters.isOldestFirst ? shown : shown.reverse();
}

/**
 * The pinned entries in the order they were pinned; ids of entries that are not in the list
 * (not loaded, or from imported data) are left out.
 */
export function pinnedTimeline(
  entries: readonly EffectiveTimelineEntry[],
  pinnedEntryIds: readonly string[],
): EffectiveTimelineEntry[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return pinnedEntryIds.flatMap((id) => {
    const entry = byId.get(id);
    return entry === undefined ? [] : [entry];
  });
}

/**
 * The moment typed in a `datetime-local` field (`YYYY-MM-DDTHH:mm`, optionally with seconds) in
 * this device's time zone: null when empty (meaning "now"), `'invalid'` when it is not a date and
 * time or names a local time that does not exist (skipped by a daylight-saving change).
 */
export function parseHappenedAt(value: string): number | null | 'invalid' {
  if (value.trim() === '') {
    return null;
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/u.exec(value.trim());
  if (match === null) {
    return 'invalid';
  }
  const [year, month, day, hour, minute, second] = match
    .slice(1)
    .map((part) => (part === undefined ? 0 : Number(part)));
  const date = new Date(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0, second ?? 0);
  const isSame =
    date.getFullYear() === year &&
    date.getMonth() === (month ?? 1) - 1 &&
    date.getDate() === day &&
    date.getHours() === hour &&
    date.getMinutes() === minute;
  return isSame ? date.getTime() : 'invalid';
}
