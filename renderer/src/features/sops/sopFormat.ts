import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoleName, useRoles } from '../roster';

/**
 * Formatting shared by the SOP screens (library, editor, runs): a step's target time relative to
 * activation and the name of an owner role, in the UI language.
 */

const minutesPerHour = 60;
const minutesPerDay = 24 * minutesPerHour;

/**
 * A whole number of minutes as days, hours and minutes in the UI language ("1 h 30 min",
 * "1 小時 30 分鐘"), leaving out zero parts; zero minutes reads "0 min". Used for target times and
 * anywhere else a duration in minutes is shown.
 */
export function useMinutesText(): (minutes: number) => string {
  const { t } = useTranslation();
  return useCallback(
    (minutes) => {
      const total = Math.max(0, Math.round(minutes));
      const days = Math.floor(total / minutesPerDay);
      const hours = Math.floor((total % minutesPerDay) / minutesPerHour);
      const rest = total % minutesPerHour;
      const parts: string[] = [];
      if (days > 0) {
        parts.push(t('sops.library.target.days', { count: days }));
      }
      if (hours > 0) {
        parts.push(t('sops.library.target.hours', { count: hours }));
      }
      if (rest > 0 || parts.length === 0) {
        parts.push(t('sops.library.target.minutes', { count: rest }));
      }
      return parts.join(' ');
    },
    [t],
  );
}

/**
 * A step's target time as text ("within 1 h 30 min", "60 分鐘內"); null means the step has no
 * target and 0 means at activation. The library, the editor's preview and runs all show targets
 * this way so one SOP reads the same on every screen.
 */
export function useTargetText(): (minutes: number | null) => string {
  const { t } = useTranslation();
  const minutesText = useMinutesText();
  return useCallback(
    (minutes) => {
      if (minutes === null) {
        return t('sops.library.target.none');
      }
      if (minutes <= 0) {
        return t('sops.library.target.atActivation');
      }
      return t('sops.library.target.within', { duration: minutesText(minutes) });
    },
    [t, minutesText],
  );
}

/**
 * The name of a crisis role by id, as SOPs and steps store it: null reads "No owner role"; a
 * built-in role has its translated name even before the roster loads; a role deleted since the
 * SOP named it shows its id rather than a blank.
 */
export function useRoleNameOf(): (roleId: string | null) => string {
  const { t } = useTranslation();
  const roles = useRoles();
  const roleName = useRoleName();
  return useCallback(
    (roleId) => {
      if (roleId === null) {
        return t('sops.library.noOwnerRole');
      }
      const role = roles?.find(({ id }) => id === roleId);
      return roleName(role ?? { id: roleId, name: roleId });
    },
    [t, roles, roleName],
  );
}
