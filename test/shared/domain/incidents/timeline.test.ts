import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  appendEntry,
  canonicalEntryText,
  effectiveTimeline,
  entryHash,
  timelineEntryInputSchema,
  verifyChain,
  verifyTimeline,
  emptyTimelineHead,
} from '../../../../shared/domain/incidents/timeline';
import type {
  AppendEntryResult,
  TimelineEntry,
  TimelineEntryInput,
  UnhashedTimelineEntry,
} from '../../../../shared/domain/incidents/timeline';

const minute = 60_000;
const start = Date.UTC(2025, 2, 1, 9, 0);
const incidentId = 'incident-7';

/** An ordinary keyboard entry with `text`, happening at `at`. */
function input(text: string, at: number, overrides: Partial<TimelineEntryInput> = {}) {
  return {
    kind: 'note',
    at,
    author: 'Mei',
    source: 'keyboard',
    isExternal: false,
    text,
    supersedesId: null,
    ...overrides,
  } satisfies TimelineEntryInput;
}

/** The entry of a successful append; fails the test with the refusal code otherwise. */
function accepted(result: AppendEntryResult): TimelineEntry {
  if (!result.ok) {
    throw new Error(`refused: ${result.code}`);
  }
  return result.value;
}

/**
 * A chain of entries built with appendEntry: `texts[i]` happens at start + i minutes and is
 * recorded a minute later; `supersedes[i]` names the entry index it corrects.
 */
function buildChain(texts: string[], supersedes: Record<number, number> = {}): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const [index, text] of texts.entries()) {
    const target = supersedes[index];
    const supersedesId = target === undefined ? null : `entry-${String(target)}`;
    const at = start + index * minute;
    entries.push(
      accepted(
        appendEntry(
          entries.at(-1),
          incidentId,
          `entry-${String(index)}`,
          input(text, at, { supersedesId }),
          at + minute,
          entries,
        ),
      ),
    );
  }
  return entries;
}

/** `entries` with the entry at `index` replaced by `change(entry)`. */
function withChanged(
  entries: TimelineEntry[],
  index: number,
  change: (entry: TimelineEntry) => TimelineEntry,
): TimelineEntry[] {
  return entries.map((entry, position) => (position === index ? change(entry) : entry));
}

/** `entry` with its hash recomputed, as someone who edits the store knowingly would do. */
function rehashed(entry: TimelineEntry): TimelineEntry {
  const { hash: _oldHash, ...unhashed } = entry;
  return { ...unhashed, hash: entryHash(unhashed) };
}

const fiveEntries = ['Detected', 'Declared', 'Called counsel', 'Holding statement', 'Stable'];

describe('timelineEntryInputSchema', () => {
  it('accepts a keyboard entry and trims its text and author', () => {
    const parsed = timelineEntryInputSchema.parse(
      input('  Called counsel  ', start, { author: ' Mei ' }),
    );
    expect(parsed.text).toBe('Called counsel');
    expect(parsed.author).toBe('Mei');
  });

  it('refuses blank or overlong text and an overlong author with codes', () => {
    const blank = timelineEntryInputSchema.safeParse(input('   ', start));
    expect(blank.error?.issues.map((issue) => issue.message)).toEqual(['required']);
    const long = timelineEntryInputSchema.safeParse(input('x'.repeat(10_001), start));
    expect(long.error?.issues.map((issue) => issue.message)).toEqual(['too-long']);
    const author = timelineEntryInputSchema.safeParse(
      input('ok', start, { author: 'a'.repeat(121) }),
    );
    expect(author.error?.issues.map((issue) => issue.message)).toEqual(['too-long']);
  });

  it('refuses an unknown kind or source', () => {
    expect(
      timelineEntryInputSchema.safeParse({ ...input('ok', start), kind: 'rumour' }).success,
    ).toBe(false);
    expect(
      timelineEntryInputSchema.safeParse({ ...input('ok', start), source: 'email' }).success,
    ).toBe(false);
  });
});

