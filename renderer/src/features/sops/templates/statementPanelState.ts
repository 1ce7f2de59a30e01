import { z } from 'zod';
import type { Statement } from '../../../../../shared/domain/sops/statements';
import {
  fillTemplate,
  isPlaceholderName,
  parsePlaceholders,
  placeholderNames,
} from '../../../../../shared/domain/sops/statementTemplates';
import type {
  PlaceholderContext,
  PlaceholderName,
  ReleaseApproval,
  StatementTemplate,
} from '../../../../../shared/domain/sops/statementTemplates';
import { isSameApprovedContent } from '../sopCommands';
import type { StatementInput } from '../sopCommands';

/**
 * The "Fill a statement" panel's state as typed: one text per placeholder and the two approvers'
 * names, plus which saved statement it edits (null for a new one) and which approvers' names were
 * typed since it was opened or saved. Kept in local storage per template, so a reload in the middle
 * of a crisis keeps both the values and the statement they belong to.
 *
 * An approval belongs to the text it was given for. Once a value of a statement with a recorded
 * approval changes the text, the approver fields are cleared (see {@link withValuesChanged}) and
 * the approvers have to be asked again; a name typed after that is sent as renewed, so it is
 * recorded for the new text even when it is the same person. An approval recorded for an earlier
 * text that is still in a field without a value change (the template itself changed) shows blank
 * too (see {@link staleApprovals}).
 */

/** What the panel's fields hold. */
export type PanelValues = {
  context: Record<PlaceholderName, string>;
  legalApprovedBy: string;
  spokespersonApprovedBy: string;
};

/**
 * The panel's state: its values, the saved statement they edit (null = a new statement) and the
 * approvals whose name was typed since that statement was opened or last saved.
 */
export type PanelState = {
  statementId: string | null;
  values: PanelValues;
  renewedApprovals: ReleaseApproval[];
};

/** The approvals a statement can carry, in the order the panel shows them. */
const approvalKinds: readonly ReleaseApproval[] = ['legal', 'spokesperson'];

/** The approver field of `kind`. */
function approverField(kind: ReleaseApproval): 'legalApprovedBy' | 'spokespersonApprovedBy' {
  return kind === 'legal' ? 'legalApprovedBy' : 'spokespersonApprovedBy';
}

/** What the panel would put before an approver: the filled text (empty while incomplete). */
export type PanelContent = Pick<Statement, 'text' | 'context'>;

/** The content the panel's `values` give with `template`. */
export function panelContent(
  template: Pick<StatementTemplate, 'body' | 'requiredPlaceholders'>,
  values: PanelValues,
  names: readonly PlaceholderName[],
): PanelContent {
  const { context } = toStatementInput(values, names);
  const filled = fillTemplate(template, context);
  return { text: filled.ok ? filled.text : '', context };
}

/**
 * True when `stored` has an approval recorded and the panel's content is no longer the one it was
 * given for: the panel then says its approvals were cleared and must be asked for again.
 */
export function hasChangedSinceApproval(stored: Statement | null, current: PanelContent): boolean {
  return (
    stored !== null &&
    (stored.legalApprovedAt !== null || stored.spokespersonApprovedAt !== null) &&
    !isSameApprovedContent(stored, current)
  );
}

/**
 * The approvals the panel holds only because they were recorded for the stored statement's
 * earlier text: the field still has the recorded name, nobody typed it since, and the content
 * changed. They are shown blank and not sent, so a release asks for them again.
 */
export function staleApprovals(
  stored: Statement | null,
  state: Pick<PanelState, 'values' | 'renewedApprovals'>,
  current: PanelContent,
): ReleaseApproval[] {
  if (stored === null || !hasChangedSinceApproval(stored, current)) {
    return [];
  }
  return approvalKinds.filter((kind) => {
    const field = approverField(kind);
    const recordedBy = stored[field];
    return (
      recordedBy !== null &&
      stored[kind === 'legal' ? 'legalApprovedAt' : 'spokespersonApprovedAt'] !== null &&
      state.values[field].trim() === recordedBy &&
      !state.renewedApprovals.includes(kind)
    );
  });
}

/**
 * The panel's state after its values became `values`. When that changes the text of a statement
 * whose approvals were recorded, every approver field is cleared, also a name typed since (it was
 * given for the values before this change): approvals are asked for again for the new text.
 */
export function withValuesChanged(
  state: PanelState,
  values: PanelValues,
  stored: Statement | null,
  content: PanelContent,
): PanelState {
  return hasChangedSinceApproval(stored, content)
    ? { ...state, values: withoutApprovers(values, approvalKinds), renewedApprovals: [] }
    : { ...state, values };
}

