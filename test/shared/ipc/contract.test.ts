import { describe, expect, it } from 'vitest';
import {
  eventChannels,
  eventContract,
  invokeChannels,
  invokeContract,
  isEventChannel,
  isInvokeChannel,
} from '../../../shared/ipc/contract';
import { createBridge, eventMethodName, invokeMethodName } from '../../../shared/ipc/bridge';
import { ok } from '../../../shared/ipc/result';

describe('IPC contract', () => {
  it('names every channel area:verb-noun (events area:noun)', () => {
    for (const channel of invokeChannels) expect(channel).toMatch(/^[a-z]+:[a-z]+(-[a-z]+)+$/u);
    for (const channel of eventChannels) expect(channel).toMatch(/^[a-z]+:[a-z]+(-[a-z]+)*$/u);
  });

  it('recognises only its own channels, not inherited keys', () => {
    expect(isInvokeChannel('app:get-info')).toBe(true);
    for (const name of [
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      '',
      'app:get-info ',
      42,
      null,
    ]) {
      expect(isInvokeChannel(name)).toBe(false);
      expect(isEventChannel(name)).toBe(false);
    }
  });

  it.each(invokeChannels)('%s rejects non-objects, arrays and unknown keys', (channel) => {
    const schema = invokeContract[channel].input;
    for (const payload of [undefined, null, 'text', 7, true, [], [{}], { unexpected: 1 }]) {
      expect(schema.safeParse(payload).success).toBe(false);
    }
  });

  it('accepts an empty object where a channel takes no arguments', () => {
    expect(invokeContract['app:get-info'].input.safeParse({}).success).toBe(true);
    expect(invokeContract['updates:check-now'].input.safeParse({}).success).toBe(true);
  });

  it('refuses malformed save-file payloads', () => {
    const schema = invokeContract['files:save-file'].input;
    const valid = {
      suggestedName: '事件報告.md',
      content: '# 報告',
      encoding: 'utf8',
      filters: [{ name: 'Markdown', extensions: ['md'] }],
    };
    expect(schema.safeParse(valid).success).toBe(true);
    const bad = [
      { ...valid, suggestedName: '../../etc/passwd' },
      { ...valid, suggestedName: 'C:\\Windows\\win.ini' },
      { ...valid, suggestedName: '..' },
      { ...valid, suggestedName: '' },
      { ...valid, suggestedName: 'a\u0000b.txt' },
      { ...valid, encoding: 'latin1' },
      { ...valid, content: 42 },
      { ...valid, filters: [{ name: 'x', extensions: ['m d'] }] },
      { ...valid, filters: [{ name: 'x', extensions: [] }] },
      { ...valid, extra: true },
    ];
    for (const payload of bad) expect(schema.safeParse(payload).success).toBe(false);
  });

  it('refuses malformed open-external payloads', () => {
    const schema = invokeContract['shell:open-external'].input;
    expect(schema.safeParse({ url: 'https://example.com' }).success).toBe(true);
    for (const payload of [
      { url: '' },
      { url: 'x'.repeat(2049) },
      { url: 5 },
      { href: 'https://example.com' },
    ]) {
      expect(schema.safeParse(payload).success).toBe(false);
    }
  });

  it('checks event payloads too', () => {
    expect(eventContract['updates:status'].safeParse({ state: 'rebooting' }).success).toBe(false);
  });

  it('builds a bridge with exactly one method per channel and no generic invoke', async () => {
    const calls: string[] = [];
    const bridge = createBridge(
      async (channel) => {
        calls.push(channel);
        return ok(null as never);
      },
      () => () => undefined,
    );
    const expected = [
      ...invokeChannels.map(invokeMethodName),
      ...eventChannels.map(eventMethodName),
    ];
    expect(invokeMethodName('app:get-info')).toBe('appGetInfo');
    expect(eventMethodName('updates:status')).toBe('onUpdatesStatus');
    expect(Object.keys(bridge).sort()).toEqual(expected.sort());
    expect(Object.isFrozen(bridge)).toBe(true);
    expect('invoke' in bridge).toBe(false);
    await bridge.appGetInfo({});
    await bridge.shellOpenExternal({ url: 'https://example.com' });
    expect(calls).toEqual(['app:get-info', 'shell:open-external']);
  });
});
