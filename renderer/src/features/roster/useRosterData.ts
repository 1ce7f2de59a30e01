import { useMemo } from 'react';
import type { CallTree } from '../../../../shared/domain/roster/callTree';
import type { CrisisRole, RoleTenure } from '../../../../shared/domain/roster/crisisRoles';
import { rosterCoverage } from '../../../../shared/domain/roster/coverage';
import type { RoleCoverage } from '../../../../shared/domain/roster/coverage';
import type { Person } from '../../../../shared/domain/roster/person';
import { builtInQualificationTypes } from '../../../../shared/domain/roster/qualifications';
import type { LocalizedText } from '../../../../shared/domain/localizedText';
import type { SeverityLevel } from '../../../../shared/domain/severity';
import { useLiveQuery } from '../../db/live';
import {
  readCustomQualificationTypes,
  readPeople,
  readPerson,
  readPersonTenures,
  readRoleTenures,
  readRoles,
} from '../../db/repositories/rosterRepository';
import { readSetting } from '../../db/repositories/settingsRepository';
import { useLanguage } from '../../i18n/useLanguage';
import { useNow, useToday } from '../../lib/useNow';

/**
 * Live reads of the roster for its screens. Each hook is undefined while loading; people come
 * sorted by name in the UI language's collation (stroke/pinyin order follows the locale).
 */

/** A qualification type: built-in (name in every language) or custom (one name, as typed). */
export type QualificationTypeOption =
  | { id: string; isBuiltIn: true; name: LocalizedText; customName: null }
  | { id: string; isBuiltIn: false; name: null; customName: string };

/** Every person, by name in the UI language. */
export function usePeople(): Person[] | undefined {
  const language = useLanguage();
  const people = useLiveQuery(() => readPeople(), []);
  return useMemo(() => {
    if (people === undefined) {
      return undefined;
    }
    const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
    return [...people].sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
  }, [people, language]);
}

/** Every person by id (for resolving role holders); undefined while loading. */
export function usePeopleById(): ReadonlyMap<string, Person> | undefined {
  const people = usePeople();
  return useMemo(
    () => (people === undefined ? undefined : new Map(people.map((person) => [person.id, person]))),
    [people],
  );
}

/** One person; null when there is no such person. */
export function usePerson(id: string): Person | null | undefined {
  return useLiveQuery(async () => (await readPerson(id)) ?? null, [id]);
}

/** Every role (built-in then custom, in list order). */
export function useRoles(): CrisisRole[] | undefined {
  return useLiveQuery(() => readRoles(), []);
}

/** Built-in qualification types in their fixed order, then the ones users added, by name. */
export function useQualificationTypes(): QualificationTypeOption[] | undefined {
  return useLiveQuery(async () => {
    const custom = await readCustomQualificationTypes();
    const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
    return [
      ...builtInQualificationTypes.map(({ id, name }): QualificationTypeOption => ({
        id,
        isBuiltIn: true,
        name,
        customName: null,
      })),
      ...custom
        .sort((left, right) => collator.compare(left.name, right.name))
        .map(({ id, name }): QualificationTypeOption => ({
          id,
          isBuiltIn: false,
          name: null,
          customName: name,
        })),
    ];
  }, []);
}

/** The call tree setting. */
export function useCallTree(): CallTree | undefined {
  return useLiveQuery(() => readSetting('callTree'), []);
}

/** The severity levels, worst first. */
export function useSeverityLevels(): SeverityLevel[] | undefined {
  return useLiveQuery(() => readSetting('severityLevels'), []);
}

/** A role's roster tenures (who held it as primary, from when to when), newest first. */
export function useRoleTenures(roleId: string): RoleTenure[] | undefined {
  return useLiveQuery(() => readRoleTenures(roleId), [roleId]);
}

/** A person's tenures in every role and scope, newest first. */
export function usePersonTenures(personId: string): RoleTenure[] | undefined {
  return useLiveQuery(() => readPersonTenures(personId), [personId]);
}

/**
 * The instant to read availability at: the clock tick, or the newest change to a person when
 * that is later. The clock ticks every 30 seconds, but "Mark unavailable" starts an absence at the
 * moment it is clicked; the last write is a moment already past, so reading no earlier than it
 * shows the change at once instead of up to 30 seconds later.
 */
export function availabilityInstant(
  now: number,
  people: readonly Pick<Person, 'updatedAt'>[],
): number {
  return people.reduce((latest, person) => Math.max(latest, person.updatedAt), now);
}

/**
 * The coverage check of every role, now: re-evaluated every 30 seconds and whenever the roster
 * changes, so an absence that ends or starts shows without a reload.
 */
export function useRosterCoverage(): RoleCoverage[] | undefined {
  const now = useNow();
  const today = useToday();
  const roles = useRoles();
  const people = usePeople();
  return useMemo(() => {
    if (roles === undefined || people === undefined) {
      return undefined;
    }
    // "Mark unavailable" and "Mark available" change an absence at the moment of the click, after
    // the last 30-second tick: checking at the tick would show the old state until the next one.
    const at = availabilityInstant(now, people);
    return rosterCoverage(roles, people, { now: at, today });
  }, [roles, people, now, today]);
}
