import { describe, expect, it } from 'vitest';
import { EventHub } from '../../../../electron/main/ipc/eventHub';
import type { UpdateStatus } from '../../../../shared/ipc/contract';
import { createRecordingLogger } from './fakes';

const status: UpdateStatus = {
  state: 'downloading',
  currentVersion: '1.0.0',
  availableVersion: '1.1.0',
  percent: 40,
  lastCheckedAt: null,
  errorMessage: null,
};

describe('EventHub', () => {
  it('pushes valid events to every sink', () => {
    const hub = new EventHub(createRecordingLogger());
    const received: unknown[] = [];
    hub.subscribe((_channel, payload) => received.push(payload));
    const unsubscribe = hub.subscribe((_channel, payload) => received.push(payload));
    hub.emit('updates:status', status);
    unsubscribe();
    hub.emit('updates:status', status);
    expect(received).toEqual([status, status, status]);
  });

  it('drops and logs an invalid payload instead of throwing into the caller', () => {
    const logger = createRecordingLogger();
    const hub = new EventHub(logger);
    const received: unknown[] = [];
    hub.subscribe((_channel, payload) => received.push(payload));
    expect(() => hub.emit('updates:status', { ...status, percent: Number.NaN })).not.toThrow();
    expect(received).toEqual([]);
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]).toMatch(/^error dropped an invalid updates:status event/u);
  });

  it('keeps delivering when one sink throws', () => {
    const logger = createRecordingLogger();
    const hub = new EventHub(logger);
    const received: unknown[] = [];
    hub.subscribe(() => {
      throw new Error('window gone');
    });
    hub.subscribe((_channel, payload) => received.push(payload));
    hub.emit('updates:status', status);
    expect(received).toEqual([status]);
    expect(logger.lines).toEqual(['error a updates:status sink failed: Error: window gone']);
  });
});
