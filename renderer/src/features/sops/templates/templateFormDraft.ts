import { z } from 'zod';
import { languages } from '../../../../../shared/domain/settings';
import type { Language } from '../../../../../shared/domain/settings';
import { statementStages } from '../../../../../shared/domain/sops/statementTemplates';
import type { StoredStatementTemplate } from '../../../../../shared/domain/sops/statementTemplates';
import type { TemplateInput } from '../sopCommands';

/**
 * What the template form edits and keeps as a local draft between reloads: the template's input
 * as typed. A draft read back from local storage is checked for shape only (the command checks
 * the content on save), so a damaged or outdated draft is dropped rather than applied.
 */

/** The longest text a draft field may hold when read back; the command enforces the real limits. */
const maxDraftText = 100_000;

/** The shape of a stored template form draft. */
const templateDraftSchema = z
  .object({
    title: z.string().max(maxDraftText),
    crisisTypeId: z.string().max(maxDraftText).nullable(),
    stage: z.enum(statementStages),
    audience: z.string().max(maxDraftText),
    language: z.enum(languages),
    body: z.string().max(maxDraftText),
    requiredPlaceholders: z.array(z.string().max(maxDraftText)).max(100),
    needsLegalApproval: z.boolean(),
    needsSpokespersonApproval: z.boolean(),
  })
  .strict();

/** A template form draft in local storage, with the `updatedAt` of the template it edits. */
export const storedTemplateDraftSchema = z
  .object({ basedOn: z.number().nullable(), draft: templateDraftSchema })
  .strict();

/** The paths of the fields the form shows, for placing issues beside them. */
export const templateFieldPaths = [
  'title',
  'crisisTypeId',
  'stage',
  'audience',
  'language',
  'body',
  'requiredPlaceholders',
  'needsLegalApproval',
  'needsSpokespersonApproval',
] as const;

/** A new template's starting point: a holding statement in the UI language, no approvals. */
export function emptyTemplateInput(language: Language, audience: string): TemplateInput {
  return {
    title: '',
    crisisTypeId: null,
    stage: 'holding',
    audience,
    language,
    body: '',
    requiredPlaceholders: [],
    needsLegalApproval: false,
    needsSpokespersonApproval: false,
  };
}

/** The part of a stored template the form edits (no id, times or starter flag). */
export function templateInputOf(template: StoredStatementTemplate): TemplateInput {
  const {
    id: _id,
    isStarter: _isStarter,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    ...input
  } = template;
  return input;
}
