import type { PostmortemStatus } from '../../../../../shared/domain/postmortems/postmortem';
import type { Language } from '../../../../../shared/domain/settings';
import type { StatusTone } from '../../../components/StatusBadge';

/** Formatting shared by the postmortem page's parts. */

/** The impact currency a new postmortem starts with, by the UI language. */
export const currencyByLanguage = {
  en: 'USD',
  'zh-TW': 'TWD',
  'zh-CN': 'CNY',
} as const satisfies Record<Language, string>;

/** How a review status reads at a glance; the word always says it too. */
export const postmortemStatusTones = {
  draft: 'neutral',
  'in-review': 'warning',
  published: 'success',
} as const satisfies Record<PostmortemStatus, StatusTone>;
