import { z } from 'zod';
import type { Incident } from '../../../../../shared/domain/incidents/incident';
import type { CommGroup } from '../../../../../shared/domain/sops/commMatrix';

/**
 * The "Record a communication" form's draft: what the fields hold, as typed. The template is ''
 * when none was used and the release time is the `datetime-local` text.
 */
export type CommunicationDraft = {
  audienceId: string;
  channelId: string;
  templateId: string;
  text: string;
  isExternal: boolean;
  legalApprovedBy: string;
  spokespersonApprovedBy: string;
  /** `YYYY-MM-DDTHH:mm` in the device's zone. */
  releasedAt: string;
};

/**
 * A new draft: addressed to the incident's first affected audience when the matrix still has it
 * (else its first group), through the first channel, external, released at `releasedAt`.
 */
export function newCommunicationDraft(
  incident: Pick<Incident, 'affectedAudiences'>,
  stakeholders: readonly CommGroup[],
  channels: readonly CommGroup[],
  releasedAt: string,
): CommunicationDraft {
  const affected = incident.affectedAudiences.find((id) =>
    stakeholders.some((group) => group.id === id),
  );
  return {
    audienceId: affected ?? stakeholders[0]?.id ?? '',
    channelId: channels[0]?.id ?? '',
    templateId: '',
    text: '',
    isExternal: true,
    legalApprovedBy: '',
    spokespersonApprovedBy: '',
    releasedAt,
  };
}

/**
 * A draft as kept in local storage (useDraftDialog) under `incident-comm:<incidentId>`: a new
 * record is based on nothing, so `basedOn` is always null. Read back through this schema, so a
 * damaged draft is dropped rather than filled into the form.
 */
export const storedCommunicationDraftSchema = z
  .object({
    basedOn: z.null(),
    draft: z
      .object({
        audienceId: z.string(),
        channelId: z.string(),
        templateId: z.string(),
        text: z.string(),
        isExternal: z.boolean(),
        legalApprovedBy: z.string(),
        spokespersonApprovedBy: z.string(),
        releasedAt: z.string(),
      })
      .strict(),
  })
  .strict();
