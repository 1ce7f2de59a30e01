import { z } from 'zod';
import { crisisTypes } from '../../../../../shared/domain/crisisTypes';
import {
  assessmentSchema,
  confidenceLevels,
  riskStatuses,
  riskTreatments,
} from '../../../../../shared/domain/risks/risk';
import type {
  ConfidenceLevel,
  RiskInput,
  RiskStatus,
  RiskTreatment,
  ScoreSource,
  Assessment,
} from '../../../../../shared/domain/risks/risk';
import type { CrisisType } from '../../../../../shared/domain/crisisTypes';
import type { ScoreSourceDraft } from './ScoreSourcePicker';
import { parseNumberText } from './riskDetailFormat';

/**
 * The risk form's state: every field as typed (numbers as text, stakeholders as one text), so
 * nothing the user typed is lost when a save is refused. Controls, acceptance, indicators and
 * the last review are edited on the detail page and pass through the form unchanged.
 */
export type RiskDraft = {
  title: string;
  description: string;
  categoryId: string;
  owner: string;
  stakeholdersText: string;
  crisisType: CrisisType | '';
  status: RiskStatus;
  confidence: ConfidenceLevel;
  treatment: RiskTreatment;
  inherent: Assessment;
  current: ScoreSourceDraft;
  target: ScoreSourceDraft;
  isFollowingLevel: boolean;
  intervalDaysText: string;
};

/** A current or target score as the form keeps it, for checking a stored draft. */
const scoreSourceDraftSchema = z
  .object({ mode: z.enum(['derived', 'manual']), assessment: assessmentSchema })
  .strict();

/**
 * The shape of a {@link RiskDraft}, for reading one back from storage: a draft written by another
 * app version, or damaged, fails this check and is dropped rather than half applied.
 */
export const riskDraftSchema = z
  .object({
    title: z.string(),
    description: z.string(),
    categoryId: z.string(),
    owner: z.string(),
    stakeholdersText: z.string(),
    crisisType: z.union([z.enum(crisisTypes), z.literal('')]),
    status: z.enum(riskStatuses),
    confidence: z.enum(confidenceLevels),
    treatment: z.enum(riskTreatments),
    inherent: assessmentSchema,
    current: scoreSourceDraftSchema,
    target: scoreSourceDraftSchema,
    isFollowingLevel: z.boolean(),
    intervalDaysText: z.string(),
  })
  .strict() satisfies z.ZodType<RiskDraft>;

/**
 * What is kept of an unsaved risk form: the draft and the `updatedAt` of the risk it edits (null
 * for a new risk), so a draft is not restored over a risk that changed since.
 */
export const storedRiskDraftSchema = z
  .object({ basedOn: z.number().nullable(), draft: riskDraftSchema })
  .strict();

/** The form's view of a current or target score; a derived one starts its hand rating at the inherent score. */
function toSourceDraft(source: ScoreSource, inherent: Assessment): ScoreSourceDraft {
  return source.mode === 'manual'
    ? { mode: 'manual', assessment: source.assessment }
    : { mode: 'derived', assessment: inherent };
}

/** The draft of a risk's input, as the form opens with it. */
export function toRiskDraft(input: RiskInput): RiskDraft {
  return {
    title: input.title,
    description: input.description,
    categoryId: input.categoryId,
    owner: input.owner,
    stakeholdersText: input.stakeholders.join('\n'),
    crisisType: input.crisisType ?? '',
    status: input.status,
    confidence: input.confidence,
    treatment: input.treatment,
    inherent: input.inherent,
    current: toSourceDraft(input.current, input.inherent),
    target: toSourceDraft(input.target, input.inherent),
    isFollowingLevel: input.reviewIntervalDays === null,
    intervalDaysText: input.reviewIntervalDays === null ? '' : String(input.reviewIntervalDays),
  };
}

/** Stakeholders typed one per line or separated by commas (Latin or Chinese) or 、. */
export function parseStakeholders(text: string): string[] {
  return (
    text
      // The CSV's separators too, and not commas: "Smith, John" or 法務、公關 is one name.
      .split(/[\n;；]/u)
      .map((name) => name.trim())
      .filter((name) => name !== '')
  );
}

function toSource(draft: ScoreSourceDraft): ScoreSource {
  return draft.mode === 'manual'
    ? { mode: 'manual', assessment: draft.assessment }
    : { mode: 'derived' };
}

/**
 * The input the draft describes, on top of `base` (which supplies the fields the form does not
 * edit). An interval that cannot be read becomes NaN, which the command refuses beside its field.
 */
export function toRiskInput(draft: RiskDraft, base: RiskInput): RiskInput {
  const days = parseNumberText(draft.intervalDaysText);
  return {
    ...base,
    title: draft.title,
    description: draft.description,
    categoryId: draft.categoryId,
    owner: draft.owner,
    stakeholders: parseStakeholders(draft.stakeholdersText),
    crisisType: draft.crisisType === '' ? null : draft.crisisType,
    status: draft.status,
    confidence: draft.confidence,
    treatment: draft.treatment,
    inherent: draft.inherent,
    current: toSource(draft.current),
    target: toSource(draft.target),
    reviewIntervalDays: draft.isFollowingLevel ? null : (days ?? Number.NaN),
  };
}
