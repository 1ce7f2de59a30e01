import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';

/**
 * An incident's timeline: typed entries that are only ever appended. A mistake is fixed by a new
 * entry that supersedes the old one, never by editing it. Each entry carries the SHA-256 hash of
 * its own fields and the hash of the entry before it, so changing, deleting, reordering or moving
 * an entry breaks the chain where it happened and {@link verifyChain} can say where. The chain shows
 * tampering; it does not prevent it (someone who rewrites every hash after the change, or removes
 * the newest entries, leaves a consistent chain), so it proves the log is as the app wrote it, not
 * who wrote it. Validation messages are codes the UI translates under `incidents.validation.<code>`.
 * Times are epoch milliseconds; callers pass them.
 */

/** What an entry records, in the order the quick-entry menu offers them. */
export const timelineEntryKinds = [
  'decision',
  'action',
  'communication',
  'update',
  'monitoring-hit',
  'note',
  'role-change',
  'status-change',
  'inject',
] as const;

/** One of {@link timelineEntryKinds}. */
export type TimelineEntryKind = (typeof timelineEntryKinds)[number];

/**
 * How an entry got in: typed in a form, typed in the keyboard quick entry, from a monitoring alert,
 * written by the app itself (status and role changes), or imported.
 */
export const timelineEntrySources = [
  'manual',
  'keyboard',
  'monitoring',
  'system',
  'import',
] as const;

/** One of {@link timelineEntrySources}. */
export type TimelineEntrySource = (typeof timelineEntrySources)[number];

/** Longest author name. */
export const maxTimelineAuthorLength = 120;

/** Longest entry text: a long note, not a document. */
export const maxTimelineTextLength = 10_000;

/** What a person (or the app) writes for a new entry; the app adds ids, sequence, times and hashes. */
export const timelineEntryInputSchema = z
  .object({
    kind: z.enum(timelineEntryKinds),
    /** When it happened (epoch ms), which may be before it was recorded. */
    at: z.number().int().min(0),
    /** Who wrote it; blank when not recorded. */
    author: z.string().trim().max(maxTimelineAuthorLength, 'too-long'),
    source: z.enum(timelineEntrySources),
    /** Whether it faces outside the company (a statement, a call to a regulator) or stays internal. */
    isExternal: z.boolean(),
    text: z.string().trim().min(1, 'required').max(maxTimelineTextLength, 'too-long'),
    /** The id of the earlier entry this one corrects; null for an ordinary entry. */
    supersedesId: z.string().min(1).max(80).nullable(),
  })
  .strict();

/** See {@link timelineEntryInputSchema}. */
export type TimelineEntryInput = z.output<typeof timelineEntryInputSchema>;

/**
 * A stored entry: the input plus its id, its incident, its place in the incident's chain
 * (`sequence` 0, 1, 2 … without gaps), when it was recorded, the previous entry's hash (`''` for
 * the first) and its own hash (lowercase hex SHA-256, see {@link entryHash}).
 */
export type TimelineEntry = TimelineEntryInput & {
  id: string;
  incidentId: string;
  sequence: number;
  recordedAt: number;
  prevHash: string;
  hash: string;
};

/** An entry before its own hash is computed: what {@link entryHash} covers. */
export type UnhashedTimelineEntry = Omit<TimelineEntry, 'hash'>;

/** Version of the canonical form; part of every hash so a future format cannot collide with it. */
const canonicalFormatVersion = 1;

/**
 * The exact text an entry's hash is computed over: a JSON object with a format version first and
 * then every field except `hash`, always in this order and with null written out, so the hash does
 * not depend on how the entry's object happened to be built (key order, extra display fields).
 * Exported so a test can pin the form; changing it breaks every stored chain.
 */
export function canonicalEntryText(entry: UnhashedTimelineEntry): string {
  return JSON.stringify({
    v: canonicalFormatVersion,
    id: entry.id,
    incidentId: entry.incidentId,
    sequence: entry.sequence,
    recordedAt: entry.recordedAt,
    prevHash: entry.prevHash,
    kind: entry.kind,
    at: entry.at,
    author: entry.author,
    source: entry.source,
    isExternal: entry.isExternal,
    text: entry.text,
    supersedesId: entry.supersedesId,
  });
}

/** The lowercase hex SHA-256 of an entry's {@link canonicalEntryText} (UTF-8). */
export function entryHash(entry: UnhashedTimelineEntry): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalEntryText(entry))));
}

