import type { CommunicationRecord } from '../../../../shared/domain/incidents/communications';
import type { Incident, IncidentStatus } from '../../../../shared/domain/incidents/incident';
import { changeStatus, declarationHistory } from '../../../../shared/domain/incidents/lifecycle';
import type { IncidentTask } from '../../../../shared/domain/incidents/tasks';
import { appendEntry } from '../../../../shared/domain/incidents/timeline';
import type {
  TimelineEntry,
  TimelineEntryInput,
} from '../../../../shared/domain/incidents/timeline';
import type { ActionItem } from '../../../../shared/domain/postmortems/actionItems';
import {
  postmortemContentFromIncident,
  postmortemReference,
} from '../../../../shared/domain/postmortems/postmortem';
import type { Postmortem } from '../../../../shared/domain/postmortems/postmortem';
import type { IncidentReportInput } from '../../../../shared/domain/reports/incidentReport';
import type { ReportLabels } from '../../../../shared/domain/reports/reportLabels';
import type { RoleTenure } from '../../../../shared/domain/roster/crisisRoles';
import { emptyPersonInput } from '../../../../shared/domain/roster/person';
import type { Person } from '../../../../shared/domain/roster/person';

/**
 * A realistic incident with its records, for the report tests: detected 2026-11-22 06:05 UTC
 * (14:05 in Taipei), declared at once, stable after 90 minutes, closed after four hours.
 */

export const minute = 60_000;
export const detectedAt = Date.UTC(2026, 10, 22, 6, 5);
export const incidentId = 'incident-7';

/** Mei, the commander, with a mobile and a work address. */
export const mei: Person = {
  ...emptyPersonInput('Asia/Taipei'),
  id: 'person-mei',
  name: '林美玲',
  phones: [{ kind: 'mobile', number: '+886 912 345 678' }],
  emails: [{ kind: 'work', address: 'mei.lin@example.com.tw' }],
  createdAt: detectedAt,
  updatedAt: detectedAt,
};

/** Wei, the spokesperson. */
export const wei: Person = {
  ...emptyPersonInput('Asia/Shanghai'),
  id: 'person-wei',
  name: 'Wei Zhang',
  phones: [{ kind: 'work', number: '021-12345678' }],
  emails: [],
  createdAt: detectedAt,
  updatedAt: detectedAt,
};

/** The incident, closed, with the given history moves as [status, minutes after detection]. */
export function closedIncident(overrides: Partial<Incident> = {}): Incident {
  let state: Pick<Incident, 'status' | 'statusHistory'> = {
    status: 'active',
    statusHistory: declarationHistory('active', detectedAt, detectedAt, 'Mei'),
  };
  const moves: [IncidentStatus, number][] = [
    ['stable', 90],
    ['closed', 240],
  ];
  for (const [to, after] of moves) {
    const result = changeStatus(state, to, detectedAt + after * minute, 'Mei');
    if (!result.ok) throw new Error(result.code);
    state = result.value;
  }
  return {
    id: incidentId,
    reference: 'INC-0007',
    title: '會員資料外洩 Member data leak',
    crisisTypeId: 'data-breach',
    severityId: 'sev-1',
    priority: 'p1',
    detectionSource: 'customer',
    detectionNote: '',
    summary: 'Incident summary: call 0912-345-678.',
    startedAt: detectedAt - 30 * minute,
    detectedAt,
    affectedAudiences: ['customers'],
    tags: [],
    visibility: 'normal',
    riskIds: [],
    isExercise: false,
    ...state,
    pinnedEntryIds: [],
    timelineHead: { count: 0, hash: '' },
    createdAt: detectedAt,
    updatedAt: detectedAt,
    ...overrides,
  };
}

/** A timeline entry input; `at` in minutes after detection. */
export function entryInput(
  afterMinutes: number,
  text: string,
  options: Partial<TimelineEntryInput> = {},
): TimelineEntryInput {
  return {
    kind: 'note',
    at: detectedAt + afterMinutes * minute,
    author: 'Mei',
    source: 'manual',
    isExternal: false,
    text,
    supersedesId: null,
    ...options,
  };
}

/** Appends the inputs in order to a fresh chain (ids `e0`, `e1` …), as the app would. */
export function chainOf(inputs: readonly TimelineEntryInput[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const [index, input] of inputs.entries()) {
    const result = appendEntry(
      entries.at(-1),
      incidentId,
      `e${index}`,
      input,
      detectedAt + index * minute,
      entries,
    );
    if (!result.ok) throw new Error(result.code);
    entries.push(result.value);
  }
  return entries;
}