describe('entryHash', () => {
  /** A fixed entry with Chinese text and quotes, so UTF-8 and escaping are pinned too. */
  const fixed: UnhashedTimelineEntry = {
    id: 'entry-1',
    incidentId: 'incident-7',
    sequence: 1,
    recordedAt: 1_740_819_660_000,
    prevHash: 'a'.repeat(64),
    kind: 'decision',
    at: 1_740_819_600_000,
    author: '王小明',
    source: 'keyboard',
    isExternal: false,
    text: '個資外洩: notify "counsel"',
    supersedesId: null,
  };
  const canonical =
    '{"v":1,"id":"entry-1","incidentId":"incident-7","sequence":1,"recordedAt":1740819660000,' +
    `"prevHash":"${'a'.repeat(64)}","kind":"decision","at":1740819600000,"author":"王小明",` +
    '"source":"keyboard","isExternal":false,"text":"個資外洩: notify \\"counsel\\"","supersedesId":null}';
  /** SHA-256 of `canonical`, computed once with node's crypto and written down. */
  const knownHash = 'b30afa9bc16bab45a607ccfac754a4ec9d60465e639cd76941c25cbc1762811a';

  it('hashes the pinned canonical form to a known answer', () => {
    expect(createHash('sha256').update(canonical, 'utf8').digest('hex')).toBe(knownHash);
    expect(canonicalEntryText(fixed)).toBe(canonical);
    expect(entryHash(fixed)).toBe(knownHash);
  });

  it('does not depend on key order or on extra display fields', () => {
    const reversed = Object.fromEntries(Object.entries(fixed).reverse()) as UnhashedTimelineEntry;
    expect(Object.keys(reversed)[0]).toBe('supersedesId');
    expect(entryHash(reversed)).toBe(knownHash);
    const displayed = { ...fixed, supersededBy: 'entry-9', currentVersionId: 'entry-9' };
    expect(entryHash(displayed)).toBe(knownHash);
  });

  it('changes with every hashed field', () => {
    const changes: Partial<UnhashedTimelineEntry>[] = [
      { id: 'entry-2' },
      { incidentId: 'incident-8' },
      { sequence: 2 },
      { recordedAt: fixed.recordedAt + 1 },
      { prevHash: 'b'.repeat(64) },
      { kind: 'action' },
      { at: fixed.at + 1 },
      { author: '王小華' },
      { source: 'manual' },
      { isExternal: true },
      { text: '個資外洩: notify counsel' },
      { supersedesId: 'entry-0' },
    ];
    const hashes = new Set(changes.map((change) => entryHash({ ...fixed, ...change })));
    expect(hashes.size).toBe(changes.length);
    expect(hashes.has(knownHash)).toBe(false);
  });
});

