import { afterEach, beforeEach } from 'vitest';

/**
 * Records every unhandled promise rejection during each test of the calling `describe`, so a test
 * can assert there were none (the app must never leave one, e.g. when an update check fails
 * offline). The returned array is emptied before each test.
 */
export function captureUnhandledRejections(): unknown[] {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  beforeEach(() => {
    unhandled.length = 0;
    process.on('unhandledRejection', onUnhandled);
  });
  afterEach(() => {
    process.off('unhandledRejection', onUnhandled);
  });
  return unhandled;
}
