import { differenceInCalendarDays, parseISO } from 'date-fns';
import { z } from 'zod';
import type { LocalizedText } from '../localizedText';
import type { HeldQualification } from './person';

/**
 * Qualifications a crisis role can require (media training for a spokesperson) and the rules for
 * their expiry. Built-in types are data written in every app language; users add their own.
 */

/** A qualification type written by us, in every app language. */
export type BuiltInQualificationType = {
  readonly id: string;
  readonly name: LocalizedText;
};

/** The qualification types every roster starts with. */
export const builtInQualificationTypes = [
  {
    id: 'media-training',
    name: { en: 'Media training', 'zh-TW': '媒體應對訓練', 'zh-CN': '媒体应对培训' },
  },
  {
    id: 'spokesperson-certification',
    name: { en: 'Spokesperson certification', 'zh-TW': '發言人認證', 'zh-CN': '发言人认证' },
  },
  {
    id: 'crisis-management-training',
    name: { en: 'Crisis management training', 'zh-TW': '危機管理訓練', 'zh-CN': '危机管理培训' },
  },
  {
    id: 'legal-practice',
    name: { en: 'Licensed to practise law', 'zh-TW': '律師執業資格', 'zh-CN': '律师执业资格' },
  },
  {
    id: 'data-protection',
    name: {
      en: 'Data protection certification',
      'zh-TW': '個人資料保護認證',
      'zh-CN': '个人信息保护认证',
    },
  },
  {
    id: 'incident-response',
    name: {
      en: 'Security incident response',
      'zh-TW': '資安事件應變',
      'zh-CN': '安全事件应急响应',
    },
  },
  {
    id: 'first-aid',
    name: { en: 'First aid', 'zh-TW': '急救訓練', 'zh-CN': '急救培训' },
  },
] as const satisfies readonly BuiltInQualificationType[];

/** Prefix of the ids of qualification types users added. */
export const customQualificationIdPrefix = 'custom-';

/** A qualification type a user added (one name, as typed). */
export const customQualificationTypeSchema = z
  .object({
    id: z.string().startsWith(customQualificationIdPrefix).max(80),
    name: z.string().trim().min(1, 'required').max(80, 'too-long'),
  })
  .strict();

/** See {@link customQualificationTypeSchema}. */
export type CustomQualificationType = z.output<typeof customQualificationTypeSchema>;

/** True when `id` names a built-in qualification type. */
export function isBuiltInQualificationType(id: string): boolean {
  return builtInQualificationTypes.some((type) => type.id === id);
}

/** Days before expiry from which a qualification shows as expiring. */
export const qualificationWarningDays = 30;

/**
 * The state of a held qualification on `today`: `valid` (with an expiry more than
 * {@link qualificationWarningDays} days away), `no-expiry`, `expiring` (within the warning days),
 * `expired` (from the expiry day on), or `not-yet-awarded` (awarded in the future).
 */
export type QualificationState = 'valid' | 'no-expiry' | 'expiring' | 'expired' | 'not-yet-awarded';

/** See {@link QualificationState}. */
export function qualificationState(
  qualification: Pick<HeldQualification, 'awardedOn' | 'expiresOn'>,
  today: string,
  warningDays: number = qualificationWarningDays,
): QualificationState {
  if (qualification.awardedOn !== null && qualification.awardedOn > today) {
    return 'not-yet-awarded';
  }
  if (qualification.expiresOn === null) {
    return 'no-expiry';
  }
  const daysLeft = differenceInCalendarDays(parseISO(qualification.expiresOn), parseISO(today));
  if (daysLeft <= 0) {
    return 'expired';
  }
  return daysLeft <= warningDays ? 'expiring' : 'valid';
}

/** True when a qualification in `state` counts as held. */
export function isQualificationCurrent(state: QualificationState): boolean {
  return state === 'valid' || state === 'no-expiry' || state === 'expiring';
}

/**
 * The best qualification of `typeId` a person holds on `today` and its state: a current one with
 * the latest expiry (no expiry is best), else the most recently expired, else null when the
 * person never held one.
 */
export function bestQualification(
  qualifications: readonly HeldQualification[],
  typeId: string,
  today: string,
): { qualification: HeldQualification; state: QualificationState } | null {
  let best: { qualification: HeldQualification; state: QualificationState } | null = null;
  for (const qualification of qualifications) {
    if (qualification.typeId !== typeId) {
      continue;
    }
    const candidate = { qualification, state: qualificationState(qualification, today) };
    if (best === null || isBetter(candidate, best)) {
      best = candidate;
    }
  }
  return best;
}

/** Ranks two qualifications of one type: current beats not current, then the later expiry. */
function isBetter(
  candidate: { qualification: HeldQualification; state: QualificationState },
  best: { qualification: HeldQualification; state: QualificationState },
): boolean {
  const candidateCurrent = isQualificationCurrent(candidate.state);
  const bestCurrent = isQualificationCurrent(best.state);
  if (candidateCurrent !== bestCurrent) {
    return candidateCurrent;
  }
  const candidateExpiry = candidate.qualification.expiresOn ?? '9999-12-31';
  const bestExpiry = best.qualification.expiresOn ?? '9999-12-31';
  return candidateExpiry > bestExpiry;
}

/** A person's qualifications that need attention on `today` (expiring or expired). */
export function qualificationAlerts(
  qualifications: readonly HeldQualification[],
  today: string,
): { qualification: HeldQualification; state: 'expiring' | 'expired' }[] {
  return qualifications.flatMap((qualification) => {
    const state = qualificationState(qualification, today);
    // A lapsed qualification renewed by a newer entry of the same type is not an alert.
    const best = bestQualification(qualifications, qualification.typeId, today);
    if (
      best !== null &&
      best.qualification !== qualification &&
      isQualificationCurrent(best.state)
    ) {
      return [];
    }
    return state === 'expiring' || state === 'expired' ? [{ qualification, state }] : [];
  });
}
