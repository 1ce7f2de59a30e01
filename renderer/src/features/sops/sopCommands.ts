import { toIsoDate } from '../../../../shared/domain/risks/reviews';
import type { Language } from '../../../../shared/domain/settings';
import {
  commGroupListSchema,
  commMatrixCellSchema,
} from '../../../../shared/domain/sops/commMatrix';
import type { CommGroup, CommMatrixCell } from '../../../../shared/domain/sops/commMatrix';
import { maxReviewIntervalDays, sopContentSchema } from '../../../../shared/domain/sops/sop';
import type { Sop, SopContent } from '../../../../shared/domain/sops/sop';
import {
  closeRun,
  completeStep,
  reopenStep,
  skipStep,
  startRun,
  toggleChecklistItem,
} from '../../../../shared/domain/sops/sopRuns';
import type { SopRun, SopRunChange } from '../../../../shared/domain/sops/sopRuns';
import { nextVersion } from '../../../../shared/domain/sops/sopVersions';
import type { SopVersion } from '../../../../shared/domain/sops/sopVersions';
import { starterLibrary } from '../../../../shared/domain/sops/starter';
import { planStarterInstall } from '../../../../shared/domain/sops/starterLibrary';
import { statementSchema } from '../../../../shared/domain/sops/statements';
import type { Statement } from '../../../../shared/domain/sops/statements';
import {
  canRelease,
  fillTemplate,
  placeholderNames,
  statementTemplateSchema,
} from '../../../../shared/domain/sops/statementTemplates';
import type {
  PlaceholderContext,
  ReleaseApproval,
  StatementTemplate,
  StoredStatementTemplate,
} from '../../../../shared/domain/sops/statementTemplates';
import { readSetting, saveSetting } from '../../db/repositories/settingsRepository';
import {
  deleteCommMatrixCell,
  deleteSopRows,
  deleteStatementTemplateRows,
  insertSop,
  insertSopRun,
  insertStarterPlan,
  publishSopVersion,
  putCommMatrixCell,
  putStatement,
  putStatementTemplate,
  readCommMatrixCells,
  readStatementTemplates,
  readSop,
  readSopRuns,
  readSopVersion,
  readStatement,
  readStatementTemplate,
  readStoredLibraryIds,
  replaceSopDraft,
  restoreCommMatrixCell,
  restoreSopRows,
  restoreStatementTemplateRows,
  updateSop,
  updateSopRun,
  updateStatement,
} from '../../db/repositories/sopRepository';
import { toStorageWriteError } from '../../db/writeErrors';
import type { MessageKey } from '../../i18n/messageKeys';
import { sopsDomainEn } from '../../i18n/resources/sops/sopsDomainMessages';
import { announce, attemptWrite, fieldIssueConverter, formFailure } from '../../lib/commandResult';
import type { CommandResult, FieldIssue } from '../../lib/commandResult';

/**
 * The SOP library's commands. Each validates with the shared schemas and rules, then writes
 * through the repository; invalid input writes nothing and comes back as field issues (codes
 * translated under `sops.validation`). Destructive commands announce an Undo.
 */

/** True when `code` has its own message under `sops.validation`. */
function isValidationCode(code: string): code is keyof typeof sopsDomainEn.validation {
  return Object.hasOwn(sopsDomainEn.validation, code);
}

/**
 * The message of an issue code: `sops.validation.<code>`, `errors.<code>` for a failed write, or
 * the generic "not valid" message.
 */
export function sopIssueMessageKey(code: string): MessageKey {
  if (isValidationCode(code)) {
    return `sops.validation.${code}`;
  }
  if (code === 'storage-full' || code === 'write-failed' || code === 'invalid-value') {
    return `errors.${code}`;
  }
  return 'sops.validation.invalid';
}

/** Field issues of a zod error, under `prefix`. */
export const toSopIssues = fieldIssueConverter(isValidationCode);

/** Announces a failed Undo with the storage error's reason. */
function undoFailed(error: unknown): void {
  announce('error', 'sops.notices.undoFailed', { reason: toStorageWriteError(error).message });
}

/**
 * Runs an Undo that restores rows only if nothing took their place since, and says how it went:
 * `restored` on success, a conflict notice when newer data is in the way.
 */
function undoWith(restore: () => Promise<boolean>, restored: () => void): void {
  restore().then((isRestored) => {
    if (isRestored) {
      restored();
    } else {
      announce('error', 'sops.notices.undoConflict', {});
    }
  }, undoFailed);
}

