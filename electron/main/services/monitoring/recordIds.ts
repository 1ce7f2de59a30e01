import { timeOrderedId } from '../../../../shared/monitoring/records';

/** Hands out outbox record ids. */
export interface RecordIdGenerator {
  /** A new id, strictly greater (as text) than every id handed out or observed before. */
  next(): string;
  /** Raises the floor to an id already in the outbox, so ids stay ordered across restarts. */
  observe(id: string): void;
}

/** The shape {@link timeOrderedId} produces: 9 base-36 digits of time, a dash, the sequence. */
const idPattern = /^([0-9a-z]{9})-([0-9a-z]{4,})$/u;

/**
 * Time-ordered ids that never go backwards: within one millisecond the sequence counts up, and
 * when the wall clock steps back the last time is kept, so text order stays creation order (the
 * renderer pages through pending records by id).
 */
export function createRecordIdGenerator(now: () => number): RecordIdGenerator {
  let lastAt = -1;
  let sequence = 0;
  return {
    next: () => {
      const at = Math.trunc(now());
      if (at > lastAt) {
        lastAt = at;
        sequence = 0;
      } else {
        sequence += 1;
      }
      return timeOrderedId(lastAt, sequence);
    },
    observe: (id) => {
      const match = idPattern.exec(id);
      if (match === null) return;
      const at = Number.parseInt(match[1] ?? '', 36);
      const observedSequence = Number.parseInt(match[2] ?? '', 36);
      if (at > lastAt || (at === lastAt && observedSequence > sequence)) {
        lastAt = at;
        sequence = observedSequence;
      }
    },
  };
}
