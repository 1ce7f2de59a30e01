import { describe, expect, it } from 'vitest';
import {
  createScheduler,
  maxTimerWaitMs,
  type RunResult,
  type SchedulerOptions,
} from '../../../../../electron/main/services/monitoring/scheduler';
import { jitterBoundMs, minuteMs } from '../../../../../shared/monitoring/schedule';
import type { SourceConfig, SourceFetchState } from '../../../../../shared/monitoring/source';
import { createRecordingLogger } from '../../ipc/fakes';
import { createFakeClock, settle } from './fakeClock';
import { scheduled } from './sources';

interface Started {
  id: string;
  at: number;
  config: SourceConfig;
  state: SourceFetchState;
  signal: AbortSignal;
  finish(result: RunResult): void;
}

/** A scheduler over a fake clock and a runner whose fetches the test finishes by hand. */
function setUp(overrides: Partial<SchedulerOptions> = {}) {
  const clock = createFakeClock();
  const started: Started[] = [];
  const scheduler = createScheduler({
    clock,
    random: () => 0,
    logger: createRecordingLogger(),
    onChange: () => undefined,
    run: (source, signal) =>
      new Promise<RunResult>((resolve) => {
        started.push({
          id: source.config.id,
          at: clock.now(),
          config: source.config,
          state: source.state,
          signal,
          finish: resolve,
        });
        signal.addEventListener('abort', () => resolve({ kind: 'aborted' }));
      }),
    ...overrides,
  });
  const success = (): RunResult => ({
    kind: 'success',
    finishedAt: clock.now(),
    etag: null,
    lastModified: null,
  });
  const finishAll = async (result: () => RunResult = success) => {
    for (const run of started.splice(0)) run.finish(result());
    await settle();
  };
  return { clock, scheduler, started, success, finishAll };
}

const ids = (started: readonly { id: string }[]) => started.map((run) => run.id);

