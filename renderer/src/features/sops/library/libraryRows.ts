import type { SopContent, SopReviewState } from '../../../../../shared/domain/sops/sop';
import { sopReviewState } from '../../../../../shared/domain/sops/sop';
import type { PublishedSop } from '../useSopData';

/**
 * The library table's rows and filters, kept pure so the view only wires state to them. Rows show
 * and filter on the content in force (the latest published version), not the working draft: in a
 * crisis the lead looks for what applies now.
 */

/** One SOP as the library lists it, with its review state. */
export type LibraryRow = PublishedSop & { review: SopReviewState };

/** The value of the crisis type filter for SOPs that apply to every crisis type (ids are never empty). */
export const generalCrisisFilterValue = '';

/** The library's filters: a crisis type (null = any; '' = general SOPs) and overdue reviews only. */
export type LibraryFilters = { crisisTypeId: string | null; isOverdueOnly: boolean };

/** The rows of `sops` (already in title order) with their review state on `today`. */
export function libraryRows(sops: readonly PublishedSop[], today: string): LibraryRow[] {
  return sops.map((published) => ({ ...published, review: sopReviewState(published.sop, today) }));
}

/** The rows that pass the filters, judged on the content in force. */
export function filterLibraryRows(
  rows: readonly LibraryRow[],
  { crisisTypeId, isOverdueOnly }: LibraryFilters,
): LibraryRow[] {
  return rows.filter(
    ({ content, review }) =>
      (crisisTypeId === null ||
        (content.crisisTypeId ?? generalCrisisFilterValue) === crisisTypeId) &&
      (!isOverdueOnly || review.isStale),
  );
}

/** The crisis type filter values the listed contents use, each once ('' for general SOPs). */
export function usedCrisisTypeValues(rows: readonly { content: SopContent }[]): string[] {
  return [...new Set(rows.map(({ content }) => content.crisisTypeId ?? generalCrisisFilterValue))];
}
