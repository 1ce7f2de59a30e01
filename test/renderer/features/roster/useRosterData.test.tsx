import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDatabase } from '../../../../renderer/src/db/database';
import {
  addQualificationType,
  assignRole,
  createPerson,
  markUnavailable,
  saveCallTree,
  updatePerson,
} from '../../../../renderer/src/features/roster/rosterCommands';
import {
  useCallTree,
  usePeople,
  usePeopleById,
  usePerson,
  usePersonTenures,
  useQualificationTypes,
  useRoleTenures,
  useRoles,
  useRosterCoverage,
  useSeverityLevels,
} from '../../../../renderer/src/features/roster/useRosterData';
import { createI18n } from '../../../../renderer/src/i18n/createI18n';
import type { CommandResult } from '../../../../renderer/src/lib/commandResult';
import { defaultCallTree } from '../../../../shared/domain/roster/callTree';
import { builtInQualificationTypes } from '../../../../shared/domain/roster/qualifications';
import { emptyPersonInput } from '../../../../shared/domain/roster/person';
import type { Person, PersonInput } from '../../../../shared/domain/roster/person';
import type { Language } from '../../../../shared/domain/settings';
import { defaultSeverityLevels } from '../../../../shared/domain/severity';

const db = getDatabase();

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

afterEach(() => {
  vi.useRealTimers();
});

/** A wrapper that renders in `language`. */
function inLanguage(language: Language): (props: { children: ReactNode }) => ReactNode {
  const i18n = createI18n(language);
  return function LanguageWrapper({ children }: { children: ReactNode }): ReactNode {
    return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
  };
}

/** The value of a successful result; fails the test with the issues otherwise. */
function valueOf<T>(result: CommandResult<T>): T {
  if (!result.ok) {
    throw new Error(`expected success, got ${JSON.stringify(result.issues)}`);
  }
  return result.value;
}

/** Adds a person named `name` through the real command. */
async function addPerson(name: string, overrides: Partial<PersonInput> = {}): Promise<Person> {
  return valueOf(await createPerson({ ...emptyPersonInput('Asia/Taipei'), name, ...overrides }));
}

describe('usePeople', () => {
  const names = ['陳美玲', 'bob', '王小明', 'Alice Chen', '李大華'];

  it.each([
    // Taiwan sorts by stroke count (王 4, 李 7, 陳 11), mainland China by pinyin (chen, li, wang).
    ['zh-TW', ['王小明', '李大華', '陳美玲', 'Alice Chen', 'bob']],
    ['zh-CN', ['陳美玲', '李大華', '王小明', 'Alice Chen', 'bob']],
    ['en', ['Alice Chen', 'bob', '李大華', '王小明', '陳美玲']],
  ] as const)('sorts by name in %s collation', async (language, expected) => {
    for (const name of names) {
      await addPerson(name);
    }
    const { result } = renderHook(() => usePeople(), { wrapper: inLanguage(language) });
    await waitFor(() => {
      expect(result.current?.map(({ name }) => name)).toEqual(expected);
    });
  });

  it('updates live and maps people by id', async () => {
    const ming = await addPerson('王小明');
    const { result } = renderHook(() => ({ people: usePeople(), byId: usePeopleById() }), {
      wrapper: inLanguage('en'),
    });
    await waitFor(() => {
      expect(result.current.byId?.get(ming.id)?.name).toBe('王小明');
    });
    const mei = await addPerson('陳美玲');
    await waitFor(() => {
      expect(result.current.people).toHaveLength(2);
    });
    expect(result.current.byId?.get(mei.id)).toEqual(mei);
  });
});

describe('usePerson', () => {
  it('is null for nobody and follows edits', async () => {
    const ming = await addPerson('王小明');
    const { result, rerender } = renderHook(({ id }) => usePerson(id), {
      initialProps: { id: 'missing' },
      wrapper: inLanguage('en'),
    });
    await waitFor(() => {
      expect(result.current).toBeNull();
    });
    rerender({ id: ming.id });
    await waitFor(() => {
      expect(result.current?.name).toBe('王小明');
    });
    valueOf(
      await updatePerson(ming.id, {
        ...emptyPersonInput('Asia/Taipei'),
        name: '王小明',
        title: 'PR',
      }),
    );
    await waitFor(() => {
      expect(result.current?.title).toBe('PR');
    });
  });
});

