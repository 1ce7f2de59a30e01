import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldIssueText, unplacedIssueTexts } from './fieldIssueText';
import { useIssueSubmit } from '../../../lib/useIssueSubmit';
import type { IssueSubmit } from '../../../lib/useIssueSubmit';

/** What {@link useRiskListItem} gives a dialog editing one item of a risk's list. */
export type RiskListItem<Item> = {
  /** The item's id: its own when editing, a new one when adding (kept across renders). */
  id: string;
  /** Where the item stands in the risk's input (`controls.2`), the prefix of its issue paths. */
  path: string;
  /** The form's submit state. */
  form: IssueSubmit;
  /** The translated issue of a field of this item (`title` → `controls.2.title`). */
  errorFor: (field: string) => string | undefined;
  /** Issues about anything but this item, for the summary. */
  otherErrors: string[];
  /** The list with the item put in: replaced where it was, or added at the end. */
  withItem: (edited: Item) => Item[];
};

/**
 * The part every dialog that adds or edits one item of a risk's list (a control, an indicator)
 * shares: the item keeps its place and id, so the issues of a save of the whole risk, which name
 * the item by its index (`controls.2.effectiveness`), land beside the dialog's fields.
 */
export function useRiskListItem<Item extends { id: string }>(
  field: 'controls' | 'indicators',
  list: readonly Item[],
  item: Item | null,
): RiskListItem<Item> {
  const { t } = useTranslation();
  const [id] = useState(() => item?.id ?? crypto.randomUUID());
  const form = useIssueSubmit();
  const existingIndex = list.findIndex((candidate) => candidate.id === id);
  const path = `${field}.${existingIndex === -1 ? list.length : existingIndex}`;
  return {
    id,
    path,
    form,
    errorFor: (part) => fieldIssueText(form.issues, `${path}.${part}`, t),
    otherErrors: unplacedIssueTexts(form.issues, [path], t),
    withItem: (edited) =>
      existingIndex === -1
        ? [...list, edited]
        : list.map((candidate) => (candidate.id === id ? edited : candidate)),
  };
}
