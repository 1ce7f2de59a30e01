import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDatabase } from '../../../../renderer/src/db/database';
import { applyRecords } from '../../../../renderer/src/db/repositories/monitoringRecordRepository';
import { saveSetting } from '../../../../renderer/src/db/repositories/settingsRepository';
import { useFetchLog } from '../../../../renderer/src/features/monitoring/useFetchLog';
import { useMonitoringItems } from '../../../../renderer/src/features/monitoring/useMonitoringItems';
import { useMonitoringSources } from '../../../../renderer/src/features/monitoring/useMonitoringSources';
import { useMonitoringStatus } from '../../../../renderer/src/features/monitoring/useMonitoringStatus';
import { useSourceCoverage } from '../../../../renderer/src/features/monitoring/useSourceCoverage';
import { useAppStore } from '../../../../renderer/src/stores/appStore';
import type { FetchError } from '../../../../shared/monitoring/records';
import { fetchRecord, item, seedSource, testNow } from '../../db/monitoringFixtures';
import { idleMonitoringStatus } from '../../support/fakeBridge';

const db = getDatabase();
const hour = 60 * 60_000;
const timeout: FetchError = { code: 'timeout', params: { seconds: 30 }, detail: 'timed out' };

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  useAppStore.setState(useAppStore.getInitialState(), true);
});

describe('monitoring hooks', () => {
  it('show sources with health, unhealthy by the setting, updating live', async () => {
    await seedSource(db);
    const failures = [1, 2].map((hours) =>
      fetchRecord(testNow + hours * hour, { outcome: 'failed', error: timeout }),
    );
    await applyRecords(failures, db);
    const { result } = renderHook(() => useMonitoringSources());
    await waitFor(() => {
      expect(result.current?.[0]?.health.consecutiveFailures).toBe(2);
    });
    expect(result.current?.[0]?.health.isUnhealthy).toBe(false);

    await act(() => saveSetting('monitoringUnhealthyAfter', 2));
    await waitFor(() => {
      expect(result.current?.[0]?.health.isUnhealthy).toBe(true);
    });
  });

  it('list items by filter and show new ones as they are stored', async () => {
    await seedSource(db);
    await applyRecords([fetchRecord(testNow, { items: [item('a', { title: 'Recall' })] })], db);
    const filter = { sourceId: 'source-a', from: null, to: null, text: 'recall' };
    const { result } = renderHook(() => useMonitoringItems(filter, 10));
    await waitFor(() => {
      expect(result.current?.items.map((entry) => entry.dedupeKey)).toEqual(['a']);
    });

    await act(async () => {
      await applyRecords(
        [
          fetchRecord(testNow + hour, {
            items: [item('b', { title: 'Second recall', publishedAt: testNow + hour })],
          }),
        ],
        db,
      );
    });
    await waitFor(() => {
      expect(result.current?.items.map((entry) => entry.dedupeKey)).toEqual(['b', 'a']);
    });
  });

  it('read the fetch log and the coverage of a source', async () => {
    await seedSource(db, {}, testNow - hour);
    const records = [fetchRecord(testNow), fetchRecord(testNow + 5 * hour)];
    await applyRecords(records, db);
    const { result } = renderHook(() => ({
      log: useFetchLog('source-a', 5),
      coverage: useSourceCoverage('source-a', testNow, testNow + 5 * hour),
    }));
    await waitFor(() => {
      expect(result.current.log?.map((entry) => entry.id)).toEqual([
        records[1]?.id,
        records[0]?.id,
      ]);
      expect(result.current.coverage?.gaps).toEqual([
        { start: testNow, end: testNow + 5 * hour, reasons: ['not-running'] },
      ]);
    });
  });

  it('follow the engine status in the store', () => {
    const { result } = renderHook(() => useMonitoringStatus());
    expect(result.current).toBeNull();
    act(() => {
      useAppStore.getState().setMonitoringStatus(idleMonitoringStatus);
    });
    expect(result.current).toEqual(idleMonitoringStatus);
  });
});
