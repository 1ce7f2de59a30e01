import type { Sop, SopContent } from '../../../../../shared/domain/sops/sop';
import type { StoredStatementTemplate } from '../../../../../shared/domain/sops/statementTemplates';

/** A stored SOP with `content` and fixed times. */
export function sopWith(id: string, content: Partial<SopContent> & { title: string }): Sop {
  return {
    id,
    content: {
      crisisTypeId: null,
      purpose: '',
      triggerCriteria: '',
      severityIds: [],
      steps: [
        {
          id: 'step-1',
          title: 'Start',
          ownerRoleId: null,
          targetMinutes: null,
          checklist: [],
          resources: [],
          notes: '',
        },
      ],
      ...content,
    },
    ownerRoleId: null,
    reviewIntervalDays: 180,
    lastReviewedOn: null,
    lastValidatedByDrillId: null,
    publishedVersion: null,
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    isStarter: false,
  };
}

/** A stored statement template in `language`. */
export function templateWith(
  id: string,
  language: StoredStatementTemplate['language'],
  title: string,
  body: string,
): StoredStatementTemplate {
  return {
    id,
    crisisTypeId: null,
    stage: 'holding',
    audience: 'customers',
    language,
    title,
    body,
    requiredPlaceholders: [],
    needsLegalApproval: false,
    needsSpokespersonApproval: false,
    isStarter: false,
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
  };
}