/** A communication released `afterMinutes` after detection. */
export function communication(
  id: string,
  afterMinutes: number,
  text: string,
  isExternal: boolean,
): CommunicationRecord {
  return {
    id,
    incidentId,
    audienceId: isExternal ? 'customers' : 'employees',
    channelId: isExternal ? 'website' : 'email',
    templateId: null,
    statementId: null,
    text,
    isExternal,
    legalApprovedBy: null,
    spokespersonApprovedBy: null,
    releasedAt: detectedAt + afterMinutes * minute,
    legalApprovedAt: null,
    spokespersonApprovedAt: null,
    createdAt: detectedAt + afterMinutes * minute,
  };
}

/** A task; `dueAfter` minutes after detection or null. */
export function task(id: string, title: string, dueAfter: number | null): IncidentTask {
  return {
    id,
    incidentId,
    title,
    ownerPersonId: mei.id,
    ownerRoleId: null,
    dueAt: dueAfter === null ? null : detectedAt + dueAfter * minute,
    status: 'open',
    sopRunId: null,
    sopStepId: null,
    note: '',
    createdAt: detectedAt,
    updatedAt: detectedAt,
    doneAt: null,
  };
}

/** A published postmortem of the incident with the given summary. */
export function postmortem(summary: string): Postmortem {
  const content = postmortemContentFromIncident(
    { title: 'Member data leak', summary, detectionNote: '', tags: [] },
    'TWD',
  );
  return {
    id: 'pm-1',
    reference: postmortemReference(1),
    incidentId,
    content: {
      ...content,
      impact: {
        ...content.impact,
        customersAffected: 12_000,
        revenueLoss: 1_200_000,
        note: 'Hotline 0800-000-123 staffed; escalations to cso@example.com.',
      },
      causes: [
        {
          id: 'c1',
          kind: 'root',
          category: 'supplier',
          text: 'Vendor key leaked (vendor +86 138 0013 8000).',
        },
      ],
      lessons: [{ id: 'l1', text: 'Rotate vendor keys; ask ops@example.com.' }],
    },
    status: 'published',
    statusHistory: [],
    reviewers: [],
    createdAt: detectedAt,
    updatedAt: detectedAt,
    publishedAt: detectedAt,
  };
}

/** An action item owned by `ownerPersonId`. */
export function actionItem(
  id: string,
  title: string,
  dueOn: string,
  overrides: Partial<ActionItem> = {},
): ActionItem {
  return {
    id,
    postmortemId: 'pm-1',
    incidentId,
    title,
    description: '',
    ownerPersonId: wei.id,
    dueOn,
    type: 'prevent',
    status: 'open',
    link: null,
    lessonId: null,
    loop: null,
    createdAt: detectedAt,
    updatedAt: detectedAt,
    completedAt: null,
    ...overrides,
  };
}

/** Mei commanded the incident, Wei spoke for it; one roster tenure that must not appear. */
export const tenures: RoleTenure[] = [
  {
    id: 't2',
    roleId: 'spokesperson',
    personId: wei.id,
    scope: `incident:${incidentId}`,
    from: detectedAt + 10 * minute,
    to: null,
  },
  {
    id: 't1',
    roleId: 'commander',
    personId: mei.id,
    scope: `incident:${incidentId}`,
    from: detectedAt,
    to: detectedAt + 240 * minute,
  },
  { id: 't0', roleId: 'commander', personId: wei.id, scope: 'roster', from: 0, to: null },
];

/** A complete input: internal, Taipei time, generated the day after. */
export function reportInput(overrides: Partial<IncidentReportInput> = {}): IncidentReportInput {
  return {
    incident: closedIncident(),
    timeline: chainOf([
      entryInput(0, 'Customer reports leak; call back 0912-345-678.'),
      entryInput(20, 'Holding statement published.', { kind: 'communication', isExternal: true }),
    ]),
    tasks: [task('task-1', 'Call the regulator', 60)],
    communications: [
      communication('comm-2', 30, 'Internal memo: reach Mei at mei.lin@example.com.tw', false),
      communication('comm-1', 45, 'We are investigating. Press: (02) 2345-6789.', true),
    ],
    tenures,
    people: [mei, wei],
    postmortem: postmortem('Executive summary of the leak.'),
    actionItems: [
      actionItem('a2', 'Review supplier contracts', '2026-12-31', {
        link: { kind: 'risk', riskId: 'risk-42' },
      }),
      actionItem('a1', 'Update the breach SOP', '2026-12-15', {
        type: 'sop',
        link: { kind: 'sop', sopId: 'sop-1' },
      }),
    ],
    names: {
      severityName: 'SEV-1',
      severityDefinition: 'Critical: customer data exposed',
      crisisTypeName: 'Data breach',
      roleName: (roleId) =>
        ({ commander: 'Incident commander', spokesperson: 'Spokesperson' })[roleId] ?? roleId,
      audienceName: (audienceId) => `audience:${audienceId}`,
      channelName: (channelId) => `channel:${channelId}`,
      riskName: (riskId) => (riskId === 'risk-42' ? 'R-0042 Supplier breach' : riskId),
      sopName: (sopId) => (sopId === 'sop-1' ? 'Data breach response' : sopId),
    },
    variant: 'internal',
    language: 'en',
    timeZone: 'Asia/Taipei',
    generatedAt: detectedAt + 24 * 60 * minute,
    ...overrides,
  };
}