describe('appendEntry', () => {
  it('starts a chain at sequence 0 with an empty previous hash and links the next entry', () => {
    const first = accepted(
      appendEntry(undefined, incidentId, 'entry-0', input('Detected', start), start, []),
    );
    expect(first).toMatchObject({ id: 'entry-0', incidentId, sequence: 0, prevHash: '' });
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/u);
    const second = accepted(
      appendEntry(
        first,
        incidentId,
        'entry-1',
        input('Declared', start + minute),
        start + 2 * minute,
        [first],
      ),
    );
    expect(second).toMatchObject({
      sequence: 1,
      prevHash: first.hash,
      recordedAt: start + 2 * minute,
    });
    const { hash, ...unhashed } = second;
    expect(entryHash(unhashed)).toBe(hash);
  });

  it('stores the validated (trimmed) input and refuses invalid input', () => {
    const entry = accepted(
      appendEntry(undefined, incidentId, 'entry-0', input(' Hi ', start), start, []),
    );
    expect(entry.text).toBe('Hi');
    expect(appendEntry(undefined, incidentId, 'entry-0', input('  ', start), start, [])).toEqual({
      ok: false,
      code: 'invalid-input',
    });
    expect(appendEntry(undefined, incidentId, '', input('Hi', start), start, [])).toEqual({
      ok: false,
      code: 'invalid-input',
    });
  });

  it('refuses a tail from another incident', () => {
    const [first] = buildChain(['Detected']);
    expect(appendEntry(first, 'incident-8', 'entry-1', input('Hi', start), start, [])).toEqual({
      ok: false,
      code: 'wrong-incident',
    });
  });

  it('accepts a recording time earlier than the previous one (clock set back)', () => {
    const entries = buildChain(['Detected']);
    const entry = accepted(
      appendEntry(entries[0], incidentId, 'entry-1', input('Late', start), start - minute, entries),
    );
    expect(entry.sequence).toBe(1);
    expect(verifyChain([...entries, entry])).toEqual({ isIntact: true, count: 2 });
  });

  it('accepts a correction of an earlier entry and of a correction', () => {
    const entries = buildChain(['Decided A', 'Decided B (correction)', 'Decided C (correction)'], {
      1: 0,
      2: 1,
    });
    expect(entries.map((entry) => entry.supersedesId)).toEqual([null, 'entry-0', 'entry-1']);
  });

  it('refuses a correction of an unknown entry or of another incident', () => {
    const entries = buildChain(['Detected', 'Declared']);
    const correction = input('Fixed', start, { supersedesId: 'entry-9' });
    expect(appendEntry(entries[1], incidentId, 'entry-2', correction, start, entries)).toEqual({
      ok: false,
      code: 'unknown-superseded',
    });
    const ofFirst = input('Fixed', start, { supersedesId: 'entry-0' });
    expect(appendEntry(entries[1], incidentId, 'entry-2', ofFirst, start, [])).toEqual({
      ok: false,
      code: 'unknown-superseded',
    });
    const foreign = entries.map((entry) => ({ ...entry, incidentId: 'incident-8' }));
    expect(appendEntry(entries[1], incidentId, 'entry-2', ofFirst, start, foreign)).toEqual({
      ok: false,
      code: 'unknown-superseded',
    });
  });

  it('refuses a correction of an entry not earlier in the chain (stale tail)', () => {
    const entries = buildChain(['Detected', 'Declared', 'Called counsel']);
    const correction = input('Fixed', start, { supersedesId: 'entry-2' });
    expect(appendEntry(entries[1], incidentId, 'entry-9', correction, start, entries)).toEqual({
      ok: false,
      code: 'supersedes-later',
    });
  });

  it('refuses a second correction of an entry already corrected', () => {
    const entries = buildChain(['Decided A', 'Decided B (correction)'], { 1: 0 });
    const again = input('Decided C', start, { supersedesId: 'entry-0' });
    expect(appendEntry(entries[1], incidentId, 'entry-2', again, start, entries)).toEqual({
      ok: false,
      code: 'already-superseded',
    });
  });

  it('never mutates the tail or the known entries', () => {
    const entries = buildChain(['Detected', 'Declared']);
    const snapshot = structuredClone(entries);
    accepted(
      appendEntry(
        entries[1],
        incidentId,
        'entry-2',
        input('Fix', start, { supersedesId: 'entry-0' }),
        start,
        entries,
      ),
    );
    expect(entries).toEqual(snapshot);
  });
});

