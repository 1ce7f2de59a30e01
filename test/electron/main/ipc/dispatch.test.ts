import { describe, expect, it } from 'vitest';
import { dispatchInvoke, type HandlerTable } from '../../../../electron/main/ipc/dispatch';
import { ok } from '../../../../shared/ipc/result';
import { createRecordingLogger, createTestHandlers } from './fakes';

describe('dispatchInvoke', () => {
  it('refuses unknown channels, inherited keys included', async () => {
    const { handlers } = createTestHandlers();
    for (const channel of ['app:delete-everything', '__proto__', 'constructor', 42]) {
      const result = await dispatchInvoke(
        handlers,
        channel,
        {},
        { transport: 'web' },
        createRecordingLogger(),
      );
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    }
  });

  it('turns a throwing handler into an internal error value and logs it', async () => {
    const { handlers } = createTestHandlers();
    const broken: HandlerTable = {
      ...handlers,
      'app:get-info': async () => {
        throw new Error('boom');
      },
    };
    const logger = createRecordingLogger();
    const result = await dispatchInvoke(broken, 'app:get-info', {}, { transport: 'web' }, logger);
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'app:get-info failed unexpectedly' },
    });
    expect(logger.lines).toEqual(['error app:get-info threw: Error: boom']);
  });

  it('refuses a handler value outside the output contract', async () => {
    const { handlers } = createTestHandlers();
    const drifted = {
      ...handlers,
      'app:get-info': async () => ok({ name: 'x' }),
    } as unknown as HandlerTable;
    const result = await dispatchInvoke(
      drifted,
      'app:get-info',
      {},
      { transport: 'web' },
      createRecordingLogger(),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
