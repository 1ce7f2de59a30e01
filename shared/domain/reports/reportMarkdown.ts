import type { IncidentReport, ReportTime } from './incidentReport';
import { actionItemLinkText } from './reportLabels';
import type { ReportLabels } from './reportLabels';
import { createReportLinkify } from './reportLinkify';

/**
 * The incident report as CommonMark, for stakeholders who want a text file (and for pasting into
 * a wiki). Everything the report holds that people typed (titles, entries, statements, names,
 * settings) is escaped so it can only ever read as literal text: a title of `# Boom <script>` is
 * not a heading and no raw HTML survives. Web addresses in user text become links only for
 * http, https and mailto (SECURITY.md: "Markdown/PDF exports escape user text; links only http,
 * https, mailto"); `javascript:`, `data:`, `file:` and the like stay escaped text. Only lists and
 * paragraphs are used (no tables), so a multi-line entry cannot break the structure and every
 * CommonMark reader shows the same document. Pure.
 */

/** Finds addresses in user text, as the page does; one instance, never reconfigured. */
const linkify = createReportLinkify();

/** Link targets that may become links; anything else a text may name stays text. */
const allowedLinkPattern = /^(?:https?:\/\/|mailto:)/iu;

/** Every ASCII punctuation character: CommonMark lets each be backslash-escaped. */
const asciiPunctuationPattern = /[!-/:-@[-`{-~]/gu;

/** Characters that may not appear as such in a `<…>` link destination, or would end a table. */
const unsafeDestinationPattern = /[\s<>\\`|\p{Cc}]/gu;

/**
 * The text with every ASCII punctuation character backslash-escaped, so no character of it can
 * start or end Markdown syntax (emphasis, links, HTML, entities, headings, lists, block quotes).
 */
export function escapeMarkdownText(text: string): string {
  return text.replace(asciiPunctuationPattern, '\\$&');
}

/** One line: every run of white space (new lines included) becomes one space. */
function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** A URL as an angle-bracket destination: characters that could end or break it percent-encoded. */
function linkDestination(url: string): string {
  return url.replace(unsafeDestinationPattern, (character) => encodeURIComponent(character));
}

/**
 * One line of user text, escaped, with its http, https and mailto addresses as links (the text
 * shown is what the user wrote, escaped; the target is the address linkify-it normalised).
 */
function userLine(text: string): string {
  const matches = linkify.match(text) ?? [];
  let result = '';
  let position = 0;
  for (const match of matches) {
    result += escapeMarkdownText(text.slice(position, match.index));
    const written = text.slice(match.index, match.lastIndex);
    result += allowedLinkPattern.test(match.url)
      ? `[${escapeMarkdownText(written)}](<${linkDestination(match.url)}>)`
      : escapeMarkdownText(written);
    position = match.lastIndex;
  }
  return result + escapeMarkdownText(text.slice(position));
}

/** User text that belongs on one line (a title, a name): white space folded, escaped, linked. */
function userInline(text: string): string {
  return userLine(oneLine(text));
}

/** A label, name or other text that is not a paragraph: folded and escaped, never linked. */
function plain(text: string): string {
  return escapeMarkdownText(oneLine(text));
}

/**
 * Multi-line user text as paragraphs, each line `indent`ed (to stay inside a list item): blank
 * lines separate paragraphs, single new lines become hard breaks, and leading white space is
 * dropped so no line can turn into a code block. Empty when the text is blank.
 */
function userBlock(text: string, indent: string): string {
  return text
    .replace(/\r\n?/gu, '\n')
    .split(/\n\s*\n/u)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .map((line) => `${indent}${userLine(line)}`)
        .join('\\\n'),
    )
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

/** `**name:** value` for the fact lists; `value` is already Markdown. */
function fact(name: string, value: string): string {
  return `- **${plain(name)}:** ${value}`;
}

/** A time of the report, or the "not recorded" label. */
function timeOrUnknown(time: ReportTime | null, labels: ReportLabels): string {
  return time === null ? plain(labels.notRecorded) : time.text;
}

/** A list item with a one-line head and, when not blank, the user text below it. */
function itemWithText(head: string, text: string): string {
  const body = userBlock(text, '  ');
  return body === '' ? `- ${head}` : `- ${head}\n\n${body}`;
}

/** A section: its heading and its blocks, or the "none" line when it has none. */
function section(heading: string, blocks: readonly string[], labels: ReportLabels): string {
  const content = blocks.length === 0 ? [plain(labels.none)] : blocks;
  return [`## ${plain(heading)}`, ...content].join('\n\n');
}

/** The facts under the title: severity, type, status, times, metrics, postmortem, generation. */
function factsBlock(report: IncidentReport, labels: ReportLabels): string {
  const { fields } = labels;
  const duration = (milliseconds: number | null): string =>
    plain(milliseconds === null ? labels.notRecorded : labels.formatDuration(milliseconds));
  const severity =
    report.severityDefinition.trim() === ''
      ? plain(report.severityName)
      : `${plain(report.severityName)} — ${userInline(report.severityDefinition)}`;
  const lines = [
    fact(fields.severity, severity),
    fact(fields.crisisType, plain(report.crisisTypeName ?? labels.notRecorded)),
    fact(fields.status, plain(labels.incidentStatuses[report.status])),
    fact(fields.detectedAt, report.detectedAt.text),
    fact(fields.startedAt, timeOrUnknown(report.startedAt, labels)),
    fact(fields.closedAt, timeOrUnknown(report.closedAt, labels)),
    fact(fields.timeToFirstStatement, duration(report.timeToFirstStatementMs)),
    fact(fields.timeToStable, duration(report.timeToStableMs)),
  ];
  if (report.postmortemReference !== null && report.postmortemStatus !== null) {
    lines.push(
      fact(
        fields.postmortem,
        `${plain(report.postmortemReference)} (${plain(labels.postmortemStatuses[report.postmortemStatus])})`,
      ),
    );
  }
  lines.push(fact(fields.generatedAt, report.generatedAt.text));
  return lines.join('\n');
}

/** The timeline: one item per entry in force, then the count of entries left out. */
function timelineBlocks(report: IncidentReport, labels: ReportLabels): string[] {
  const items = report.timeline.map((row) => {
    const parts = [
      `**${row.time.text}**`,
      plain(labels.timelineKinds[row.kind]),
      ...(row.author === null || row.author.trim() === '' ? [] : [userInline(row.author)]),
      plain(row.isExternal ? labels.external : labels.internal),
      ...(row.isCorrection ? [`*${plain(labels.correction)}*`] : []),
    ];
    return itemWithText(parts.join(' · '), row.text);
  });
  const blocks = items.length === 0 ? [] : [items.join('\n\n')];
  if (report.omittedTimelineEntries > 0) {
    blocks.push(plain(labels.omittedEntries(report.omittedTimelineEntries)));
  }
  return blocks;
}

/** The impact figures (unknown ones said so) and the note. */
function impactBlocks(report: IncidentReport, labels: ReportLabels): string[] {
  const { impact } = report;
  if (impact === null) {
    return [];
  }
  const { fields } = labels;
  const count = (value: number | null): string =>
    plain(value === null ? labels.notRecorded : labels.formatNumber(value));
  const blocks = [
    [
      fact(fields.customersAffected, count(impact.customersAffected)),
      fact(
        fields.revenueLoss,
        plain(
          impact.revenueLoss === null
            ? labels.notRecorded
            : labels.formatMoney(impact.revenueLoss, impact.currency),
        ),
      ),
      fact(fields.recordsAffected, count(impact.recordsAffected)),
      fact(fields.mediaReach, count(impact.mediaReach)),
      fact(
        fields.negativeSentimentPeak,
        plain(
          impact.negativeSentimentPeakPercent === null
            ? labels.notRecorded
            : labels.formatPercent(impact.negativeSentimentPeakPercent),
        ),
      ),
    ].join('\n'),
  ];
  const note = userBlock(impact.note, '');
  if (note !== '') {
    blocks.push(`**${plain(fields.impactNote)}:**`, note);
  }
  return blocks;
}

/** A list of one-line items as one block, or no block when empty. */
function listBlock(items: readonly string[]): string[] {
  return items.length === 0 ? [] : [items.map((item) => `- ${item}`).join('\n')];
}

/** A list of items with text below each, as one block, or no block when empty. */
function textListBlock(items: readonly string[]): string[] {
  return items.length === 0 ? [] : [items.join('\n\n')];
}

/** Causes' or lessons' blocks, or the sentence saying the postmortem is not published yet. */
function findingsBlocks(
  report: IncidentReport,
  blocks: readonly string[],
  labels: ReportLabels,
): string[] {
  return report.hasWithheldFindings ? [plain(labels.postmortemNotPublished)] : [...blocks];
}

/**
 * The report as a CommonMark document, in `labels`' language: the title (reference and title),
 * the facts (severity with its definition, crisis type, status, times, metrics, postmortem,
 * generation time), the sentence naming the time zone (and, across a summer-time change, that
 * times at another offset carry theirs), the variant's note, then the executive summary, timeline
 * (with the count of entries the external variant leaves out), impact, people on duty (contacts
 * only in the internal variant, where the model has them), actions taken, communications, causes,
 * lessons (or that the postmortem is not published yet) and action items. Owners and authors only
 * in the internal variant. Ends with a new line.
 */
export function incidentReportMarkdown(report: IncidentReport, labels: ReportLabels): string {
  const { headings, fields } = labels;
  const head = [
    `# ${plain(labels.documentTitle)}: ${plain(report.reference)} · ${userInline(report.title)}`,
    ...(report.isExercise ? [`**${plain(labels.exerciseNote)}**`] : []),
    factsBlock(report, labels),
    plain(labels.timesAreIn(report.timeZoneLabel)),
    ...(report.timeZoneOffsets.length > 1
      ? [plain(labels.offsetsDiffer(report.timeZoneOffsets[0] ?? ''))]
      : []),
    `*${plain(labels.variantNotes[report.variant])}*`,
  ].join('\n\n');

  const roles = report.roles.map((role) => {
    const period = `${role.from.text} – ${role.to === null ? plain(labels.stillOnDuty) : role.to.text}`;
    const contacts = role.contacts.map(userInline).join(', ');
    return [`**${plain(role.roleName)}:** ${plain(role.personName)}`, period, contacts]
      .filter((part) => part !== '')
      .join(' · ');
  });
  // The external variant names no owner: "unassigned" would not be true there.
  const namesOwners = report.variant === 'internal';
  const tasks = report.tasks.map((task) =>
    [
      userInline(task.title),
      plain(labels.taskStatuses[task.status]),
      ...(namesOwners
        ? [`${plain(fields.owner)}: ${plain(task.ownerName ?? labels.noOwner)}`]
        : []),
      `${plain(fields.due)}: ${task.due === null ? plain(labels.noDue) : task.due.text}`,
    ].join(' · '),
  );
  const communications = report.communications.map((record) =>
    itemWithText(
      [
        `**${record.time.text}**`,
        plain(record.audienceName),
        plain(record.channelName),
        plain(record.isExternal ? labels.external : labels.internal),
      ].join(' · '),
      record.text,
    ),
  );
  const causes = report.causes.map((cause) =>
    itemWithText(
      `**${plain(labels.causeKinds[cause.kind])} · ${plain(labels.causeCategories[cause.category])}**`,
      cause.text,
    ),
  );
  const lessons = report.lessons.map((lesson) => {
    const body = userBlock(lesson, '  ').trimStart();
    return `- ${body}`;
  });
  const actionItems = report.actionItems.map((item) =>
    [
      userInline(item.title),
      plain(labels.actionItemTypes[item.type]),
      plain(labels.actionItemStatuses[item.status]),
      ...(namesOwners
        ? [`${plain(fields.owner)}: ${plain(item.ownerName ?? labels.noOwner)}`]
        : []),
      `${plain(fields.due)}: ${plain(item.dueOn)}`,
      ...(item.link === null
        ? []
        : [`${plain(fields.link)}: ${plain(actionItemLinkText(item.link, labels))}`]),
    ].join(' · '),
  );

  const summary = userBlock(report.executiveSummary, '');
  const sections = [
    section(headings.summary, summary === '' ? [] : [summary], labels),
    section(headings.timeline, timelineBlocks(report, labels), labels),
    section(headings.impact, impactBlocks(report, labels), labels),
    section(headings.roles, listBlock(roles), labels),
    section(headings.actions, listBlock(tasks), labels),
    section(headings.communications, textListBlock(communications), labels),
    section(headings.causes, findingsBlocks(report, textListBlock(causes), labels), labels),
    section(
      headings.lessons,
      findingsBlocks(report, textListBlock(lessons.filter((lesson) => lesson !== '- ')), labels),
      labels,
    ),
    section(headings.actionItems, listBlock(actionItems), labels),
  ];
  return `${[head, ...sections].join('\n\n')}\n`;
}