describe('verifyChain', () => {
  const chain = buildChain(fiveEntries);

  it('reports an intact chain with its count, in any input order', () => {
    expect(verifyChain(chain)).toEqual({ isIntact: true, count: 5 });
    expect(verifyChain([...chain].reverse())).toEqual({ isIntact: true, count: 5 });
    expect(verifyChain(chain, incidentId)).toEqual({ isIntact: true, count: 5 });
    expect(verifyChain([])).toEqual({ isIntact: true, count: 0 });
  });

  it.each([
    ['text', (entry: TimelineEntry) => ({ ...entry, text: 'Called nobody' })],
    ['time', (entry: TimelineEntry) => ({ ...entry, at: entry.at + minute })],
    ['recording time', (entry: TimelineEntry) => ({ ...entry, recordedAt: entry.recordedAt - 1 })],
    ['author', (entry: TimelineEntry) => ({ ...entry, author: 'Someone else' })],
    ['kind', (entry: TimelineEntry) => ({ ...entry, kind: 'decision' as const })],
    ['external flag', (entry: TimelineEntry) => ({ ...entry, isExternal: true })],
    ['supersedes', (entry: TimelineEntry) => ({ ...entry, supersedesId: 'entry-0' })],
  ])('finds a tampered %s at the entry that was changed', (_field, change) => {
    expect(verifyChain(withChanged(chain, 2, change))).toEqual({
      isIntact: false,
      brokenAtSequence: 2,
      reason: 'hash-mismatch',
    });
  });

  it('finds a tampered first entry', () => {
    const tampered = withChanged(chain, 0, (entry) => ({ ...entry, text: 'Nothing happened' }));
    expect(verifyChain(tampered)).toEqual({
      isIntact: false,
      brokenAtSequence: 0,
      reason: 'hash-mismatch',
    });
  });

  it('finds an edited entry that was re-hashed at its successor', () => {
    const tampered = withChanged(chain, 2, (entry) =>
      rehashed({ ...entry, text: 'Called nobody' }),
    );
    expect(verifyChain(tampered)).toEqual({
      isIntact: false,
      brokenAtSequence: 3,
      reason: 'previous-mismatch',
    });
  });

  it('finds a first entry that claims a predecessor', () => {
    const tampered = withChanged(chain, 0, (entry) =>
      rehashed({ ...entry, prevHash: 'f'.repeat(64) }),
    );
    expect(verifyChain(tampered)).toEqual({
      isIntact: false,
      brokenAtSequence: 0,
      reason: 'previous-mismatch',
    });
  });

  it('finds a deleted middle entry as a gap at the missing sequence', () => {
    const deleted = chain.filter((entry) => entry.sequence !== 2);
    expect(verifyChain(deleted)).toEqual({
      isIntact: false,
      brokenAtSequence: 2,
      reason: 'sequence-gap',
    });
  });

  it('finds a deleted first entry', () => {
    expect(verifyChain(chain.slice(1))).toEqual({
      isIntact: false,
      brokenAtSequence: 0,
      reason: 'sequence-gap',
    });
  });

  it('finds a deleted entry whose successors were renumbered and re-hashed', () => {
    const renumbered = chain
      .filter((entry) => entry.sequence !== 2)
      .map((entry) =>
        entry.sequence > 2 ? rehashed({ ...entry, sequence: entry.sequence - 1 }) : entry,
      );
    expect(verifyChain(renumbered)).toEqual({
      isIntact: false,
      brokenAtSequence: 2,
      reason: 'previous-mismatch',
    });
  });

  it('finds a duplicated entry', () => {
    const copies = chain
      .filter((entry) => entry.sequence === 2)
      .map((entry) => ({ ...entry, id: 'entry-copy' }));
    expect(copies).toHaveLength(1);
    const duplicated = [...chain, ...copies];
    expect(verifyChain(duplicated)).toEqual({
      isIntact: false,
      brokenAtSequence: 2,
      reason: 'duplicate-sequence',
    });
  });

  it('finds two entries whose sequences were swapped', () => {
    const swapped = withChanged(
      withChanged(chain, 1, (entry) => ({ ...entry, sequence: 2 })),
      2,
      (entry) => ({ ...entry, sequence: 1 }),
    );
    expect(verifyChain(swapped)).toEqual({
      isIntact: false,
      brokenAtSequence: 1,
      reason: 'hash-mismatch',
    });
    const swappedAndRehashed = swapped.map((entry) =>
      entry.sequence === 1 || entry.sequence === 2 ? rehashed(entry) : entry,
    );
    expect(verifyChain(swappedAndRehashed)).toEqual({
      isIntact: false,
      brokenAtSequence: 1,
      reason: 'previous-mismatch',
    });
  });

  it('finds an entry moved to another incident, even when re-hashed', () => {
    const moved = withChanged(chain, 3, (entry) =>
      rehashed({ ...entry, incidentId: 'incident-8' }),
    );
    expect(verifyChain(moved)).toEqual({
      isIntact: false,
      brokenAtSequence: 3,
      reason: 'wrong-incident',
    });
  });

  it('finds a whole chain of another incident when the incident is given', () => {
    expect(verifyChain(chain, 'incident-8')).toEqual({
      isIntact: false,
      brokenAtSequence: 0,
      reason: 'wrong-incident',
    });
  });
});

