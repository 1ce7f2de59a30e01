import { z } from 'zod';
import { builtInStakeholders, statementStages } from './communication';

/**
 * The communication matrix: who (owner role) tells which stakeholder group, through which channel,
 * how soon and with which template, per crisis type (or for every crisis). Stakeholder groups and
 * channels are editable lists: the built-in ones are ids translated by the UI; users add their own
 * with a name. Validation messages are codes the UI translates under `sops.validation.<code>`.
 */

export { builtInStakeholders } from './communication';

/** The built-in channels, in display order (`messaging` = LINE, WeChat, WeCom and the like). */
export const builtInChannels = [
  'website',
  'press-release',
  'social',
  'messaging',
  'sms',
  'email',
  'phone',
] as const;

/** Prefix of the ids of stakeholder groups and channels users added. */
export const customCommGroupIdPrefix = 'custom-';

/** Most stakeholder groups or channels in one list. */
export const maxCommGroups = 30;

/**
 * One stakeholder group or channel. A built-in one has an empty `name` (the UI translates its id);
 * a custom one carries the name the user typed.
 */
export const commGroupSchema = z
  .object({
    id: z.string().min(1).max(80),
    isBuiltIn: z.boolean(),
    name: z.string().trim().max(80, 'too-long'),
  })
  .strict()
  .superRefine((group, context) => {
    if (!group.isBuiltIn && group.name === '') {
      context.addIssue({ code: 'custom', path: ['name'], message: 'required' });
    }
  });

/** See {@link commGroupSchema}. */
export type CommGroup = z.output<typeof commGroupSchema>;

/** An ordered list of stakeholder groups or channels with unique ids. */
export const commGroupListSchema = z
  .array(commGroupSchema)
  .min(1, 'required')
  .max(maxCommGroups, 'too-many')
  .refine(
    (groups) => new Set(groups.map((group) => group.id)).size === groups.length,
    'duplicate-id',
  );

/** The stakeholder groups a new installation starts with. */
export const defaultStakeholders: CommGroup[] = builtInStakeholders.map((id) => ({
  id,
  isBuiltIn: true,
  name: '',
}));

/** The channels a new installation starts with. */
export const defaultChannels: CommGroup[] = builtInChannels.map((id) => ({
  id,
  isBuiltIn: true,
  name: '',
}));

/** Longest timing or note text of a matrix cell. */
export const maxCellTextLength = 500;

/**
 * One cell of the matrix: for crisis type `crisisTypeId` (null = every crisis), the `ownerRoleId`
 * tells `stakeholderId` through `channelId`, first within `targetMinutes` of activation (null =
 * no fixed target), with `timing` saying the cadence in words, using `templateStage`'s template
 * for that audience (null = none named) and an optional note.
 */
export const commMatrixCellSchema = z
  .object({
    id: z.string().min(1).max(300),
    crisisTypeId: z.string().min(1).max(80).nullable(),
    stakeholderId: z.string().min(1).max(80),
    channelId: z.string().min(1).max(80),
    ownerRoleId: z.string().min(1).max(80).nullable(),
    targetMinutes: z
      .number()
      .int('target-range')
      .min(0, 'target-range')
      .max(43_200, 'target-range')
      .nullable(),
    timing: z.string().trim().max(maxCellTextLength, 'too-long'),
    templateStage: z.enum(statementStages).nullable(),
    note: z.string().trim().max(maxCellTextLength, 'too-long'),
  })
  .strict()
  .superRefine((cell, context) => {
    if (cell.id !== commMatrixCellId(cell.crisisTypeId, cell.stakeholderId, cell.channelId)) {
      context.addIssue({ code: 'custom', path: ['id'], message: 'invalid' });
    }
  });

/** See {@link commMatrixCellSchema}. */
export type CommMatrixCell = z.output<typeof commMatrixCellSchema>;

/**
 * The id of the cell for a crisis type (null = every crisis), stakeholder group and channel: one
 * cell per combination, so saving a cell replaces the previous one.
 */
export function commMatrixCellId(
  crisisTypeId: string | null,
  stakeholderId: string,
  channelId: string,
): string {
  return `${crisisTypeId ?? '*'}|${stakeholderId}|${channelId}`;
}

/**
 * The cells that apply to `crisisTypeId`: its own cells, plus the every-crisis cells for
 * combinations it does not fill itself (a type's own cell wins). Pass null for the every-crisis
 * cells alone.
 */
export function cellsForCrisisType(
  cells: readonly CommMatrixCell[],
  crisisTypeId: string | null,
): CommMatrixCell[] {
  const own = cells.filter((cell) => cell.crisisTypeId === crisisTypeId);
  if (crisisTypeId === null) {
    return own;
  }
  const taken = new Set(own.map((cell) => `${cell.stakeholderId}|${cell.channelId}`));
  const general = cells.filter(
    (cell) => cell.crisisTypeId === null && !taken.has(`${cell.stakeholderId}|${cell.channelId}`),
  );
  return [...own, ...general];
}