/** The owner and review schedule of an SOP, set apart from its content. */
export type SopSettingsInput = { ownerRoleId: string | null; reviewIntervalDays: number };

/** Checks an SOP's owner and review interval. */
function settingsIssues(settings: SopSettingsInput): FieldIssue[] {
  const { reviewIntervalDays } = settings;
  return Number.isInteger(reviewIntervalDays) &&
    reviewIntervalDays >= 1 &&
    reviewIntervalDays <= maxReviewIntervalDays
    ? []
    : [{ path: 'reviewIntervalDays', code: 'interval-range' }];
}

/** Creates an SOP from a draft (not yet published) with its owner and review interval. */
export function createSop(
  content: SopContent,
  settings: SopSettingsInput,
): Promise<CommandResult<Sop>> {
  return attemptWrite(async () => {
    const parsed = sopContentSchema.safeParse(content);
    const issues = [
      ...(parsed.success ? [] : toSopIssues(parsed.error.issues, 'content')),
      ...settingsIssues(settings),
    ];
    if (!parsed.success || issues.length > 0) {
      return { ok: false, issues };
    }
    const now = Date.now();
    const sop = await insertSop({
      id: crypto.randomUUID(),
      content: parsed.data,
      ownerRoleId: settings.ownerRoleId,
      reviewIntervalDays: settings.reviewIntervalDays,
      lastReviewedOn: null,
      lastValidatedByDrillId: null,
      publishedVersion: null,
      createdAt: now,
      updatedAt: now,
      isStarter: false,
    });
    return { ok: true, value: sop };
  });
}

/** Saves an SOP's working draft (published versions are not touched). */
export function saveSopDraft(id: string, content: SopContent): Promise<CommandResult<Sop>> {
  return attemptWrite(async () => {
    const parsed = sopContentSchema.safeParse(content);
    if (!parsed.success) {
      return { ok: false, issues: toSopIssues(parsed.error.issues, 'content') };
    }
    const sop = await replaceSopDraft(id, parsed.data, Date.now());
    return sop === undefined ? formFailure('not-found') : { ok: true, value: sop };
  });
}

/** Changes an SOP's owner role and review interval. */
export function updateSopSettings(
  id: string,
  settings: SopSettingsInput,
): Promise<CommandResult<Sop>> {
  return attemptWrite(async () => {
    const issues = settingsIssues(settings);
    if (issues.length > 0) {
      return { ok: false, issues };
    }
    const now = Date.now();
    const sop = await updateSop(id, (stored) => ({ ...stored, ...settings, updatedAt: now }));
    return sop === undefined ? formFailure('not-found') : { ok: true, value: sop };
  });
}

/** Records that an SOP was reviewed today (the stale flag clears until the next interval ends). */
export function markSopReviewed(id: string): Promise<CommandResult<Sop>> {
  return attemptWrite(async () => {
    const now = Date.now();
    const today = toIsoDate(new Date(now));
    const sop = await updateSop(id, (stored) => ({
      ...stored,
      lastReviewedOn: today,
      updatedAt: now,
    }));
    return sop === undefined ? formFailure('not-found') : { ok: true, value: sop };
  });
}

/**
 * Publishes the SOP's working draft as its next immutable version with a change note and the
 * publisher's name. Refused when nothing changed since the latest version (`no-changes`), the
 * note is blank (`changeNote` / `change-note-required`) or the name is blank (`publishedBy`).
 */
export function publishSop(
  id: string,
  changeNote: string,
  publishedBy: string,
): Promise<CommandResult<SopVersion>> {
  return attemptWrite(async () => {
    if (publishedBy.trim() === '') {
      return { ok: false, issues: [{ path: 'publishedBy', code: 'required' }] };
    }
    const now = Date.now();
    const result = await publishSopVersion(
      id,
      (sop, versions) =>
        nextVersion(versions, id, sop.content, changeNote.trim(), now, publishedBy.trim()),
      now,
    );
    if (result === undefined) {
      return formFailure('not-found');
    }
    if (result.ok) {
      announce('success', 'sops.notices.published', { version: result.value.version });
      return { ok: true, value: result.value };
    }
    switch (result.code) {
      case 'change-note-required':
        return { ok: false, issues: [{ path: 'changeNote', code: result.code }] };
      case 'no-changes':
        return formFailure(result.code);
      case 'invalid':
        return { ok: false, issues: toSopIssues(result.issues) };
    }
  });
}

