import { z } from 'zod';
import { languages } from '../settings';
import { builtInStakeholders, statementStages } from './communication';

/**
 * Statement templates: plain-text holding statements, updates, apologies … per crisis type, stage,
 * audience and language, with `{{name}}` placeholders filled from an incident's context. Filling
 * never prints a blank: a placeholder without a value, or one the app does not know, refuses the
 * fill and says which. Template text is user data (and may be imported), so the placeholder
 * scanner is a single hand-written pass, linear in the text's length whatever it contains.
 * Validation messages are codes the UI translates under `sops.validation.<code>`.
 */

/** The stages of communication a template is written for (see communication.ts). */
export { statementStages } from './communication';
export type { StatementStage } from './communication';

/**
 * The starter stakeholder groups a statement can be addressed to. Audiences are stored as plain
 * ids because the communication matrix's groups are editable; these are the ones installed first.
 */
export const defaultAudiences = builtInStakeholders;

/** The placeholders a template may use, each filled from the incident or typed by the user. */
export const placeholderNames = [
  'company',
  'product',
  'incidentTitle',
  'detectedAt',
  'whatWeKnow',
  'whatWeAreDoing',
  'nextUpdateAt',
  'spokesperson',
] as const;

/** One of {@link placeholderNames}. */
export type PlaceholderName = (typeof placeholderNames)[number];

/** True when `name` is one of {@link placeholderNames}. */
export function isPlaceholderName(name: string): name is PlaceholderName {
  return (placeholderNames as readonly string[]).includes(name);
}

/** Longest template body, in characters (a long statement is a few thousand). */
export const maxTemplateBodyLength = 20_000;

/** Longest placeholder name the scanner accepts; longer text between braces is not a name. */
export const maxPlaceholderNameLength = 100;

/** What can be wrong with the braces of a placeholder. */
export const placeholderIssueCodes = [
  /** `{{` with no `}}` before the end of its line (or before the next `{{`). */
  'unclosed-placeholder',
  /** `}}` with no `{{` before it, such as `{company}}`. */
  'unopened-placeholder',
  /** `{{}}` or `{{   }}`. */
  'empty-placeholder',
  /** Braces inside the name (`{{{company}}}`) or a name longer than {@link maxPlaceholderNameLength}. */
  'invalid-placeholder-name',
] as const;

/** One of {@link placeholderIssueCodes}. */
export type PlaceholderIssueCode = (typeof placeholderIssueCodes)[number];

/** A malformed placeholder and where it starts (UTF-16 offset into the body, for highlighting). */
export type PlaceholderIssue = { code: PlaceholderIssueCode; offset: number };

/** One well-formed placeholder in a body: its name (spaces trimmed) and its span `[start, end)`. */
export type PlaceholderOccurrence = { name: string; start: number; end: number };

/** What {@link parsePlaceholders} found in a body. */
export type ParsedPlaceholders = {
  /** Distinct names used, known or not, in order of first use. */
  names: string[];
  /** Every well-formed placeholder, in text order. */
  occurrences: PlaceholderOccurrence[];
  /** Malformed braces, in text order. */
  issues: PlaceholderIssue[];
};

/**
 * Finds the `{{name}}` placeholders of a template body. Spaces inside the braces are tolerated
 * (`{{ company }}`); a placeholder may not span lines. Malformed braces are reported with their
 * offsets rather than guessed at. One forward pass: the inner scan stops at `}}`, `{{` or a line
 * break and the outer scan resumes there, so no character is read more than twice.
 */
export function parsePlaceholders(body: string): ParsedPlaceholders {
  const names: string[] = [];
  const seen = new Set<string>();
  const occurrences: PlaceholderOccurrence[] = [];
  const issues: PlaceholderIssue[] = [];
  let index = 0;
  while (index < body.length) {
    if (body.startsWith('}}', index)) {
      issues.push({ code: 'unopened-placeholder', offset: index });
      index += 2;
      continue;
    }
    if (!body.startsWith('{{', index)) {
      index += 1;
      continue;
    }
    const start = index;
    let cursor = start + 2;
    while (
      cursor < body.length &&
      !body.startsWith('}}', cursor) &&
      !body.startsWith('{{', cursor) &&
      body[cursor] !== '\n' &&
      body[cursor] !== '\r'
    ) {
      cursor += 1;
    }
    if (!body.startsWith('}}', cursor)) {
      issues.push({ code: 'unclosed-placeholder', offset: start });
      index = cursor;
      continue;
    }
    index = cursor + 2;
    const name = body.slice(start + 2, cursor).trim();
    if (name === '') {
      issues.push({ code: 'empty-placeholder', offset: start });
    } else if (name.length > maxPlaceholderNameLength || name.includes('{') || name.includes('}')) {
      issues.push({ code: 'invalid-placeholder-name', offset: start });
    } else {
      occurrences.push({ name, start, end: index });
      if (!seen.has(name)) {
        seen.add(name);
        names.push(name);
      }
    }
  }
  return { names, occurrences, issues };
}