/** English labels, as the renderer would fill them from i18n. */
export const englishLabels: ReportLabels = {
  documentTitle: 'Incident report',
  variantNotes: {
    internal: 'Internal version: may contain contact details.',
    external: 'External version: contact details and internal entries are left out.',
  },
  exerciseNote: 'Exercise: not a real incident',
  headings: {
    summary: 'Executive summary',
    timeline: 'Timeline',
    impact: 'Impact',
    roles: 'Roles on duty',
    actions: 'Actions taken',
    communications: 'Communications',
    causes: 'Causes',
    lessons: 'Lessons learned',
    actionItems: 'Action items',
  },
  fields: {
    severity: 'Severity',
    crisisType: 'Crisis type',
    status: 'Status',
    detectedAt: 'Detected',
    startedAt: 'Started',
    closedAt: 'Closed',
    timeToFirstStatement: 'Time to first statement',
    timeToStable: 'Time to stable',
    postmortem: 'Postmortem',
    generatedAt: 'Generated',
    customersAffected: 'Customers affected',
    revenueLoss: 'Revenue loss',
    recordsAffected: 'Records affected',
    mediaReach: 'Media reach',
    negativeSentimentPeak: 'Negative sentiment peak',
    impactNote: 'Note',
    owner: 'Owner',
    due: 'Due',
    link: 'Changes',
  },
  timelineKinds: {
    decision: 'Decision',
    action: 'Action',
    communication: 'Communication',
    update: 'Update',
    'monitoring-hit': 'Monitoring hit',
    note: 'Note',
    'role-change': 'Role change',
    'status-change': 'Status change',
    inject: 'Inject',
  },
  incidentStatuses: { detected: 'Detected', active: 'Active', stable: 'Stable', closed: 'Closed' },
  taskStatuses: {
    open: 'Open',
    'in-progress': 'In progress',
    done: 'Done',
    cancelled: 'Cancelled',
  },
  actionItemTypes: {
    prevent: 'Prevent',
    mitigate: 'Mitigate',
    process: 'Process',
    sop: 'SOP',
    training: 'Training',
  },
  actionItemStatuses: {
    open: 'Open',
    'in-progress': 'In progress',
    done: 'Done',
    cancelled: 'Cancelled',
  },
  postmortemStatuses: { draft: 'Draft', 'in-review': 'In review', published: 'Published' },
  causeKinds: { root: 'Root cause', contributing: 'Contributing factor' },
  causeCategories: {
    people: 'People',
    process: 'Process',
    technology: 'Technology',
    supplier: 'Supplier',
    communication: 'Communication',
    monitoring: 'Monitoring',
    governance: 'Governance',
    external: 'External',
  },
  timelineColumns: {
    time: 'Time',
    kind: 'Kind',
    author: 'Author',
    text: 'Text',
    external: 'External',
    correction: 'Correction',
  },
  actionItemColumns: {
    title: 'Title',
    type: 'Type',
    status: 'Status',
    owner: 'Owner',
    dueOn: 'Due',
    link: 'Changes',
  },
  correction: 'Correction',
  external: 'External',
  internal: 'Internal',
  yes: 'Yes',
  no: 'No',
  none: 'None.',
  notRecorded: 'Not recorded',
  noOwner: 'No owner',
  noDue: 'No due time',
  stillOnDuty: 'still on duty',
  timesAreIn: (zoneLabel) => `All times are in ${zoneLabel}.`,
  offsetsDiffer: (baseOffset) => `Times at another offset than ${baseOffset} show their own.`,
  postmortemNotPublished: 'The postmortem is not published yet.',
  sopLink: (title) => `SOP: ${title}`,
  riskLink: (name) => `Risk register: ${name}`,
  riskRegister: 'Risk register',
  omittedEntries: (count) => `${count} internal entries are not shown.`,
  formatDuration: (milliseconds) => `${Math.round(milliseconds / minute)} min`,
  formatNumber: (value) => value.toLocaleString('en'),
  formatMoney: (amount, currency) => `${currency} ${amount.toLocaleString('en')}`,
  formatPercent: (value) => `${value}%`,
};