/**
 * Deletes an SOP with its versions and closed runs, with Undo on the notice. The UI confirms
 * first. Refused with `open-runs` while a run of it is open: close the run first, so a live
 * checklist never disappears under the people working from it.
 */
export function deleteSop(id: string): Promise<CommandResult<null>> {
  return attemptWrite(async () => {
    const runs = await readSopRuns(id);
    if (runs.some((run) => run.closedAt === null)) {
      return formFailure('open-runs');
    }
    const deleted = await deleteSopRows(id);
    if (deleted === undefined) {
      return formFailure('not-found');
    }
    const title = deleted.sop.content.title;
    announce(
      'info',
      'sops.notices.sopDeleted',
      { title },
      {
        labelKey: 'notices.undo',
        run: () => {
          undoWith(
            () => restoreSopRows(deleted),
            () => announce('success', 'sops.notices.sopRestored', { title }),
          );
        },
      },
    );
    return { ok: true, value: null };
  });
}

/**
 * Starts a run of the SOP's latest published version, now (`incidentId` null = a tabletop
 * read-through). Refused with `not-published` before the first version.
 */
export function startSopRun(
  sopId: string,
  incidentId: string | null = null,
): Promise<CommandResult<SopRun>> {
  return attemptWrite(async () => {
    const sop = await readSop(sopId);
    if (sop === undefined) {
      return formFailure('not-found');
    }
    const version =
      sop.publishedVersion === null ? undefined : await readSopVersion(sopId, sop.publishedVersion);
    if (version === undefined) {
      return formFailure('not-published');
    }
    const run = await insertSopRun(startRun(crypto.randomUUID(), version, Date.now(), incidentId));
    return { ok: true, value: run };
  });
}

/** Applies a run transition in storage and turns a refusal into an issue on the whole form. */
function changeRun(
  runId: string,
  change: (run: SopRun, now: number) => SopRunChange,
  path = '',
): Promise<CommandResult<SopRun>> {
  return attemptWrite(async () => {
    const now = Date.now();
    const result = await updateSopRun(runId, (run) => change(run, now));
    if (result === undefined) {
      return formFailure('not-found');
    }
    return result.ok
      ? { ok: true, value: result.value }
      : { ok: false, issues: [{ path, code: result.code }] };
  });
}

/** Marks a run step done by `by` (the operator's name; blank = not recorded). */
export function completeRunStep(
  runId: string,
  stepId: string,
  by: string,
): Promise<CommandResult<SopRun>> {
  return changeRun(runId, (run, now) => completeStep(run, stepId, by, now));
}

/** Skips a run step with a reason (required: `skipReason` / `skip-reason-required`). */
export function skipRunStep(
  runId: string,
  stepId: string,
  reason: string,
  by: string,
): Promise<CommandResult<SopRun>> {
  return changeRun(runId, (run, now) => skipStep(run, stepId, reason, by, now), 'skipReason');
}

/** Puts a done or skipped step back to pending. */
export function reopenRunStep(runId: string, stepId: string): Promise<CommandResult<SopRun>> {
  return changeRun(runId, (run) => reopenStep(run, stepId));
}

/** Ticks or unticks one checklist item of a run step. */
export function toggleRunChecklistItem(
  runId: string,
  stepId: string,
  itemId: string,
  by: string,
): Promise<CommandResult<SopRun>> {
  return changeRun(runId, (run, now) => toggleChecklistItem(run, stepId, itemId, by, now));
}

/** Closes a run (steps still pending stay pending and are shown as not done). */
export function closeSopRun(runId: string): Promise<CommandResult<SopRun>> {
  return changeRun(runId, (run, now) => closeRun(run, now));
}

/** Validates a template's fields; the parsed template or the issues. */
function validateTemplate(
  input: StatementTemplate,
): { ok: true; value: StatementTemplate } | { ok: false; issues: FieldIssue[] } {
  const parsed = statementTemplateSchema.safeParse(input);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, issues: toSopIssues(parsed.error.issues) };
}

/** What the template form edits (id and times are the app's). */
export type TemplateInput = Omit<StatementTemplate, 'id'>;

/** Creates a statement template. */
export function createTemplate(
  input: TemplateInput,
): Promise<CommandResult<StoredStatementTemplate>> {
  return attemptWrite(async () => {
    const valid = validateTemplate({ ...input, id: crypto.randomUUID() });
    if (!valid.ok) {
      return valid;
    }
    const now = Date.now();
    const stored = await putStatementTemplate({
      ...valid.value,
      isStarter: false,
      createdAt: now,
      updatedAt: now,
    });
    return { ok: true, value: stored };
  });
}