describe('effectiveTimeline', () => {
  it('orders by when things happened, then by sequence', () => {
    const entries = buildChain(['First', 'Second', 'Third']);
    const backdated = withChanged(entries, 2, (entry) => ({ ...entry, at: start }));
    expect(effectiveTimeline(backdated).map((entry) => entry.id)).toEqual([
      'entry-0',
      'entry-2',
      'entry-1',
    ]);
  });

  it('marks a corrected entry and chains a correction of a correction', () => {
    const entries = buildChain(['Decided A', 'Other', 'Decided B', 'Decided C'], { 2: 0, 3: 2 });
    const shown = effectiveTimeline(entries);
    expect(shown.map((entry) => [entry.id, entry.supersededBy, entry.currentVersionId])).toEqual([
      ['entry-0', 'entry-2', 'entry-3'],
      ['entry-1', null, 'entry-1'],
      ['entry-2', 'entry-3', 'entry-3'],
      ['entry-3', null, 'entry-3'],
    ]);
  });

  it('ignores a "correction" that is earlier than its target or names an unknown entry', () => {
    const entries = buildChain(['First', 'Second']);
    const odd = withChanged(entries, 0, (entry) => ({ ...entry, supersedesId: 'entry-1' }));
    const unknown = withChanged(odd, 1, (entry) => ({ ...entry, supersedesId: 'entry-9' }));
    expect(effectiveTimeline(unknown).map((entry) => entry.supersededBy)).toEqual([null, null]);
  });

  it('lets the later of two corrections of one entry win', () => {
    const entries = buildChain(['Decided A', 'Decided B', 'Decided C'], { 1: 0 });
    const doubled = withChanged(entries, 2, (entry) => ({ ...entry, supersedesId: 'entry-0' }));
    expect(effectiveTimeline(doubled)[0]?.supersededBy).toBe('entry-2');
    expect(effectiveTimeline([...doubled].reverse())[0]?.supersededBy).toBe('entry-2');
  });

  it('keeps every entry and does not change the input', () => {
    const entries = buildChain(['Decided A', 'Decided B'], { 1: 0 });
    const snapshot = structuredClone(entries);
    expect(effectiveTimeline(entries)).toHaveLength(2);
    expect(entries).toEqual(snapshot);
  });
});

describe('verifyTimeline (the incident-recorded head)', () => {
  it('catches the newest entries being removed, which the chain alone cannot', () => {
    const entries: TimelineEntry[] = [];
    for (let index = 0; index < 4; index += 1) {
      const result = appendEntry(
        entries.at(-1),
        'incident-head',
        `entry-${index}`,
        {
          kind: 'note',
          at: 1_000 + index,
          author: 'Ann',
          source: 'manual',
          isExternal: false,
          text: `Entry ${index}`,
          supersedesId: null,
        },
        2_000 + index,
        entries,
      );
      if (!result.ok) throw new Error(result.code);
      entries.push(result.value);
    }
    const head = { count: 4, hash: entries[3]?.hash ?? '' };
    expect(verifyTimeline(entries, 'incident-head', head)).toEqual({ isIntact: true, count: 4 });
    const cut = entries.slice(0, 3);
    expect(verifyChain(cut, 'incident-head')).toEqual({ isIntact: true, count: 3 });
    expect(verifyTimeline(cut, 'incident-head', head)).toEqual({
      isIntact: false,
      brokenAtSequence: 3,
      reason: 'truncated',
    });
    expect(verifyTimeline([], 'incident-head', emptyTimelineHead)).toEqual({
      isIntact: true,
      count: 0,
    });
  });
});
