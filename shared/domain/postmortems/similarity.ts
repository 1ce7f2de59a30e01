import type { Incident } from '../incidents/incident';
import { normalizeForSearch, originalRange, runTokens, searchRuns } from '../../search/searchText';
import type { Postmortem } from './postmortem';

/**
 * Similar past incidents, suggested while a new incident is declared: incidents of the same crisis
 * type, ranked by how many words (and, for Chinese, character pairs) of the new incident's title
 * and summary they share with their own title, summary and postmortem lessons, the more recent
 * first among equals, each with the words it shares (as the user wrote them) and its postmortem's
 * first lessons. Text is compared in the search engine's normalised form (shared/search), so
 * Traditional and Simplified Chinese, case and full-width letters all meet. Pure.
 */

/** The incident being declared (or looked at): what it is compared by. */
export type SimilarityCandidate = {
  crisisTypeId: string | null;
  title: string;
  summary?: string;
  /** An exercise is compared with exercises too; a real incident only with real ones. */
  isExercise?: boolean;
};

/** Options of {@link similarIncidents}. */
export type SimilarityOptions = {
  /** Most incidents returned; {@link defaultSimilarLimit} when absent. */
  limit?: number;
  /** An incident never suggested (the one being edited). */
  excludeIncidentId?: string;
  /** Most lessons carried per incident; {@link defaultSimilarLessonLimit} when absent. */
  lessonLimit?: number;
};

/** Incidents suggested when the caller sets no limit: what a dialog shows without crowding it. */
export const defaultSimilarLimit = 3;

/** Lessons carried per suggestion when the caller sets no limit. */
export const defaultSimilarLessonLimit = 2;

/** Most shared words a suggestion names; more would not read as a reason. */
export const maxSharedWords = 5;

/** One suggested past incident and why it was suggested. */
export type SimilarIncident = {
  incident: Incident;
  /** Distinct words and character pairs shared; 0 when only the crisis type is shared. */
  score: number;
  /** The shared words and Chinese phrases as the candidate wrote them, in its order; may be empty. */
  sharedWords: string[];
  /** The incident's postmortem, if it has one. */
  postmortemId: string | null;
  postmortemReference: string | null;
  /** The postmortem's first lessons (at most the lesson limit), as written. */
  lessons: string[];
};

/**
 * Common English words that say nothing about an incident; sharing them is no similarity.
 * Chinese needs no list: single characters are never compared, only pairs.
 */
const stopWords: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'by',
  'for',
  'from',
  'has',
  'have',
  'in',
  'is',
  'it',
  'its',
  'of',
  'on',
  'or',
  'our',
  'that',
  'the',
  'their',
  'this',
  'to',
  'was',
  'we',
  'were',
  'with',
]);

/** True for a token worth comparing: two characters or more, not a stop word. */
function isMeaningful(token: string): boolean {
  return Array.from(token).length >= 2 && !stopWords.has(token);
}

/** The distinct meaningful tokens of already normalised text. */
function meaningfulTokens(normalizedText: string): Set<string> {
  const tokens = new Set<string>();
  for (const run of searchRuns(normalizedText)) {
    for (const token of runTokens(run)) {
      if (isMeaningful(token)) tokens.add(token);
    }
  }
  return tokens;
}

/** A past incident prepared for comparison. */
type PreparedIncident = {
  incident: Incident;
  tokens: ReadonlySet<string>;
  postmortem: Postmortem | null;
};

/**
 * Past incidents and postmortems prepared once (tokenised, grouped by crisis type), so ranking
 * while someone types compares sets instead of re-reading every text. Make it again when the
 * incidents or postmortems change.
 */
export type SimilarityIndex = {
  readonly byCrisisType: ReadonlyMap<string, readonly PreparedIncident[]>;
};

/** Prepares `incidents` (with their `postmortems`) for {@link rankSimilarIncidents}. */
export function prepareSimilarity(
  incidents: readonly Incident[],
  postmortems: readonly Postmortem[],
): SimilarityIndex {
  const postmortemOf = new Map(
    postmortems.map((postmortem) => [postmortem.incidentId, postmortem]),
  );
  const byCrisisType = new Map<string, PreparedIncident[]>();
  for (const incident of incidents) {
    if (incident.crisisTypeId === null) continue;
    const postmortem = postmortemOf.get(incident.id) ?? null;
    const text = [
      incident.title,
      incident.summary,
      ...(postmortem?.content.lessons.map((lesson) => lesson.text) ?? []),
    ].join('\n');
    const prepared: PreparedIncident = {
      incident,
      tokens: meaningfulTokens(normalizeForSearch(text)),
      postmortem,
    };
    const group = byCrisisType.get(incident.crisisTypeId);
    if (group === undefined) {
      byCrisisType.set(incident.crisisTypeId, [prepared]);
    } else {
      group.push(prepared);
    }
  }
  return { byCrisisType };
}