/** Changes a statement template (a starter template stays marked as from the starter library). */
export function updateTemplate(
  id: string,
  input: TemplateInput,
): Promise<CommandResult<StoredStatementTemplate>> {
  return attemptWrite(async () => {
    const valid = validateTemplate({ ...input, id });
    if (!valid.ok) {
      return valid;
    }
    const existing = await readStatementTemplate(id);
    if (existing === undefined) {
      return formFailure('not-found');
    }
    const stored = await putStatementTemplate({
      ...valid.value,
      isStarter: existing.isStarter,
      createdAt: existing.createdAt,
      updatedAt: Date.now(),
    });
    return { ok: true, value: stored };
  });
}

/**
 * Deletes a template and its unreleased statements, with Undo. Released statements stay as the
 * record of what was said. The UI confirms first.
 */
export function deleteTemplate(id: string): Promise<CommandResult<null>> {
  return attemptWrite(async () => {
    const deleted = await deleteStatementTemplateRows(id);
    if (deleted === undefined) {
      return formFailure('not-found');
    }
    const title = deleted.template.title;
    announce(
      'info',
      'sops.notices.templateDeleted',
      { title },
      {
        labelKey: 'notices.undo',
        run: () => {
          undoWith(
            () => restoreStatementTemplateRows(deleted),
            () => announce('success', 'sops.notices.templateRestored', { title }),
          );
        },
      },
    );
    return { ok: true, value: null };
  });
}

/**
 * What a statement's form edits: the placeholder values and the two approvals (names), and which
 * approvals were asked for again after the text changed.
 */
export type StatementInput = {
  context: PlaceholderContext;
  legalApprovedBy: string;
  spokespersonApprovedBy: string;
  /**
   * Approvals whose name was entered again for these values after they changed, so the approver
   * has seen the new text: each is recorded now even when the name equals the stored approver's.
   * Without it, an unchanged name keeps its recorded approval only while the text is unchanged.
   */
  renewedApprovals?: readonly ReleaseApproval[];
};

/**
 * True when two statements put the same thing before an approver: the same filled text, or, while
 * neither text is complete yet, the same placeholder values (blank and missing are the same).
 */
export function isSameApprovedContent(
  left: Pick<Statement, 'text' | 'context'>,
  right: Pick<Statement, 'text' | 'context'>,
): boolean {
  if (left.text !== '' || right.text !== '') {
    return left.text === right.text;
  }
  return placeholderNames.every(
    (name) => (left.context[name]?.trim() ?? '') === (right.context[name]?.trim() ?? ''),
  );
}

/**
 * The approval name and time after an edit. An approval belongs to the exact text it was given
 * for: a new or changed name is recorded now, for the text being saved; an unchanged name keeps
 * its recorded time only while the text is unchanged. Once the text changed, an unchanged name is
 * cleared (the stored approval was for another text) unless it was entered again for the new text
 * (`isRenewed`), which records it now.
 */
function approval(
  name: string,
  previous: { by: string | null; at: number | null },
  isContentChanged: boolean,
  isRenewed: boolean,
  now: number,
): { by: string | null; at: number | null } {
  const trimmed = name.trim();
  if (trimmed === '') {
    return { by: null, at: null };
  }
  if (trimmed !== previous.by || previous.at === null) {
    return { by: trimmed, at: now };
  }
  if (!isContentChanged) {
    return { by: trimmed, at: previous.at };
  }
  return isRenewed ? { by: trimmed, at: now } : { by: null, at: null };
}

/** Builds a validated statement from a template, the form's input and the stored statement. */
function buildStatement(
  template: StoredStatementTemplate,
  input: StatementInput,
  previous: Statement | undefined,
  id: string,
  now: number,
): { ok: true; value: Statement } | { ok: false; issues: FieldIssue[] } {
  const filled = fillTemplate(template, input.context);
  const text = filled.ok ? filled.text : '';
  const isContentChanged =
    previous !== undefined && !isSameApprovedContent(previous, { text, context: input.context });
  const renewed = input.renewedApprovals ?? [];
  const legal = approval(
    input.legalApprovedBy,
    { by: previous?.legalApprovedBy ?? null, at: previous?.legalApprovedAt ?? null },
    isContentChanged,
    renewed.includes('legal'),
    now,
  );
  const spokesperson = approval(
    input.spokespersonApprovedBy,
    { by: previous?.spokespersonApprovedBy ?? null, at: previous?.spokespersonApprovedAt ?? null },
    isContentChanged,
    renewed.includes('spokesperson'),
    now,
  );
  const parsed = statementSchema.safeParse({
    id,
    templateId: template.id,
    incidentId: previous?.incidentId ?? null,
    language: template.language,
    context: input.context,
    text,
    legalApprovedBy: legal.by,
    legalApprovedAt: legal.at,
    spokespersonApprovedBy: spokesperson.by,
    spokespersonApprovedAt: spokesperson.at,
    releasedAt: previous?.releasedAt ?? null,
    createdAt: previous?.createdAt ?? now,
    updatedAt: now,
  } satisfies Statement);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, issues: toSopIssues(parsed.error.issues) };
}

