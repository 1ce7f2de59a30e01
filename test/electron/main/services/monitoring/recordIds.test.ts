import { describe, expect, it } from 'vitest';
import { createRecordIdGenerator } from '../../../../../electron/main/services/monitoring/recordIds';
import { timeOrderedId } from '../../../../../shared/monitoring/records';

describe('createRecordIdGenerator', () => {
  it('counts up within one millisecond and keeps text order when the clock steps back', () => {
    let now = 1_800_000_000_000;
    const ids = createRecordIdGenerator(() => now);
    const made = [ids.next(), ids.next()];
    now -= 5_000;
    made.push(ids.next());
    now += 10_000;
    made.push(ids.next());
    expect(made[0]).toBe(timeOrderedId(1_800_000_000_000, 0));
    expect(made[1]).toBe(timeOrderedId(1_800_000_000_000, 1));
    expect(made[2]).toBe(timeOrderedId(1_800_000_000_000, 2));
    expect(new Set(made).size).toBe(made.length);
    expect([...made].sort()).toEqual(made);
  });

  it('continues above an id already in the outbox', () => {
    const ids = createRecordIdGenerator(() => 1_000);
    ids.observe(timeOrderedId(2_000, 7));
    ids.observe('not-an-id');
    expect(ids.next()).toBe(timeOrderedId(2_000, 8));
  });
});
