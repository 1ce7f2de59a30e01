import type { TFunction } from 'i18next';
import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { ActionItem } from '../../../../../shared/domain/postmortems/actionItems';
import type { Language } from '../../../../../shared/domain/settings';
import { formatCalendarDate } from '../../../lib/dates';

/**
 * Where an item's loop stands, in words: the SOP draft it opened (of version N+1) and the version
 * that published it, or the risk review it scheduled and the day it was done. A linked open item
 * of an unpublished postmortem says the loop opens on publication; null when there is nothing to
 * say (no link, or finished before its loop opened or was answered: a cancelled or manually
 * finished item no longer asks its SOP or risk for anything). The repository drops a loop whose
 * target the link no longer names, so a stored loop always belongs to the linked SOP or risk.
 */
export function loopStateText(
  item: Pick<ActionItem, 'loop' | 'link' | 'status'>,
  isPublished: boolean,
  t: TFunction,
  language: Language,
): string | null {
  const { loop } = item;
  const isOpen = item.status === 'open' || item.status === 'in-progress';
  if (loop === null) {
    return item.link !== null && isOpen && !isPublished
      ? t('postmortems.actions.loop.pending')
      : null;
  }
  const isAnswered =
    loop.kind === 'sop-draft' ? loop.resolvedVersion !== null : loop.reviewedOn !== null;
  if (!isOpen && !isAnswered) return null;
  if (loop.kind === 'sop-draft') {
    return loop.resolvedVersion === null
      ? t('postmortems.actions.loop.sopDraftOpen', { version: (loop.baseVersion ?? 0) + 1 })
      : t('postmortems.actions.loop.sopPublished', { version: loop.resolvedVersion });
  }
  return loop.reviewedOn === null
    ? t('postmortems.actions.loop.riskScheduled', {
        date: formatCalendarDate(loop.dueOn, language),
      })
    : t('postmortems.actions.loop.riskReviewed', {
        date: formatCalendarDate(loop.reviewedOn, language),
      });
}

/** Whole days from the due day `dueOn` to `today` (both `YYYY-MM-DD`): how long it is overdue. */
export function daysOverdue(dueOn: string, today: string): number {
  return differenceInCalendarDays(parseISO(today), parseISO(dueOn));
}