/** Why {@link appendEntry} refused an entry. */
export const appendEntryRefusalCodes = [
  'invalid-input',
  'wrong-incident',
  'unknown-superseded',
  'supersedes-later',
  'already-superseded',
] as const;

/** One of {@link appendEntryRefusalCodes}. */
export type AppendEntryRefusalCode = (typeof appendEntryRefusalCodes)[number];

/** The new entry, or why it was refused. */
export type AppendEntryResult =
  { ok: true; value: TimelineEntry } | { ok: false; code: AppendEntryRefusalCode };

/** What {@link appendEntry} needs to know about existing entries to check a correction. */
export type KnownTimelineEntry = Pick<
  TimelineEntry,
  'id' | 'incidentId' | 'sequence' | 'supersedesId'
>;

/**
 * Builds the entry that follows `previous` (the incident's chain tail; undefined for its first
 * entry) with the next sequence, `previous.hash` as `prevHash`, and its own hash. The input is
 * validated again (refused as `invalid-input`) because whatever enters the chain stays there.
 *
 * A correction (`supersedesId` set) must name an entry of the same incident found in
 * `knownEntries` (`unknown-superseded`), earlier in the chain (`supersedes-later`: the caller's
 * tail was stale), and not corrected already (`already-superseded`: correct the latest correction
 * instead, so corrections form one line). `knownEntries` is only read for corrections, so callers
 * may pass `[]` for ordinary entries; for a correction pass the incident's entries.
 * `recordedAt` may be earlier than the previous entry's (a computer clock set back): the chain
 * orders by sequence, not time. Never mutates its arguments.
 */
export function appendEntry(
  previous: TimelineEntry | undefined,
  incidentId: string,
  id: string,
  input: TimelineEntryInput,
  recordedAt: number,
  knownEntries: readonly KnownTimelineEntry[],
): AppendEntryResult {
  const parsed = timelineEntryInputSchema.safeParse(input);
  if (!parsed.success || id === '' || incidentId === '') {
    return { ok: false, code: 'invalid-input' };
  }
  if (previous !== undefined && previous.incidentId !== incidentId) {
    return { ok: false, code: 'wrong-incident' };
  }
  const sequence = previous === undefined ? 0 : previous.sequence + 1;
  const { supersedesId } = parsed.data;
  if (supersedesId !== null) {
    const superseded = knownEntries.find(
      (entry) => entry.id === supersedesId && entry.incidentId === incidentId,
    );
    if (superseded === undefined) {
      return { ok: false, code: 'unknown-superseded' };
    }
    if (superseded.sequence >= sequence) {
      return { ok: false, code: 'supersedes-later' };
    }
    const isCorrected = knownEntries.some(
      (entry) => entry.incidentId === incidentId && entry.supersedesId === supersedesId,
    );
    if (isCorrected) {
      return { ok: false, code: 'already-superseded' };
    }
  }
  const unhashed: UnhashedTimelineEntry = {
    ...parsed.data,
    id,
    incidentId,
    sequence,
    recordedAt,
    prevHash: previous === undefined ? '' : previous.hash,
  };
  return { ok: true, value: { ...unhashed, hash: entryHash(unhashed) } };
}

/** Why a chain is not intact, checked in this order for each entry by sequence. */
export const chainBreakReasons = [
  'wrong-incident',
  'duplicate-sequence',
  'sequence-gap',
  'hash-mismatch',
  'previous-mismatch',
  'truncated',
] as const;

/** One of {@link chainBreakReasons}. */
export type ChainBreakReason = (typeof chainBreakReasons)[number];

/** The outcome of {@link verifyChain}. */
export type ChainVerification =
  | { isIntact: true; count: number }
  | { isIntact: false; brokenAtSequence: number; reason: ChainBreakReason };

/**
 * Checks an incident's entries (in any order; sorted by sequence here) and reports the first
 * break: an entry of another incident (`wrong-incident`; the incident is `incidentId` when given,
 * otherwise that of the lowest sequence), two entries with one sequence (`duplicate-sequence`), a
 * missing sequence (`sequence-gap`, reported at the missing number; the chain starts at 0), an
 * entry whose fields no longer match its hash (`hash-mismatch`: edited in place), or one whose
 * `prevHash` is not its predecessor's hash (`previous-mismatch`: the predecessor was edited and
 * re-hashed, or replaced). An empty list is intact. Removing the newest entries cannot be seen
 * from the entries alone; compare `count` with what the incident expects.
 */