describe('useRoles and tenures', () => {
  it('list every role and follow assignments and their tenures', async () => {
    const ming = await addPerson('王小明');
    const { result } = renderHook(
      () => ({
        roles: useRoles(),
        roleTenures: useRoleTenures('spokesperson'),
        personTenures: usePersonTenures(ming.id),
      }),
      { wrapper: inLanguage('en') },
    );
    await waitFor(() => {
      expect(result.current.roles).toHaveLength(12);
    });
    expect(result.current.roleTenures).toEqual([]);

    valueOf(await assignRole('spokesperson', { primaryPersonId: ming.id, backupPersonIds: [] }));
    await waitFor(() => {
      expect(result.current.roles?.find(({ id }) => id === 'spokesperson')?.primaryPersonId).toBe(
        ming.id,
      );
    });
    await waitFor(() => {
      expect(result.current.roleTenures).toMatchObject([{ personId: ming.id, to: null }]);
    });
    expect(result.current.personTenures).toMatchObject([{ roleId: 'spokesperson' }]);
  });
});

describe('useQualificationTypes', () => {
  it('lists built-in types in their order, then custom ones by name', async () => {
    valueOf(await addQualificationType('Zodiac boat'));
    valueOf(await addQualificationType('forklift'));
    valueOf(await addQualificationType('Drone pilot'));
    const { result } = renderHook(() => useQualificationTypes(), { wrapper: inLanguage('en') });
    await waitFor(() => {
      expect(result.current).toHaveLength(builtInQualificationTypes.length + 3);
    });
    const types = result.current ?? [];
    expect(types.slice(0, builtInQualificationTypes.length)).toEqual(
      builtInQualificationTypes.map(({ id, name }) => ({
        id,
        isBuiltIn: true,
        name,
        customName: null,
      })),
    );
    expect(
      types.slice(builtInQualificationTypes.length).map(({ customName }) => customName),
    ).toEqual(['Drone pilot', 'forklift', 'Zodiac boat']);
  });
});

describe('settings hooks', () => {
  it('give the default call tree and severity levels, then the saved tree', async () => {
    const { result } = renderHook(() => ({ tree: useCallTree(), levels: useSeverityLevels() }), {
      wrapper: inLanguage('en'),
    });
    await waitFor(() => {
      expect(result.current.tree).toEqual(defaultCallTree);
    });
    expect(result.current.levels).toEqual(defaultSeverityLevels);

    const tree = [{ severityId: 'sev-1', steps: [] }];
    valueOf(await saveCallTree(tree));
    await waitFor(() => {
      expect(result.current.tree).toEqual(tree);
    });
  });
});

describe('useRosterCoverage', () => {
  it('follows roster changes and an absence that ends while the app stays open', async () => {
    // The faked clock keeps running, so timers Dexie and React Testing Library set still fire.
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], shouldAdvanceTime: true });
    vi.setSystemTime(new Date('2026-11-25T02:00:00.000Z'));
    const ming = await addPerson('王小明');
    const mei = await addPerson('陳美玲');
    const { result } = renderHook(() => useRosterCoverage(), { wrapper: inLanguage('en') });
    await waitFor(() => {
      expect(
        result.current?.find(({ role }) => role.id === 'commander')?.issues.map(({ kind }) => kind),
      ).toEqual(['no-primary', 'no-backup']);
    });

    valueOf(await assignRole('commander', { primaryPersonId: ming.id, backupPersonIds: [mei.id] }));
    valueOf(
      await markUnavailable(ming.id, {
        reason: 'travel',
        note: '',
        until: Date.now() + 45_000,
      }),
    );
    await waitFor(() => {
      expect(result.current?.find(({ role }) => role.id === 'commander')).toMatchObject({
        isCovered: false,
        firstAvailablePersonId: mei.id,
        issues: [{ kind: 'holder-unavailable', personId: ming.id }],
      });
    });

    // Two 30-second ticks later the absence is over, without any write.
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    await waitFor(() => {
      expect(result.current?.find(({ role }) => role.id === 'commander')).toMatchObject({
        isCovered: true,
        issues: [],
        firstAvailablePersonId: ming.id,
      });
    });
  });
});