/** The fields of a statement template, before the placeholder checks. */
const statementTemplateFields = {
  id: z.string().min(1).max(80),
  /** The crisis type it is written for, or null for any crisis. */
  crisisTypeId: z.string().min(1).max(80).nullable(),
  stage: z.enum(statementStages),
  /** A stakeholder group id of the communication matrix (see {@link defaultAudiences}). */
  audience: z.string().min(1).max(100, 'too-long'),
  language: z.enum(languages),
  title: z.string().trim().min(1, 'required').max(200, 'too-long'),
  /** Plain text with `{{name}}` placeholders; never HTML or Markdown. */
  body: z.string().trim().min(1, 'required').max(maxTemplateBodyLength, 'too-long'),
  /**
   * Placeholders that must have a value before the statement can be filled, even if unused.
   * Typed as plain strings (the check is not a type guard) so data read from elsewhere can still
   * reach {@link fillTemplate}, which reports names it does not know.
   */
  requiredPlaceholders: z
    .array(z.string().refine((name): boolean => isPlaceholderName(name), 'unknown-placeholder'))
    .refine((names) => new Set(names).size === names.length, 'duplicate-placeholder'),
  needsLegalApproval: z.boolean(),
  needsSpokespersonApproval: z.boolean(),
};

/** Reports malformed braces and unknown placeholder names in the body. */
function checkTemplateBody(template: { body: string }, context: z.core.$RefinementCtx): void {
  const { names, issues } = parsePlaceholders(template.body);
  if (issues.length > 0) {
    context.addIssue({ code: 'custom', path: ['body'], message: 'malformed-placeholder' });
  }
  if (names.some((name) => !isPlaceholderName(name))) {
    context.addIssue({ code: 'custom', path: ['body'], message: 'unknown-placeholder' });
  }
}

/** A statement template: what a user writes and edits. */
export const statementTemplateSchema = z
  .object(statementTemplateFields)
  .strict()
  .superRefine(checkTemplateBody);

/**
 * A statement template as stored: the template plus when it was created and last changed (epoch
 * ms) and whether it came from the starter library (shown as a starting point to adapt).
 */
export const storedStatementTemplateSchema = z
  .object({
    ...statementTemplateFields,
    isStarter: z.boolean(),
    createdAt: z.number().int().min(0),
    updatedAt: z.number().int().min(0),
  })
  .strict()
  .superRefine(checkTemplateBody);

/** See {@link storedStatementTemplateSchema}. */
export type StoredStatementTemplate = z.output<typeof storedStatementTemplateSchema>;

/** See {@link statementTemplateSchema}. */
export type StatementTemplate = z.output<typeof statementTemplateSchema>;

/** Values to fill placeholders with; a missing, empty or whitespace-only value counts as missing. */
export type PlaceholderContext = Partial<Record<PlaceholderName, string>>;

/** The outcome of {@link fillTemplate}. */
export type FilledTemplate =
  | { ok: true; text: string }
  | {
      ok: false;
      /** Names used in the body or listed as required that are not {@link placeholderNames}. */
      unknown: string[];
      /** Known names, used or required, whose value is missing or blank. */
      missing: PlaceholderName[];
      /** Malformed braces in the body, which would otherwise be printed as they are. */
      malformed: PlaceholderIssue[];
    };

/**
 * Fills a template's body from `context`. Refuses (listing every problem at once, so the user can
 * fix them together) when a placeholder used in the body or listed as required is unknown or has
 * no value, or when the body has malformed braces: the result is never a statement with a blank or
 * a leftover `{{` where a value belonged. Values are trimmed and inserted as they are, in a single
 * pass, so a value that contains `{{…}}` is printed literally rather than filled again.
 */
export function fillTemplate(
  template: Pick<StatementTemplate, 'body' | 'requiredPlaceholders'>,
  context: PlaceholderContext,
): FilledTemplate {
  const { names, occurrences, issues } = parsePlaceholders(template.body);
  const unknown: string[] = [];
  const missing: PlaceholderName[] = [];
  const values = new Map<string, string>();
  for (const name of new Set([...names, ...template.requiredPlaceholders])) {
    if (!isPlaceholderName(name)) {
      unknown.push(name);
      continue;
    }
    const value = context[name]?.trim() ?? '';
    if (value === '') {
      missing.push(name);
    } else {
      values.set(name, value);
    }
  }
  if (unknown.length > 0 || missing.length > 0 || issues.length > 0) {
    return { ok: false, unknown, missing, malformed: issues };
  }
  const parts: string[] = [];
  let copiedUpTo = 0;
  for (const { name, start, end } of occurrences) {
    parts.push(template.body.slice(copiedUpTo, start), values.get(name) ?? '');
    copiedUpTo = end;
  }
  parts.push(template.body.slice(copiedUpTo));
  return { ok: true, text: parts.join('') };
}

/** An approval a template can require before its statement is released. */
export type ReleaseApproval = 'legal' | 'spokesperson';

/** The outcome of {@link canRelease}. */
export type ReleaseCheck = { ok: true } | { ok: false; missing: ReleaseApproval[] };

/**
 * Whether a statement from `template` may be released: each approval the template requires must be
 * recorded with the approver's name (blank counts as not approved). Sending happens outside the
 * app, so this gates copying and exporting the final text.
 */
export function canRelease({
  template,
  legalApprovedBy,
  spokespersonApprovedBy,
}: {
  template: Pick<StatementTemplate, 'needsLegalApproval' | 'needsSpokespersonApproval'>;
  legalApprovedBy: string | null;
  spokespersonApprovedBy: string | null;
}): ReleaseCheck {
  const missing: ReleaseApproval[] = [];
  if (template.needsLegalApproval && (legalApprovedBy?.trim() ?? '') === '') {
    missing.push('legal');
  }
  if (template.needsSpokespersonApproval && (spokespersonApprovedBy?.trim() ?? '') === '') {
    missing.push('spokesperson');
  }
  return missing.length === 0 ? { ok: true } : { ok: false, missing };
}