export function verifyChain(
  entries: readonly TimelineEntry[],
  incidentId?: string,
): ChainVerification {
  const sorted = [...entries].sort((left, right) => left.sequence - right.sequence);
  const expectedIncidentId = incidentId ?? sorted[0]?.incidentId;
  for (const [index, entry] of sorted.entries()) {
    const previous = sorted[index - 1];
    if (entry.incidentId !== expectedIncidentId) {
      return { isIntact: false, brokenAtSequence: entry.sequence, reason: 'wrong-incident' };
    }
    if (previous !== undefined && previous.sequence === entry.sequence) {
      return { isIntact: false, brokenAtSequence: entry.sequence, reason: 'duplicate-sequence' };
    }
    if (entry.sequence !== index) {
      return { isIntact: false, brokenAtSequence: index, reason: 'sequence-gap' };
    }
    const { hash, ...unhashed } = entry;
    if (entryHash(unhashed) !== hash) {
      return { isIntact: false, brokenAtSequence: entry.sequence, reason: 'hash-mismatch' };
    }
    if (entry.prevHash !== (previous === undefined ? '' : previous.hash)) {
      return { isIntact: false, brokenAtSequence: entry.sequence, reason: 'previous-mismatch' };
    }
  }
  return { isIntact: true, count: sorted.length };
}

/**
 * The newest entry an incident knows it has: how many entries, and the last one's hash. Stored
 * on the incident and moved in the same transaction as every append, so removing the newest
 * entries (which leaves a chain that checks as intact) is caught.
 */
export type TimelineHead = { count: number; hash: string };

/** The head of an empty timeline. */
export const emptyTimelineHead: TimelineHead = { count: 0, hash: '' };

/**
 * {@link verifyChain}, then compares the result with the head the incident recorded: fewer
 * entries, or a last hash that differs, is `truncated` (reported at the first missing sequence).
 */
export function verifyTimeline(
  entries: readonly TimelineEntry[],
  incidentId: string,
  head: TimelineHead,
): ChainVerification {
  const result = verifyChain(entries, incidentId);
  if (!result.isIntact) {
    return result;
  }
  const last = entries.reduce<TimelineEntry | undefined>(
    (latest, entry) => (latest === undefined || entry.sequence > latest.sequence ? entry : latest),
    undefined,
  );
  if (result.count < head.count || (last?.hash ?? '') !== head.hash) {
    return {
      isIntact: false,
      brokenAtSequence: Math.min(result.count, head.count),
      reason: 'truncated',
    };
  }
  return result;
}

/**
 * An entry as displayed: who corrected it directly (`supersededBy`, null while it stands) and the
 * id of the latest correction in its line (`currentVersionId`; its own id when not corrected).
 */
export type EffectiveTimelineEntry = TimelineEntry & {
  supersededBy: string | null;
  currentVersionId: string;
};

/**
 * The entries for display, ordered by when they happened (`at`, then `sequence`), each marked with
 * the correction that supersedes it. Corrections chain: when B corrects A and C corrects B, A and B
 * are superseded and both lead to C. Only a later entry (higher sequence) of the same incident can
 * supersede; should two corrections name one entry (imported data; {@link appendEntry} refuses
 * it), the later one wins. Superseded entries stay in the list so the UI can show them struck out.
 */
export function effectiveTimeline(entries: readonly TimelineEntry[]): EffectiveTimelineEntry[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const supersededBy = new Map<string, TimelineEntry>();
  for (const entry of entries) {
    const target = entry.supersedesId === null ? undefined : byId.get(entry.supersedesId);
    if (
      target === undefined ||
      target.incidentId !== entry.incidentId ||
      target.sequence >= entry.sequence
    ) {
      continue;
    }
    const current = supersededBy.get(target.id);
    if (current === undefined || current.sequence < entry.sequence) {
      supersededBy.set(target.id, entry);
    }
  }
  /** Follows corrections to the end of the line; the visited set guards against repeated ids. */
  function currentVersionOf(entry: TimelineEntry): string {
    const visited = new Set([entry.id]);
    let current = entry;
    for (let next = supersededBy.get(current.id); next !== undefined && !visited.has(next.id);) {
      visited.add(next.id);
      current = next;
      next = supersededBy.get(current.id);
    }
    return current.id;
  }
  return [...entries]
    .sort((left, right) => left.at - right.at || left.sequence - right.sequence)
    .map((entry) => ({
      ...entry,
      supersededBy: supersededBy.get(entry.id)?.id ?? null,
      currentVersionId: currentVersionOf(entry),
    }));
}
