import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../../../renderer/src/lib/search/searchEngine';
import type { SearchEngine } from '../../../../renderer/src/lib/search/searchEngine';
import type {
  SearchReply,
  SearchRequest,
} from '../../../../renderer/src/lib/search/searchProtocol';

/** An engine whose slices run only when the test says, with one document per slice. */
function steppedEngine(): {
  engine: SearchEngine;
  replies: SearchReply[];
  runSlices: () => void;
} {
  const replies: SearchReply[] = [];
  const slices: (() => void)[] = [];
  const engine = createSearchEngine((reply) => replies.push(reply), {
    sliceBudgetMs: 0,
    scheduleSlice: (runSlice) => slices.push(runSlice),
  });
  const runSlices = () => {
    while (slices.length > 0) slices.shift()?.();
  };
  return { engine, replies, runSlices };
}

/** An apply request. */
function apply(
  requestId: number,
  upserts: { id: string; title: string }[],
  removals: string[] = [],
  isReset = false,
): SearchRequest {
  return {
    type: 'apply',
    requestId,
    isReset,
    upserts: upserts.map(({ id, title }) => ({ id, kind: 'sop', title, body: '' })),
    removals,
  };
}

/** A search request. */
function search(requestId: number, query: string): SearchRequest {
  return { type: 'search', requestId, query, options: {} };
}

/** The ids of the last hits reply. */
function lastHitIds(replies: readonly SearchReply[]): string[] {
  const reply = replies.findLast((candidate) => candidate.type === 'hits');
  return reply?.type === 'hits' ? reply.hits.map((hit) => hit.id) : [];
}

describe('createSearchEngine', () => {
  it('indexes one slice at a time and answers searches in between', () => {
    const { engine, replies, runSlices } = steppedEngine();
    engine.receive(
      apply(1, [
        { id: 'a', title: 'Recall' },
        { id: 'b', title: 'Recall too' },
      ]),
    );
    engine.receive(search(2, 'recall'));
    expect(lastHitIds(replies)).toEqual([]);
    runSlices();
    expect(replies.filter((reply) => reply.type === 'applied')).toEqual([
      { type: 'applied', requestId: 1, size: 2 },
    ]);
    engine.receive(search(3, 'recall'));
    expect(lastHitIds(replies).sort()).toEqual(['a', 'b']);
  });

  it('applies changes in the order received: a removal never overtakes an earlier add', () => {
    const { engine, replies, runSlices } = steppedEngine();
    engine.receive(apply(1, [{ id: 'a', title: 'Recall' }]));
    engine.receive(apply(2, [], ['a']));
    runSlices();
    engine.receive(search(3, 'recall'));
    expect(lastHitIds(replies)).toEqual([]);
    expect(
      replies.filter((reply) => reply.type === 'applied').map((reply) => reply.requestId),
    ).toEqual([1, 2]);
  });

  it('starts from empty on a reset, acknowledging what it superseded', () => {
    const { engine, replies, runSlices } = steppedEngine();
    engine.receive(apply(1, [{ id: 'old', title: 'Recall' }]));
    runSlices();
    engine.receive(apply(2, [{ id: 'queued', title: 'Recall' }]));
    engine.receive(apply(3, [{ id: 'new', title: 'Recall' }], [], true));
    runSlices();
    engine.receive(search(4, 'recall'));
    expect(lastHitIds(replies)).toEqual(['new']);
    expect(
      replies.filter((reply) => reply.type === 'applied').map((reply) => reply.requestId),
    ).toEqual([1, 2, 3]);
  });

  it('answers a malformed request with a failure naming its id when it can', () => {
    const { engine, replies } = steppedEngine();
    engine.receive({ type: 'search', requestId: 7, query: 42 });
    engine.receive('nonsense');
    expect(replies).toMatchObject([
      { type: 'failed', requestId: 7 },
      { type: 'failed', requestId: null },
    ]);
  });

  it('drops queued work and stays silent once stopped', () => {
    const { engine, replies, runSlices } = steppedEngine();
    engine.receive(apply(1, [{ id: 'a', title: 'Recall' }]));
    engine.stop();
    runSlices();
    engine.receive(search(2, 'recall'));
    expect(replies).toEqual([]);
  });
});
