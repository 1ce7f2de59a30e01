import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommGroup } from '../../../../shared/domain/sops/commMatrix';
import { builtInChannels, builtInStakeholders } from '../../../../shared/domain/sops/commMatrix';
import { isCrisisType } from '../../../../shared/domain/crisisTypes';

/**
 * Display names of the SOP library's data: stakeholder groups and channels (built-in ones
 * translated, custom ones as typed), and crisis types (null = every crisis type).
 */

/** True when `id` is a built-in stakeholder group. */
function isBuiltInStakeholder(id: string): id is (typeof builtInStakeholders)[number] {
  return (builtInStakeholders as readonly string[]).includes(id);
}

/** True when `id` is a built-in channel. */
function isBuiltInChannel(id: string): id is (typeof builtInChannels)[number] {
  return (builtInChannels as readonly string[]).includes(id);
}

/** The message key of a built-in stakeholder group's name; null for any other id. */
function stakeholderKey(
  id: string,
): `sops.stakeholders.${(typeof builtInStakeholders)[number]}` | null {
  return isBuiltInStakeholder(id) ? `sops.stakeholders.${id}` : null;
}

/** The message key of a built-in channel's name; null for any other id. */
function channelKey(id: string): `sops.channels.${(typeof builtInChannels)[number]}` | null {
  return isBuiltInChannel(id) ? `sops.channels.${id}` : null;
}

/**
 * A name resolver for one kind of communication group: a custom group's name from the list when it
 * is there, else the built-in translation (`builtInKey`), else the id itself (a group removed
 * after a template named it).
 */
function useCommGroupName(
  builtInKey: typeof stakeholderKey | typeof channelKey,
): (id: string, groups?: readonly CommGroup[]) => string {
  const { t } = useTranslation();
  return useCallback(
    (id, groups) => {
      const custom = groups?.find((group) => group.id === id && !group.isBuiltIn);
      if (custom !== undefined) {
        return custom.name;
      }
      const key = builtInKey(id);
      return key === null ? id : t(key);
    },
    [builtInKey, t],
  );
}

/**
 * The name of a stakeholder group by id: from the list when it is there (custom names), else the
 * built-in translation, else the id itself (a group removed after a template named it).
 */
export function useStakeholderName(): (id: string, groups?: readonly CommGroup[]) => string {
  return useCommGroupName(stakeholderKey);
}

/** The name of a channel by id (same rules as {@link useStakeholderName}). */
export function useChannelName(): (id: string, groups?: readonly CommGroup[]) => string {
  return useCommGroupName(channelKey);
}

/** The name of a crisis type id; null means every crisis type. */
export function useCrisisTypeName(): (id: string | null) => string {
  const { t } = useTranslation();
  return useCallback(
    (id) => {
      if (id === null) {
        return t('sops.generalCrisis');
      }
      return isCrisisType(id) ? t(`crisisTypes.${id}`) : id;
    },
    [t],
  );
}