/**
 * Saves a statement filled from `templateId`: a new one when `statementId` is null. Missing
 * placeholder values are allowed while drafting (the text stays empty until all are there);
 * releasing checks them. A released statement is the record of what was said and never changes:
 * saving over it is refused with `statement-released` (start a new statement from it instead).
 * Approvals follow the text they were given for (see {@link StatementInput.renewedApprovals}).
 */
export function saveStatement(
  templateId: string,
  statementId: string | null,
  input: StatementInput,
): Promise<CommandResult<Statement>> {
  return attemptWrite(async () => {
    const template = await readStatementTemplate(templateId);
    if (template === undefined) {
      return formFailure('not-found');
    }
    const now = Date.now();
    if (statementId === null) {
      const built = buildStatement(template, input, undefined, crypto.randomUUID(), now);
      return built.ok ? { ok: true, value: await putStatement(built.value) } : built;
    }
    const result = await updateStatement(statementId, (previous) =>
      previous.releasedAt === null
        ? buildStatement(template, input, previous, statementId, now)
        : { ok: false as const, issues: [{ path: '', code: 'statement-released' }] },
    );
    return result ?? formFailure('not-found');
  });
}

/**
 * Marks a statement released now, after checking that every placeholder has a value and every
 * approval the template requires is recorded. Issues: `missing-value` per placeholder
 * (`context.<name>`), `unknown-placeholder`, `malformed-placeholder`, `approval-required` on
 * `legalApprovedBy` / `spokespersonApprovedBy`. A statement released before stays as it was, with
 * its first release time (copying or exporting it again does not move it), even when its template
 * has been deleted or changed since.
 */
export function releaseStatement(statementId: string): Promise<CommandResult<Statement>> {
  return attemptWrite(async () => {
    const stored = await readStatement(statementId);
    if (stored !== undefined && stored.releasedAt !== null) {
      return { ok: true, value: stored };
    }
    const template =
      stored === undefined ? undefined : await readStatementTemplate(stored.templateId);
    if (template === undefined) {
      return formFailure('not-found');
    }
    const now = Date.now();
    const result = await updateStatement(statementId, (statement) => {
      if (statement.releasedAt !== null) {
        // Released from another window since it was read above: the first release stands.
        return { ok: true as const, value: statement, isNewlyReleased: false };
      }
      const filled = fillTemplate(template, statement.context);
      // The template changed since the statement was saved: what was approved is not what it
      // would print now, so it must be saved (and approved) again.
      const isOutdated = filled.ok && filled.text !== statement.text;
      const issues = isOutdated
        ? [{ path: '', code: 'statement-outdated' }]
        : releaseIssues(template, statement);
      return issues.length > 0
        ? { ok: false as const, issues }
        : {
            ok: true as const,
            value: { ...statement, releasedAt: now, updatedAt: now },
            isNewlyReleased: true,
          };
    });
    if (result === undefined) {
      return formFailure('not-found');
    }
    if (!result.ok) {
      return result;
    }
    if (result.isNewlyReleased) {
      announce('success', 'sops.notices.released', { title: template.title });
    }
    return { ok: true, value: result.value };
  });
}

/** Why a statement may not be released yet (empty when it may). */
export function releaseIssues(
  template: StatementTemplate,
  statement: Pick<Statement, 'context' | 'legalApprovedBy' | 'spokespersonApprovedBy'>,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const filled = fillTemplate(template, statement.context);
  if (!filled.ok) {
    issues.push(
      ...filled.missing.map((name) => ({ path: `context.${name}`, code: 'missing-value' })),
      ...filled.unknown.map(() => ({ path: 'body', code: 'unknown-placeholder' })),
      ...filled.malformed.map(() => ({ path: 'body', code: 'malformed-placeholder' })),
    );
  }
  const check = canRelease({
    template,
    legalApprovedBy: statement.legalApprovedBy,
    spokespersonApprovedBy: statement.spokespersonApprovedBy,
  });
  if (!check.ok) {
    issues.push(
      ...check.missing.map((kind) => ({ path: `${kind}ApprovedBy`, code: 'approval-required' })),
    );
  }
  return issues;
}