/** The UTF-16 offset of each character of `text` (plus its end), for character positions. */
function characterOffsets(text: string, start: number): number[] {
  const offsets = [start];
  let offset = start;
  for (const character of text) {
    offset += character.length;
    offsets.push(offset);
  }
  return offsets;
}

/**
 * The words and Chinese phrases of the candidate's text that share tokens with a past incident,
 * as the candidate wrote them: each shared word, and each longest stretch of Chinese characters
 * covered by shared pairs (資料外洩 rather than 資料, 料外, 外洩), in order, without repeats.
 */
function sharedWordsOf(
  text: string,
  normalizedText: string,
  shared: ReadonlySet<string>,
): string[] {
  const words: string[] = [];
  const seen = new Set<string>();
  const take = (start: number, end: number) => {
    const key = normalizedText.slice(start, end);
    if (seen.has(key) || words.length >= maxSharedWords) return;
    seen.add(key);
    const range = originalRange(text, normalizedText, start, end);
    words.push(text.slice(range.start, range.end));
  };
  for (const run of searchRuns(normalizedText)) {
    if (!run.isCjk) {
      if (shared.has(run.text)) take(run.start, run.end);
      continue;
    }
    const characters = Array.from(run.text);
    const offsets = characterOffsets(run.text, run.start);
    let stretchStart: number | null = null;
    for (let index = 0; index < characters.length; index += 1) {
      const pair = `${characters[index] ?? ''}${characters[index + 1] ?? ''}`;
      const isShared = index + 1 < characters.length && shared.has(pair);
      if (isShared && stretchStart === null) {
        stretchStart = index;
      } else if (!isShared && stretchStart !== null) {
        // The stretch's last pair ended at this character.
        take(offsets[stretchStart] ?? run.start, offsets[index + 1] ?? run.end);
        stretchStart = null;
      }
    }
  }
  return words;
}

/**
 * The past incidents most like `candidate`, best first: only incidents of its crisis type (none
 * when it has no type), never `excludeIncidentId`, and exercises only when the candidate is one.
 * Ranked by the number of distinct meaningful words and Chinese character pairs shared between
 * the candidate's title and summary and the incident's title, summary and postmortem lessons; the
 * more recently detected first among equals (then by reference). Incidents sharing only the type
 * come last, newest first, with no shared words.
 */
export function rankSimilarIncidents(
  index: SimilarityIndex,
  candidate: SimilarityCandidate,
  options: SimilarityOptions = {},
): SimilarIncident[] {
  if (candidate.crisisTypeId === null) {
    return [];
  }
  const limit = Math.max(0, Math.floor(options.limit ?? defaultSimilarLimit));
  const lessonLimit = Math.max(0, Math.floor(options.lessonLimit ?? defaultSimilarLessonLimit));
  const isIncludingExercises = candidate.isExercise === true;
  const text = `${candidate.title}\n${candidate.summary ?? ''}`;
  const normalizedText = normalizeForSearch(text);
  const candidateTokens = meaningfulTokens(normalizedText);

  const scored = (index.byCrisisType.get(candidate.crisisTypeId) ?? [])
    .filter(
      ({ incident }) =>
        incident.id !== options.excludeIncidentId && (isIncludingExercises || !incident.isExercise),
    )
    .map((prepared) => {
      const shared = new Set<string>();
      for (const token of candidateTokens) {
        if (prepared.tokens.has(token)) shared.add(token);
      }
      return { prepared, shared };
    })
    .sort(
      (a, b) =>
        b.shared.size - a.shared.size ||
        b.prepared.incident.detectedAt - a.prepared.incident.detectedAt ||
        a.prepared.incident.reference.localeCompare(b.prepared.incident.reference),
    );

  return scored.slice(0, limit).map(({ prepared, shared }) => ({
    incident: prepared.incident,
    score: shared.size,
    sharedWords: shared.size === 0 ? [] : sharedWordsOf(text, normalizedText, shared),
    postmortemId: prepared.postmortem?.id ?? null,
    postmortemReference: prepared.postmortem?.reference ?? null,
    lessons: (prepared.postmortem?.content.lessons ?? [])
      .slice(0, lessonLimit)
      .map((lesson) => lesson.text),
  }));
}

/**
 * The past incidents most like `candidate` among `incidents` (with their `postmortems`): see
 * {@link rankSimilarIncidents}. Prepares the incidents on every call; a caller ranking again and
 * again over the same incidents (a form while typing) keeps {@link prepareSimilarity}'s index.
 */
export function similarIncidents(
  candidate: SimilarityCandidate,
  incidents: readonly Incident[],
  postmortems: readonly Postmortem[],
  options: SimilarityOptions = {},
): SimilarIncident[] {
  return rankSimilarIncidents(prepareSimilarity(incidents, postmortems), candidate, options);
}
