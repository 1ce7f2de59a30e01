import { z } from 'zod';
import { sitrepKinds } from '../../../../../shared/domain/incidents/sitreps';
import type {
  SitrepKind,
  SituationReportInput,
} from '../../../../../shared/domain/incidents/sitreps';

/**
 * What the situation report form holds while it is open: both kinds' fields (switching kind
 * keeps what was typed in the other) and the author's name as typed.
 */
export type SitrepDraft = {
  kind: SitrepKind;
  conditions: string;
  actions: string;
  needs: string;
  status: string;
  overview: string;
  nextSteps: string;
  author: string;
};

/** The fields of each kind of report, in the order the form and the history show them. */
export const sitrepFields = {
  tactical: ['conditions', 'actions', 'needs'],
  executive: ['status', 'overview', 'nextSteps'],
} as const satisfies Record<SitrepKind, readonly (keyof SitrepDraft)[]>;

/** A field of either kind of report. */
export type SitrepField = (typeof sitrepFields)[SitrepKind][number];

/** An empty tactical report by `author`. */
export function emptySitrepDraft(author: string): SitrepDraft {
  return {
    kind: 'tactical',
    conditions: '',
    actions: '',
    needs: '',
    status: '',
    overview: '',
    nextSteps: '',
    author,
  };
}

/** The report the draft stands for: only the fields of its kind. */
export function sitrepInputOf(draft: SitrepDraft): SituationReportInput {
  return draft.kind === 'tactical'
    ? {
        kind: 'tactical',
        conditions: draft.conditions,
        actions: draft.actions,
        needs: draft.needs,
      }
    : {
        kind: 'executive',
        status: draft.status,
        overview: draft.overview,
        nextSteps: draft.nextSteps,
      };
}

/**
 * A draft as kept in local storage (useDraftDialog): a new report is based on nothing, so
 * `basedOn` is always null. Read back through this schema, so a damaged draft is dropped.
 */
export const storedSitrepDraftSchema = z
  .object({
    basedOn: z.null(),
    draft: z
      .object({
        kind: z.enum(sitrepKinds),
        conditions: z.string(),
        actions: z.string(),
        needs: z.string(),
        status: z.string(),
        overview: z.string(),
        nextSteps: z.string(),
        author: z.string(),
      })
      .strict(),
  })
  .strict();

/** The fields of a written report with their text, in display order. */
export function reportFieldTexts(
  report: SituationReportInput,
): { field: SitrepField; text: string }[] {
  return report.kind === 'tactical'
    ? [
        { field: 'conditions', text: report.conditions },
        { field: 'actions', text: report.actions },
        { field: 'needs', text: report.needs },
      ]
    : [
        { field: 'status', text: report.status },
        { field: 'overview', text: report.overview },
        { field: 'nextSteps', text: report.nextSteps },
      ];
}