/** Saves one cell of the communication matrix (replacing the cell for the same combination). */
export function saveCommMatrixCell(cell: CommMatrixCell): Promise<CommandResult<CommMatrixCell>> {
  return attemptWrite(async () => {
    const parsed = commMatrixCellSchema.safeParse(cell);
    if (!parsed.success) {
      return { ok: false, issues: toSopIssues(parsed.error.issues) };
    }
    return { ok: true, value: await putCommMatrixCell(parsed.data) };
  });
}

/** Clears one cell of the matrix, with Undo. */
export function clearCommMatrixCell(id: string): Promise<CommandResult<null>> {
  return attemptWrite(async () => {
    const removed = await deleteCommMatrixCell(id);
    if (removed === undefined) {
      return formFailure('not-found');
    }
    announce(
      'info',
      'sops.notices.cellCleared',
      {},
      {
        labelKey: 'notices.undo',
        run: () => {
          undoWith(
            () => restoreCommMatrixCell(removed),
            () => announce('success', 'sops.notices.cellRestored', {}),
          );
        },
      },
    );
    return { ok: true, value: null };
  });
}

/** Which editable list of the matrix: stakeholder groups or channels. */
export type CommGroupKind = 'stakeholders' | 'channels';

/**
 * Saves the stakeholder groups or channels (order, names, added and removed ones). A group that
 * matrix cells still use cannot be removed: issue `group-in-use` at its former index.
 */
export function saveCommGroups(
  kind: CommGroupKind,
  groups: CommGroup[],
): Promise<CommandResult<CommGroup[]>> {
  return attemptWrite(async () => {
    const parsed = commGroupListSchema.safeParse(groups);
    if (!parsed.success) {
      return { ok: false, issues: toSopIssues(parsed.error.issues) };
    }
    const key = kind === 'stakeholders' ? 'commStakeholders' : 'commChannels';
    const previous = await readSetting(key);
    const kept = new Set(parsed.data.map((group) => group.id));
    const cells = await readCommMatrixCells();
    const audiences =
      kind === 'stakeholders'
        ? new Set((await readStatementTemplates()).map((template) => template.audience))
        : new Set<string>();
    const issues = previous.flatMap((group, index) => {
      const isUsed =
        audiences.has(group.id) ||
        cells.some((cell) =>
          kind === 'stakeholders' ? cell.stakeholderId === group.id : cell.channelId === group.id,
        );
      return !kept.has(group.id) && isUsed ? [{ path: String(index), code: 'group-in-use' }] : [];
    });
    if (issues.length > 0) {
      return { ok: false, issues };
    }
    await saveSetting(key, parsed.data);
    return { ok: true, value: parsed.data };
  });
}

/** What installing the starter library added. */
export type StarterInstallCounts = { sops: number; templates: number; cells: number };

/**
 * Installs the starter library: SOPs and matrix texts in `language`, templates in each of
 * `templateLanguages`. Everything already installed (by id) is left as the user has it; the rest is
 * written in one transaction. Each new SOP is published as version 1 so it can be run at once.
 */
export function installStarterLibrary({
  language,
  templateLanguages,
  changeNote,
  publishedBy,
}: {
  language: Language;
  templateLanguages: readonly Language[];
  /** The translated "Installed from the starter library" note of version 1. */
  changeNote: string;
  /** The translated name of the publisher ("Crisis Room starter library"). */
  publishedBy: string;
}): Promise<CommandResult<StarterInstallCounts>> {
  return attemptWrite(async () => {
    if (templateLanguages.length === 0) {
      return { ok: false, issues: [{ path: 'templateLanguages', code: 'required' }] };
    }
    const now = Date.now();
    const plan = planStarterInstall({
      kits: starterLibrary,
      language,
      templateLanguages,
      stored: await readStoredLibraryIds(),
      now,
      today: toIsoDate(new Date(now)),
      changeNote,
      publishedBy,
    });
    await insertStarterPlan(plan);
    const counts = {
      sops: plan.sops.length,
      templates: plan.templates.length,
      cells: plan.cells.length,
    };
    announce('success', 'sops.notices.starterInstalled', counts);
    return { ok: true, value: counts };
  });
}
