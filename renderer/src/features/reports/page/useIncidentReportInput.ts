import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { isCrisisType } from '../../../../../shared/domain/crisisTypes';
import type { Incident } from '../../../../../shared/domain/incidents/incident';
import { localize } from '../../../../../shared/domain/localizedText';
import type {
  IncidentReportInput,
  IncidentReportNames,
  ReportVariant,
} from '../../../../../shared/domain/reports/incidentReport';
import { builtInRole } from '../../../../../shared/domain/roster/crisisRoles';
import type { CrisisRole } from '../../../../../shared/domain/roster/crisisRoles';
import type { SeverityLevel } from '../../../../../shared/domain/severity';
import type { Language } from '../../../../../shared/domain/settings';
import type { CommGroup } from '../../../../../shared/domain/sops/commMatrix';
import { builtInChannels, builtInStakeholders } from '../../../../../shared/domain/sops/commMatrix';
import {
  useIncident,
  useIncidentCommunications,
  useIncidentTasks,
  useIncidentTenures,
  useTimeline,
} from '../../incidents';
import { useActionItemsOf, usePostmortemOfIncident } from '../../postmortems';
import { useRiskViews } from '../../risks';
import { usePeople, useRoles, useSeverityLevels } from '../../roster';
import type { PublishedSop } from '../../sops';
import { useCommChannels, useCommStakeholders, usePublishedSops } from '../../sops';

/** The choices of the report page that shape the document. */
export type IncidentReportOptions = {
  language: Language;
  variant: ReportVariant;
  timeZone: string;
  /** When the document counts as generated (stated on it). */
  generatedAt: number;
};

/** A risk as the register lists it (the risks feature exports the hook, not the type). */
type RiskView = NonNullable<ReturnType<typeof useRiskViews>>[number];

/** Everything the names are resolved from, loaded. */
type NameSources = {
  incident: Incident;
  levels: readonly SeverityLevel[];
  roles: readonly CrisisRole[];
  stakeholders: readonly CommGroup[];
  channels: readonly CommGroup[];
  risks: readonly RiskView[];
  sops: readonly PublishedSop[];
};

/** True when `id` is one of the built-in `ids`. */
function isOneOf<T extends string>(ids: readonly T[], id: string): id is T {
  return (ids as readonly string[]).includes(id);
}

/**
 * A stakeholder group's or channel's name in the document's language: a custom group's name as
 * typed, a built-in one's translation, else the id (a group removed since).
 */
function groupName(
  groups: readonly CommGroup[],
  id: string,
  builtInName: (id: string) => string | null,
): string {
  const custom = groups.find((group) => group.id === id && !group.isBuiltIn);
  return custom?.name ?? builtInName(id) ?? id;
}

/**
 * The names the report needs, in the document's language (`t` is fixed to it), not the UI's: the
 * shared label hooks of other features follow the UI language, so the same rules are applied
 * here with the document's translations and the localized data's other language.
 */
export function reportNames(
  sources: NameSources,
  language: Language,
  t: TFunction,
): IncidentReportNames {
  const { incident } = sources;
  const level = sources.levels.find((candidate) => candidate.id === incident.severityId);
  const crisisTypeId = incident.crisisTypeId;
  return {
    severityName: level === undefined ? incident.severityId : localize(level.name, language),
    severityDefinition: level === undefined ? '' : level.definition[language],
    crisisTypeName:
      crisisTypeId === null
        ? null
        : isCrisisType(crisisTypeId)
          ? t(`crisisTypes.${crisisTypeId}`)
          : crisisTypeId,
    roleName: (roleId) => {
      const definition = builtInRole(roleId);
      if (definition !== undefined) {
        return localize(definition.name, language);
      }
      return sources.roles.find((role) => role.id === roleId)?.name ?? roleId;
    },
    audienceName: (audienceId) =>
      groupName(sources.stakeholders, audienceId, (id) =>
        isOneOf(builtInStakeholders, id) ? t(`sops.stakeholders.${id}`) : null,
      ),
    channelName: (channelId) =>
      groupName(sources.channels, channelId, (id) =>
        isOneOf(builtInChannels, id) ? t(`sops.channels.${id}`) : null,
      ),
    riskName: (riskId) => {
      const risk = sources.risks.find((view) => view.risk.id === riskId)?.risk;
      return risk === undefined ? riskId : `${risk.reference} ${risk.title}`;
    },
    sopName: (sopId) =>
      sources.sops.find((published) => published.sop.id === sopId)?.content.title ?? sopId,
  };
}

/**
 * What the incident report of `incidentId` is built from, assembled from the live records
 * (incident, timeline, tasks, communications, tenures, roster, postmortem and its action items)
 * with every name resolved in the document's language. Undefined while anything loads; null when
 * the incident does not exist. Live: a new timeline entry re-renders the report.
 */
export function useIncidentReportInput(
  incidentId: string,
  options: IncidentReportOptions,
): IncidentReportInput | null | undefined {
  const { i18n } = useTranslation();
  const incident = useIncident(incidentId);
  const timeline = useTimeline(incidentId);
  const tasks = useIncidentTasks(incidentId);
  const communications = useIncidentCommunications(incidentId);
  const tenures = useIncidentTenures(incidentId);
  const people = usePeople();
  const roles = useRoles();
  const levels = useSeverityLevels();
  const stakeholders = useCommStakeholders();
  const channels = useCommChannels();
  const risks = useRiskViews();
  const sops = usePublishedSops();
  const postmortem = usePostmortemOfIncident(incidentId);
  // No postmortem yet: an id no item can have, so the query answers with an empty list.
  const actionItems = useActionItemsOf(postmortem?.id ?? '');
  const { language, variant, timeZone, generatedAt } = options;

  return useMemo(() => {
    if (incident === null) {
      return null;
    }
    if (
      incident === undefined ||
      timeline === undefined ||
      tasks === undefined ||
      communications === undefined ||
      tenures === undefined ||
      people === undefined ||
      roles === undefined ||
      levels === undefined ||
      stakeholders === undefined ||
      channels === undefined ||
      risks === undefined ||
      sops === undefined ||
      postmortem === undefined ||
      actionItems === undefined
    ) {
      return undefined;
    }
    const names = reportNames(
      { incident, levels, roles, stakeholders, channels, risks, sops },
      language,
      i18n.getFixedT(language),
    );
    return {
      incident,
      timeline,
      tasks,
      communications,
      tenures,
      people,
      postmortem,
      actionItems: postmortem === null ? [] : actionItems,
      names,
      variant,
      language,
      timeZone,
      generatedAt,
    };
  }, [
    incident,
    timeline,
    tasks,
    communications,
    tenures,
    people,
    roles,
    levels,
    stakeholders,
    channels,
    risks,
    sops,
    postmortem,
    actionItems,
    i18n,
    language,
    variant,
    timeZone,
    generatedAt,
  ]);
}
