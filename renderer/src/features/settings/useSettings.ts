import { useLiveQuery } from '../../db/live';
import { readSettings } from '../../db/repositories/settingsRepository';
import type { Settings } from '../../../../shared/domain/settings';

/**
 * The saved settings, read live from IndexedDB: every view using it re-renders after any write,
 * wherever the write came from (this page, the command palette, another window). `undefined`
 * until the first read completes.
 */
export function useSettings(): Settings | undefined {
  return useLiveQuery(() => readSettings(), []);
}
