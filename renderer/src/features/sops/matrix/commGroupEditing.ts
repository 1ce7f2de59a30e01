import { customCommGroupIdPrefix } from '../../../../../shared/domain/sops/commMatrix';
import type { CommGroup } from '../../../../../shared/domain/sops/commMatrix';

/**
 * Pure edits of a stakeholder group or channel list being edited, so the dialog's buttons hold no
 * list arithmetic: each returns a new list and leaves its input untouched.
 */

/** `groups` with the entry at `index` moved one place up (-1) or down (+1); unchanged at an end. */
export function movedGroup(
  groups: readonly CommGroup[],
  index: number,
  offset: -1 | 1,
): CommGroup[] {
  const moving = groups[index];
  const other = groups[index + offset];
  if (moving === undefined || other === undefined) {
    return [...groups];
  }
  const next = [...groups];
  next[index + offset] = moving;
  next[index] = other;
  return next;
}

/** `groups` without the entry at `index`. */
export function withoutGroup(groups: readonly CommGroup[], index: number): CommGroup[] {
  return groups.filter((_group, position) => position !== index);
}

/** `groups` with the custom entry at `index` renamed (as typed; saving trims). */
export function renamedGroup(
  groups: readonly CommGroup[],
  index: number,
  name: string,
): CommGroup[] {
  return groups.map((group, position) =>
    position === index && !group.isBuiltIn ? { ...group, name } : group,
  );
}

/**
 * A new custom entry with an empty name for the user to fill in; `randomId` is injected so tests
 * can tell the ids apart (the app passes `crypto.randomUUID`).
 */
export function newCustomGroup(randomId: () => string): CommGroup {
  return { id: `${customCommGroupIdPrefix}${randomId()}`, isBuiltIn: false, name: '' };
}