/** `values` with the approver fields of `kinds` blank. */
export function withoutApprovers(
  values: PanelValues,
  kinds: readonly ReleaseApproval[],
): PanelValues {
  return kinds.reduce<PanelValues>(
    (current, kind) => ({ ...current, [approverField(kind)]: '' }),
    values,
  );
}

/** Every placeholder blank and no approver. */
export function emptyPanelValues(): PanelValues {
  return {
    context: {
      company: '',
      product: '',
      incidentTitle: '',
      detectedAt: '',
      whatWeKnow: '',
      whatWeAreDoing: '',
      nextUpdateAt: '',
      spokesperson: '',
    },
    legalApprovedBy: '',
    spokespersonApprovedBy: '',
  };
}

/**
 * A new, unsaved statement with the values of `statement` (a released one, to send an update):
 * its approvals are not copied, since they were given for the earlier statement.
 */
export function newStateFrom(statement: Statement): PanelState {
  return {
    statementId: null,
    values: withoutApprovers(panelValuesOf(statement), approvalKinds),
    renewedApprovals: [],
  };
}

/** The values of a saved statement, as the panel shows them. */
export function panelValuesOf(statement: Statement): PanelValues {
  const empty = emptyPanelValues();
  return {
    context: { ...empty.context, ...statement.context },
    legalApprovedBy: statement.legalApprovedBy ?? '',
    spokespersonApprovedBy: statement.spokespersonApprovedBy ?? '',
  };
}

/**
 * The placeholders a statement from `template` needs a value for, in the app's fixed order: the
 * known ones its body uses and the ones it lists as required. Unknown names get no field (the
 * preview reports them).
 */
export function placeholdersOf(
  template: Pick<StatementTemplate, 'body' | 'requiredPlaceholders'>,
): PlaceholderName[] {
  const used = new Set<string>([
    ...parsePlaceholders(template.body).names,
    ...template.requiredPlaceholders,
  ]);
  return placeholderNames.filter((name) => used.has(name));
}

/**
 * What is saved from the panel: the non-blank values of the placeholders the template needs
 * (values typed for others, such as those of an older version of the template, are left out) and
 * both approvers' names.
 */
export function toStatementInput(
  values: PanelValues,
  names: readonly PlaceholderName[],
): StatementInput {
  const context: PlaceholderContext = {};
  for (const name of names) {
    if (values.context[name].trim() !== '') {
      context[name] = values.context[name];
    }
  }
  return {
    context,
    legalApprovedBy: values.legalApprovedBy,
    spokespersonApprovedBy: values.spokespersonApprovedBy,
  };
}

/** True when both sets of values would save the same statement. */
export function isSameStatementInput(left: StatementInput, right: StatementInput): boolean {
  const names = new Set([...Object.keys(left.context), ...Object.keys(right.context)]);
  return (
    [...names].every(
      (name) =>
        !isPlaceholderName(name) ||
        (left.context[name]?.trim() ?? '') === (right.context[name]?.trim() ?? ''),
    ) &&
    left.legalApprovedBy.trim() === right.legalApprovedBy.trim() &&
    left.spokespersonApprovedBy.trim() === right.spokespersonApprovedBy.trim()
  );
}

/** The longest text a stored panel field may hold when read back. */
const maxStoredText = 20_000;

/** The shape of the panel's state in local storage. */
export const storedPanelStateSchema = z
  .object({
    statementId: z.string().min(1).max(80).nullable(),
    values: z
      .object({
        context: z
          .object({
            company: z.string().max(maxStoredText),
            product: z.string().max(maxStoredText),
            incidentTitle: z.string().max(maxStoredText),
            detectedAt: z.string().max(maxStoredText),
            whatWeKnow: z.string().max(maxStoredText),
            whatWeAreDoing: z.string().max(maxStoredText),
            nextUpdateAt: z.string().max(maxStoredText),
            spokesperson: z.string().max(maxStoredText),
          })
          .strict(),
        legalApprovedBy: z.string().max(maxStoredText),
        spokespersonApprovedBy: z.string().max(maxStoredText),
      })
      .strict(),
    // Optional so an older draft without it still reads back (nothing renewed).
    renewedApprovals: z
      .array(z.enum(['legal', 'spokesperson']))
      .max(2)
      .default([]),
  })
  .strict();

/** Where the panel of a template keeps its state in local storage. */
export function panelDraftKey(templateId: string): string {
  return `statement-panel:${templateId}`;
}
