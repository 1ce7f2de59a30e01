import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDatabase } from '../../../../renderer/src/db/database';
import {
  addRiskCategory,
  deleteRisk,
  saveView,
  updateRisk,
} from '../../../../renderer/src/features/risks/riskCommands';
import {
  useRiskCategories,
  useRiskView,
  useRiskViews,
  useSavedViews,
  useToday,
} from '../../../../renderer/src/features/risks/useRiskData';
import { builtInRiskCategories } from '../../../../shared/domain/risks/riskCategories';
import { createValidRisk, riskControl, riskInput } from './riskTestSupport';

const db = getDatabase();

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('useRiskViews', () => {
  it('resolves scores and flags of every risk outside the bin, in reference order', async () => {
    const watched = riskInput({
      inherent: { likelihood: 4, impact: 5, dimensions: {} },
      reviewIntervalDays: 30,
      lastReviewedOn: '2020-01-01',
      acceptance: {
        approver: 'Board',
        justification: 'Cost of a second supplier exceeds the exposure.',
        acceptedOn: '2020-01-01',
        expiresOn: '2020-06-30',
      },
      indicators: [
        {
          id: 'kri-1',
          name: 'Days of stock',
          metric: 'days',
          threshold: 10,
          direction: 'below',
          currentValue: 4,
          monitoringRuleIds: [],
        },
      ],
    });
    const first = await createValidRisk(watched);
    const binned = await createValidRisk();
    await deleteRisk(binned.id);
    const { result } = renderHook(() => useRiskViews());
    await waitFor(() => {
      expect(result.current?.map(({ risk }) => risk.id)).toEqual([first.id]);
    });
    const view = result.current?.[0];
    expect(view?.scores.inherent).toMatchObject({ score: 20, isDerived: false });
    expect(view?.scores.current).toMatchObject({ score: 20, isDerived: true });
    expect(view?.scores.current.band.id).toBe('critical');
    expect(view?.flags).toEqual({
      isReviewOverdue: true,
      nextReviewOn: '2020-01-31',
      isAcceptanceExpired: true,
      acceptance: 'expired',
      breachedIndicatorIds: ['kri-1'],
    });
  });

  it('updates live after a command', async () => {
    const input = riskInput({ inherent: { likelihood: 4, impact: 5, dimensions: {} } });
    const risk = await createValidRisk(input);
    const { result } = renderHook(() => useRiskViews());
    await waitFor(() => {
      expect(result.current?.[0]?.scores.current.score).toBe(20);
    });

    await act(async () => {
      await updateRisk(risk.id, { ...input, controls: [riskControl({ effectiveness: 50 })] });
    });
    await waitFor(() => {
      expect(result.current?.[0]?.scores.current).toMatchObject({
        likelihood: 2,
        impact: 5,
        score: 10,
        effectiveness: 50,
      });
    });

    await act(async () => {
      await createValidRisk();
    });
    await waitFor(() => {
      expect(result.current?.map(({ risk: { reference } }) => reference)).toEqual([
        'R-0001',
        'R-0002',
      ]);
    });
  });
});

describe('useRiskView', () => {
  it('is null for an unknown id', async () => {
    const { result } = renderHook(() => useRiskView('missing'));
    await waitFor(() => {
      expect(result.current).toBeNull();
    });
  });

  it('returns a deleted risk with its deletion time', async () => {
    const risk = await createValidRisk();
    const { result } = renderHook(() => useRiskView(risk.id));
    await waitFor(() => {
      expect(result.current?.risk.deletedAt).toBeNull();
    });
    await act(async () => {
      await deleteRisk(risk.id);
    });
    await waitFor(() => {
      expect(result.current?.risk.deletedAt).toEqual(expect.any(Number));
    });
    expect(result.current?.risk.id).toBe(risk.id);
    expect(result.current?.scores.inherent.score).toBe(6);
  });
});

describe('useToday', () => {
  it('moves to the new day within a minute of midnight, night after night', () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(new Date(2026, 10, 22, 23, 59, 30));
    const { result } = renderHook(() => useToday());
    expect(result.current).toBe('2026-11-22');

    act(() => {
      vi.advanceTimersByTime(20_000);
    });
    expect(result.current).toBe('2026-11-22');

    act(() => {
      vi.advanceTimersByTime(40_000);
    });
    expect(result.current).toBe('2026-11-23');

    act(() => {
      vi.advanceTimersByTime(24 * 60 * 60_000);
    });
    expect(result.current).toBe('2026-11-24');
  });

  it('checks the date again when the window comes back into view after sleep', () => {
    // Timers stand still while a laptop sleeps: only the clock moves on.
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(new Date(2026, 10, 22, 23, 59, 30));
    const { result } = renderHook(() => useToday());
    vi.setSystemTime(new Date(2026, 10, 23, 8, 15));
    expect(result.current).toBe('2026-11-22');

    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(result.current).toBe('2026-11-23');
  });

  it('turns a review due today overdue once midnight passes', async () => {
    // The faked clock keeps running, so timers Dexie and React Testing Library set still fire.
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], shouldAdvanceTime: true });
    vi.setSystemTime(new Date(2026, 10, 22, 23, 59, 30));
    await createValidRisk(riskInput({ reviewIntervalDays: 1, lastReviewedOn: '2026-11-21' }));
    const { result } = renderHook(() => useRiskViews());
    await waitFor(() => {
      expect(result.current?.[0]?.flags).toMatchObject({
        nextReviewOn: '2026-11-22',
        isReviewOverdue: false,
      });
    });

    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    await waitFor(() => {
      expect(result.current?.[0]?.flags.isReviewOverdue).toBe(true);
    });
  });
});

describe('useRiskCategories', () => {
  it('lists built-in categories in their order, then custom ones by name', async () => {
    await addRiskCategory('Zulu supplier');
    await addRiskCategory('airlines');
    await addRiskCategory('Ports');
    const { result } = renderHook(() => useRiskCategories());
    await waitFor(() => {
      expect(result.current).toHaveLength(builtInRiskCategories.length + 3);
    });
    const categories = result.current ?? [];
    expect(categories.slice(0, builtInRiskCategories.length)).toEqual(
      builtInRiskCategories.map((id) => ({ id, isBuiltIn: true, customName: null })),
    );
    expect(
      categories.slice(builtInRiskCategories.length).map((option) => option.customName),
    ).toEqual(['airlines', 'Ports', 'Zulu supplier']);
    expect(categories.at(-1)).toMatchObject({
      isBuiltIn: false,
      id: expect.stringMatching(/^custom-/u),
    });
  });
});

describe('useSavedViews', () => {
  it('lists the views of one area by name and follows changes', async () => {
    await saveView('risks.register', 'Overdue', { filter: 'overdue' });
    await saveView('risks.register', 'by owner', { group: 'owner' });
    await saveView('monitoring.items', 'Elsewhere', {});
    const { result } = renderHook(() => useSavedViews('risks.register'));
    await waitFor(() => {
      expect(result.current?.map(({ name }) => name)).toEqual(['by owner', 'Overdue']);
    });
    expect(result.current?.[1]).toMatchObject({
      area: 'risks.register',
      state: { filter: 'overdue' },
    });

    await act(async () => {
      await saveView('risks.register', 'Critical', { level: 'critical' });
    });
    await waitFor(() => {
      expect(result.current?.map(({ name }) => name)).toEqual(['by owner', 'Critical', 'Overdue']);
    });
  });
});
