import { useState } from 'react';
import type { CommandResult, FieldIssue } from '../../../lib/commandResult';

/** What {@link useStagedWrite} gives a control that saves as soon as it changes. */
export type StagedWrite<T> = {
  /** The value to show: the last one written until the stored row has caught up, else the stored one. */
  value: T;
  /** The issues of the last refused write (empty after a write is accepted). */
  issues: FieldIssue[];
  /** Shows `next` at once and saves it with `save`; a refusal puts the stored value back. */
  write: (
    next: T,
    save: (next: T) => Promise<CommandResult<{ updatedAt: number }>>,
  ) => Promise<void>;
};

type Staging<T> = {
  staged: T | null;
  /** Writes started and not yet answered. */
  inFlight: number;
  /** The `updatedAt` of the row the last accepted write saved. */
  savedAt: number;
  issues: FieldIssue[];
};

/**
 * A value saved on every change (a role's holders, its settings). The live query only catches up
 * after the write commits, and may first deliver a read taken between two quick writes; without
 * this the control would snap back for a moment, and a second quick change (two "Move down"
 * clicks) would start from the old value and undo the first. The written value is shown until
 * every write is answered and the stored row (`storedAt`, its `updatedAt`) is at least as new as
 * the last one saved (and, when exactly as new, holds what was written).
 */
export function useStagedWrite<T>(stored: T, storedAt: number): StagedWrite<T> {
  const [staging, setStaging] = useState<Staging<T>>({
    staged: null,
    inFlight: 0,
    savedAt: 0,
    issues: [],
  });
  const isStagedShown =
    staging.staged !== null &&
    (staging.inFlight > 0 ||
      storedAt < staging.savedAt ||
      // Two writes within one millisecond share `updatedAt`: only the content tells them apart.
      (storedAt === staging.savedAt && JSON.stringify(stored) !== JSON.stringify(staging.staged)));
  const value = isStagedShown && staging.staged !== null ? staging.staged : stored;

  async function write(next: T, save: (next: T) => Promise<CommandResult<{ updatedAt: number }>>) {
    setStaging((current) => ({
      ...current,
      staged: next,
      inFlight: current.inFlight + 1,
      issues: [],
    }));
    const result = await save(next);
    setStaging((current) =>
      result.ok
        ? {
            ...current,
            inFlight: current.inFlight - 1,
            savedAt: Math.max(current.savedAt, result.value.updatedAt),
          }
        : { ...current, staged: null, inFlight: current.inFlight - 1, issues: result.issues },
    );
  }

  return { value, issues: staging.issues, write };
}