describe('scheduler', () => {
  it('starts never-run sources at once and the most overdue first', async () => {
    const { clock, scheduler, started } = setUp({ concurrency: 1 });
    const now = clock.now();
    scheduler.setSources([
      scheduled('recent', {}, { lastAttemptAt: now - 61 * minuteMs }),
      scheduled('oldest', {}, { lastAttemptAt: now - 5 * 60 * minuteMs }),
      scheduled('middle', {}, { lastAttemptAt: now - 2 * 60 * minuteMs }),
      scheduled('not-yet', {}, { lastAttemptAt: now - 10 * minuteMs }),
    ]);
    scheduler.start();
    await settle();
    const order: string[] = [];
    for (let step = 0; step < 4; step += 1) {
      const run = started.shift();
      if (run === undefined) break;
      order.push(run.id);
      run.finish({ kind: 'success', finishedAt: clock.now(), etag: null, lastModified: null });
      await settle();
    }
    expect(order).toEqual(['oldest', 'middle', 'recent']);
  });

  it('runs a never-run source immediately after it is added', async () => {
    const { scheduler, started } = setUp();
    scheduler.start();
    scheduler.setSources([scheduled('fresh')]);
    await settle();
    expect(ids(started)).toEqual(['fresh']);
  });

  it('adds a jitter within the exported bounds to the next due time', async () => {
    for (const draw of [0, 0.5, 0.999999]) {
      const { clock, scheduler, finishAll } = setUp({ random: () => draw });
      scheduler.setSources([scheduled('a', { intervalMinutes: 5 })]);
      scheduler.start();
      await settle();
      const startedAt = clock.now();
      await finishAll();
      const [runtime] = scheduler.listRuntime();
      const jitter = (runtime?.nextRunAt ?? 0) - startedAt - 5 * minuteMs;
      expect(jitter).toBeGreaterThanOrEqual(0);
      expect(jitter).toBeLessThan(jitterBoundMs(5 * minuteMs));
      expect(jitter).toBe(Math.floor(draw * jitterBoundMs(5 * minuteMs)));
    }
  });

  it('never runs more fetches at once than its concurrency', async () => {
    const { scheduler, started } = setUp({ concurrency: 3 });
    scheduler.setSources(['a', 'b', 'c', 'd', 'e'].map((id) => scheduled(id)));
    scheduler.start();
    await settle();
    expect(ids(started)).toEqual(['a', 'b', 'c']);
    expect(scheduler.runningCount()).toBe(3);
    started[1]?.finish({ kind: 'failure' });
    await settle();
    expect(ids(started)).toEqual(['a', 'b', 'c', 'd']);
    expect(scheduler.runningCount()).toBe(3);
  });

  it('never starts a second fetch of a source that is still running', async () => {
    const { clock, scheduler, started } = setUp();
    scheduler.setSources([scheduled('slow', { intervalMinutes: 5 })]);
    scheduler.start();
    await settle();
    await clock.advance(30 * minuteMs);
    expect(ids(started)).toEqual(['slow']);
    expect(scheduler.runNow('slow')).toEqual({ queued: [], alreadyRunning: ['slow'] });
    expect(scheduler.runNow(null)).toEqual({ queued: [], alreadyRunning: ['slow'] });
    // Removed and re-added while running: still one fetch.
    scheduler.setSources([]);
    scheduler.setSources([scheduled('slow', { intervalMinutes: 5 })]);
    await settle();
    expect(ids(started)).toEqual(['slow']);
  });

  it('backs off after failures: interval × 2^(n−1), capped at four intervals', async () => {
    const { clock, scheduler, started } = setUp();
    scheduler.setSources([scheduled('flaky', { intervalMinutes: 10 })]);
    scheduler.start();
    await settle();
    const starts: number[] = [];
    // Each run fails the moment it starts; time moves a minute at a time.
    while (starts.length < 5) {
      const run = started.shift();
      if (run === undefined) {
        await clock.advance(minuteMs);
        continue;
      }
      starts.push(run.at);
      run.finish({ kind: 'failure' });
      await settle();
    }
    const gaps = starts.slice(1).map((at, index) => (at - (starts[index] ?? 0)) / minuteMs);
    expect(gaps).toEqual([10, 20, 40, 40]);
    expect(scheduler.stateOf('flaky')?.consecutiveFailures).toBe(5);
    expect(scheduler.listRuntime()[0]?.isBackingOff).toBe(true);
  });

  it('resets the backoff after a success', async () => {
    const { clock, scheduler, started } = setUp();
    scheduler.setSources([
      scheduled(
        'a',
        { intervalMinutes: 10 },
        { consecutiveFailures: 3, lastAttemptAt: clock.now() },
      ),
    ]);
    scheduler.start();
    await clock.advance(40 * minuteMs);
    started
      .shift()
      ?.finish({ kind: 'success', finishedAt: clock.now(), etag: 'x', lastModified: null });
    await settle();
    expect(scheduler.stateOf('a')).toMatchObject({ consecutiveFailures: 0, etag: 'x' });
    expect(scheduler.listRuntime()[0]?.nextRunAt).toBe(clock.now() + 10 * minuteMs);
  });

  it('starts nothing while offline or asleep and counts no failure then', async () => {
    const { clock, scheduler, started } = setUp();
    scheduler.setHostState({ isOnline: false, isSuspended: false });
    scheduler.setSources([scheduled('a', { intervalMinutes: 5 })]);
    scheduler.start();
    await clock.advance(60 * minuteMs);
    expect(started).toEqual([]);
    // The offline timer does not spin: no timer is armed for an overdue source while offline.
    expect(clock.pendingTimers()).toBe(0);
    scheduler.setHostState({ isOnline: true, isSuspended: true });
    await clock.advance(60 * minuteMs);
    expect(started).toEqual([]);
  });

  it('does not count a run that failed because the host went offline', async () => {
    const { scheduler, started } = setUp();
    scheduler.setSources([scheduled('a', { intervalMinutes: 5 })]);
    scheduler.start();
    await settle();
    started.shift()?.finish({ kind: 'offline' });
    await settle();
    expect(scheduler.stateOf('a')).toMatchObject({ consecutiveFailures: 0, lastAttemptAt: null });
  });

  it('catches up at once when the network returns: most overdue first, within the limit', async () => {
    const { clock, scheduler, started } = setUp({ concurrency: 2 });
    const now = clock.now();
    scheduler.setSources([
      scheduled('a', { intervalMinutes: 60 }, { lastAttemptAt: now - 50 * minuteMs }),
      scheduled('b', { intervalMinutes: 60 }, { lastAttemptAt: now - 40 * minuteMs }),
      scheduled('c', { intervalMinutes: 60 }, { lastAttemptAt: now - 55 * minuteMs }),
    ]);
    scheduler.setHostState({ isOnline: false, isSuspended: false });
    scheduler.start();
    await clock.advance(3 * 60 * minuteMs);
    expect(started).toEqual([]);
    const backAt = clock.now();
    scheduler.setHostState({ isOnline: true, isSuspended: false });
    await settle();
    expect(ids(started)).toEqual(['c', 'a']);
    expect(started.every((run) => run.at === backAt)).toBe(true);
  });

  it('catches up at once after a wake, even before its capped timer fires', async () => {
    const { clock, scheduler, started, finishAll } = setUp();
    scheduler.setSources([
      scheduled('a', { intervalMinutes: 60 }),
      scheduled('b', { intervalMinutes: 5 }),
    ]);
    scheduler.start();
    await settle();
    await finishAll();
    scheduler.setHostState({ isOnline: true, isSuspended: true });
    clock.jump(8 * 60 * minuteMs);
    scheduler.setHostState({ isOnline: true, isSuspended: false });
    await settle();
    // The 5-minute source is hours more overdue than the hourly one.
    expect(ids(started)).toEqual(['b', 'a']);
  });

  it('notices a wall-clock jump within the capped timer wait', async () => {
    const { clock, scheduler, started, finishAll } = setUp();
    scheduler.setSources([scheduled('a', { intervalMinutes: 24 * 60 })]);
    scheduler.start();
    await settle();
    await finishAll();
    clock.jump(25 * 60 * minuteMs);
    await clock.advance(maxTimerWaitMs);
    expect(ids(started)).toEqual(['a']);
  });

  it('runs one or all enabled sources on request', async () => {
    const { clock, scheduler, started, finishAll } = setUp();
    const now = clock.now();
    scheduler.setSources([
      scheduled('a', {}, { lastAttemptAt: now }),
      scheduled('b', {}, { lastAttemptAt: now }),
      scheduled('off', { enabled: false }, { lastAttemptAt: now }),
    ]);
    scheduler.start();
    await settle();
    expect(started).toEqual([]);
    expect(scheduler.runNow('b')).toEqual({ queued: ['b'], alreadyRunning: [] });
    await settle();
    expect(ids(started)).toEqual(['b']);
    expect(scheduler.runNow(null)).toEqual({ queued: ['a'], alreadyRunning: ['b'] });
    await settle();
    expect(ids(started)).toEqual(['b', 'a']);
    await finishAll();
    expect(scheduler.runNow('off')).toEqual({ queued: [], alreadyRunning: [] });
    expect(scheduler.runNow('unknown')).toEqual({ queued: [], alreadyRunning: [] });
  });

  it('keeps the other slots working while one source hangs', async () => {
    const { clock, scheduler, started } = setUp({ concurrency: 2 });
    scheduler.setSources([
      scheduled('hangs', { intervalMinutes: 5 }, { lastAttemptAt: clock.now() - 60 * minuteMs }),
      scheduled('b', { intervalMinutes: 5 }),
    ]);
    scheduler.start();
    await settle();
    expect(ids(started)).toEqual(['hangs', 'b']);
    const runsOfB: number[] = [];
    for (let round = 0; round < 6; round += 1) {
      const run = started.find((candidate) => candidate.id === 'b');
      if (run === undefined) throw new Error('b did not run');
      runsOfB.push(run.at);
      started.splice(started.indexOf(run), 1);
      run.finish({ kind: 'success', finishedAt: clock.now(), etag: null, lastModified: null });
      await clock.advance(6 * minuteMs);
    }
    const gaps = runsOfB.slice(1).map((at, index) => at - (runsOfB[index] ?? 0));
    expect(gaps.every((gap) => gap === 5 * minuteMs)).toBe(true);
    expect(ids(started)).toEqual(['hangs', 'b']);
  });

  it('keeps runtime state across source lists and resets validators when the request changes', async () => {
    const { clock, scheduler, started } = setUp();
    scheduler.setSources([scheduled('a'), scheduled('b')]);
    scheduler.start();
    await settle();
    for (const run of started.splice(0)) {
      run.finish({
        kind: 'success',
        finishedAt: clock.now(),
        etag: `"${run.id}"`,
        lastModified: 'Sun, 22 Nov 2026 08:00:00 GMT',
      });
    }
    await settle();
    const attemptAt = clock.now();
    // The renderer's (older) state is ignored for ids this process already knows.
    scheduler.setSources([
      scheduled('a', { name: 'Renamed', tags: ['key'] }, { etag: 'stale', lastAttemptAt: 1 }),
      scheduled('b', { url: 'https://news.example.com/moved.xml' }, { etag: 'stale' }),
      scheduled(
        'c',
        {},
        {
          lastAttemptAt: attemptAt - 10 * minuteMs,
          etag: '"from-renderer"',
          consecutiveFailures: 2,
        },
      ),
    ]);
    expect(scheduler.stateOf('a')).toMatchObject({ etag: '"a"', lastAttemptAt: attemptAt });
    expect(scheduler.stateOf('b')).toMatchObject({
      etag: null,
      lastModified: null,
      lastAttemptAt: attemptAt,
    });
    expect(scheduler.stateOf('c')).toMatchObject({
      etag: '"from-renderer"',
      consecutiveFailures: 2,
    });
    await clock.advance(60 * minuteMs);
    const runB = started.find((run) => run.id === 'b');
    expect(runB?.state.etag).toBeNull();
    expect(runB?.config.url).toBe('https://news.example.com/moved.xml');
    const changes: [Partial<SourceConfig>, string | null][] = [
      [{ headers: [{ name: 'X-Key', value: '1' }] }, null],
      [{ charset: 'big5' }, null],
      [{ kind: 'atom' }, null],
      [{ intervalMinutes: 30, name: 'n' }, '"a"'],
    ];
    for (const [change, expected] of changes) {
      const { scheduler: fresh, started: freshStarted, clock: freshClock } = setUp();
      fresh.setSources([scheduled('a')]);
      fresh.start();
      await settle();
      freshStarted.shift()?.finish({
        kind: 'success',
        finishedAt: freshClock.now(),
        etag: '"a"',
        lastModified: null,
      });
      await settle();
      fresh.setSources([scheduled('a', change)]);
      expect(fresh.stateOf('a')?.etag).toBe(expected);
    }
  });

  it('drops validators that arrive for a request changed while it ran', async () => {
    const { clock, scheduler, started } = setUp();
    scheduler.setSources([scheduled('a')]);
    scheduler.start();
    await settle();
    scheduler.setSources([scheduled('a', { url: 'https://news.example.com/other.xml' })]);
    started
      .shift()
      ?.finish({ kind: 'success', finishedAt: clock.now(), etag: '"old-url"', lastModified: null });
    await settle();
    expect(scheduler.stateOf('a')?.etag).toBeNull();
  });

  it('aborts running fetches and clears its timer on stop', async () => {
    const { clock, scheduler, started } = setUp();
    scheduler.setSources([scheduled('a'), scheduled('b', {}, { lastAttemptAt: clock.now() })]);
    scheduler.start();
    await settle();
    expect(clock.pendingTimers()).toBe(1);
    await scheduler.stop();
    expect(started[0]?.signal.aborted).toBe(true);
    expect(clock.pendingTimers()).toBe(0);
    expect(scheduler.runningCount()).toBe(0);
  });
});
