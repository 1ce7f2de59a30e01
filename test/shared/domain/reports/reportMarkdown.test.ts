import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { buildIncidentReport } from '../../../../shared/domain/reports/incidentReport';
import type { IncidentReport } from '../../../../shared/domain/reports/incidentReport';
import {
  escapeMarkdownText,
  incidentReportMarkdown,
} from '../../../../shared/domain/reports/reportMarkdown';
import { reportSections } from '../../../../shared/domain/reports/reportLabels';
import {
  chainOf,
  closedIncident,
  communication,
  englishLabels,
  entryInput,
  postmortem,
  reportInput,
  task,
} from './reportFixtures';

const hostileTitle =
  '# Boom <script>alert(1)</script> [x](javascript:alert(1)) ![i](http://evil/x.png) | a | b |';

/** Hostile texts, each on its own and with structure-breaking new lines. */
const hostileTexts = [
  hostileTitle,
  '<img src=x onerror=alert(1)>',
  '&lt;script&gt; &#x3C;b&#x3E; &amp;',
  '[click](data:text/html;base64,PHNjcmlwdD4=) [f](file:///etc/passwd) [v](vbscript:msgbox(1))',
  'javascript:alert(1) data:text/html,<script>alert(1)</script>',
  '<http://evil.example/autolink> <javascript:alert(1)>',
  '[ref]: javascript:alert(1)\n[ref]',
  'Heading underline\n===\nand\n---',
  '    indented code\n```\nfence\n```',
  '> quote\n- list\n1. ordered\n+ plus\n* star',
  '**bold** _em_ `code` ~~strike~~ \\*escaped\\*',
  '<!-- comment --> <div>block</div>',
  'line one\r\nline two\rline three\n\n\n    second paragraph',
];

/** Every node of the tree, depth first. */
function allNodes(node: Nodes): Nodes[] {
  return [node, ...('children' in node ? node.children.flatMap((child) => allNodes(child)) : [])];
}

/** The report with every user text field set to `text`. */
function reportWithText(text: string): IncidentReport {
  const base = reportInput({
    incident: closedIncident({ title: text, summary: text }),
    timeline: chainOf([entryInput(0, text, { author: text })]),
    tasks: [task('task-1', text, null)],
    communications: [communication('comm-1', 10, text, true)],
    postmortem: {
      ...postmortem(text),
      content: {
        ...postmortem(text).content,
        impact: { ...postmortem(text).content.impact, note: text },
        causes: [{ id: 'c1', kind: 'root', category: 'process', text }],
        lessons: [{ id: 'l1', text }],
      },
    },
  });
  const report = buildIncidentReport(base);
  return {
    ...report,
    severityDefinition: text,
    crisisTypeName: text,
    roles: report.roles.map((role) => ({ ...role, roleName: text, personName: text })),
    actionItems: report.actionItems.map((item) => ({
      ...item,
      title: text,
      link: { kind: 'sop', title: text },
    })),
  };
}

/** The expected section headings: the title, then one per section. */
const expectedHeadingDepths = [1, ...reportSections.map(() => 2)];

describe('incidentReportMarkdown', () => {
  it.each(hostileTexts)('keeps hostile text literal: %j', (text) => {
    const markdown = incidentReportMarkdown(reportWithText(text), englishLabels);
    const tree: Root = fromMarkdown(markdown);
    const nodes = allNodes(tree);

    expect(nodes.filter((node) => node.type === 'html')).toEqual([]);
    expect(nodes.filter((node) => node.type === 'image' || node.type === 'imageReference')).toEqual(
      [],
    );
    expect(
      nodes.filter((node) => node.type === 'linkReference' || node.type === 'definition'),
    ).toEqual([]);
    expect(nodes.filter((node) => node.type === 'code' || node.type === 'inlineCode')).toEqual([]);
    expect(
      nodes.filter((node) => node.type === 'blockquote' || node.type === 'thematicBreak'),
    ).toEqual([]);
    for (const node of nodes) {
      if (node.type === 'link') {
        expect(node.url).toMatch(/^(?:https?:\/\/|mailto:)/u);
      }
    }
    const headings = nodes.filter((node) => node.type === 'heading');
    expect(headings.map((node) => node.depth)).toEqual(expectedHeadingDepths);
    expect(headings.slice(1).map((node) => toString(node))).toEqual(
      reportSections.map((key) => englishLabels.headings[key]),
    );
    // Lists are only the report's own: no item starts from user text.
    for (const node of nodes) {
      if (node.type === 'list') {
        expect(node.ordered).toBe(false);
      }
    }
  });

  it('shows a hostile title as the exact literal text', () => {
    const report = buildIncidentReport(
      reportInput({ incident: closedIncident({ title: hostileTitle }) }),
    );
    const tree = fromMarkdown(incidentReportMarkdown(report, englishLabels));
    const [title] = tree.children;
    expect(title?.type).toBe('heading');
    expect(title === undefined ? '' : toString(title)).toBe(
      `Incident report: INC-0007 · ${hostileTitle}`,
    );
  });

  it('keeps every line of multi-line text, in order, without new blocks', () => {
    const text = 'first line\n# not a heading\n\n- not a list\nlast';
    const report = buildIncidentReport(reportInput({ postmortem: postmortem(text) }));
    const tree = fromMarkdown(incidentReportMarkdown(report, englishLabels));
    const content = toString(tree);
    expect(content).toContain('first line');
    expect(content).toContain('# not a heading');
    expect(content).toContain('- not a list');
    expect(allNodes(tree).filter((node) => node.type === 'break').length).toBeGreaterThan(0);
  });

  it('links http, https and mailto addresses and nothing else', () => {
    const text =
      'See https://status.example.com/incident?id=7&x=|y, http://a.example/b, ' +
      'mailto:press@example.com, www.example.org, and not javascript:alert(1), ' +
      'data:text/html,x, file:///etc/passwd, vbscript:msgbox, ftp://files.example.com, //evil.example';
    const report = buildIncidentReport(reportInput({ postmortem: postmortem(text) }));
    const tree = fromMarkdown(incidentReportMarkdown(report, englishLabels));
    const links = allNodes(tree).flatMap((node) => (node.type === 'link' ? [node] : []));
    // Only the summary's links: the internal report links contacts elsewhere.
    const summaryLinks = links
      .map((link) => [toString(link), link.url])
      .filter(([written = '']) => text.includes(written));
    expect(summaryLinks).toEqual([
      [
        'https://status.example.com/incident?id=7&x=|y',
        'https://status.example.com/incident?id=7&x=%7Cy',
      ],
      ['http://a.example/b', 'http://a.example/b'],
      ['mailto:press@example.com', 'mailto:press@example.com'],
    ]);
    expect(toString(tree)).toContain('javascript:alert(1)');
    expect(toString(tree)).toContain('ftp://files.example.com');
    // Bare host names are not guessed at: only written addresses are links.
    expect(toString(tree)).toContain('www.example.org');
  });

  it('writes the sections in order with the facts, zone sentence and variant note', () => {
    const report = buildIncidentReport(reportInput());
    const markdown = incidentReportMarkdown(report, englishLabels);
    const tree = fromMarkdown(markdown);
    const text = toString(tree);
    expect(text).toContain('Severity: SEV-1 — Critical: customer data exposed');
    expect(text).toContain('Detected: 2026-11-22 14:05');
    expect(text).toContain('Time to first statement: 45 min');
    expect(text).toContain('Postmortem: PM-0001 (Published)');
    expect(text).toContain('All times are in Asia/Taipei (UTC+08:00).');
    expect(text).toContain('Internal version: may contain contact details.');
    expect(text).toContain('+886 912 345 678');
    expect(text).toContain('Customers affected: 12,000');
    expect(text).toContain('Revenue loss: TWD 1,200,000');
    expect(text).toContain('Media reach: Not recorded');
    expect(text).toContain(
      'Update the breach SOP · SOP · Open · Owner: Wei Zhang · Due: 2026-12-15 · Changes: SOP: Data breach response',
    );
    const positions = reportSections.map((key) =>
      markdown.indexOf(`## ${escapeMarkdownText(englishLabels.headings[key])}`),
    );
    expect(positions.every((position) => position > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((left, right) => left - right));
    expect(markdown.endsWith('\n')).toBe(true);
  });

  it('states how many internal entries the external variant leaves out, and no contacts', () => {
    const report = buildIncidentReport(reportInput({ variant: 'external' }));
    const text = toString(fromMarkdown(incidentReportMarkdown(report, englishLabels)));
    expect(text).toContain('1 internal entries are not shown.');
    expect(text).toContain('External version');
    expect(text).not.toMatch(/@example|912 345|12345678/u);
  });

  it('names no author, owner or risk, and withholds an unpublished postmortem, when external', () => {
    const draft = { ...postmortem('Executive summary of the leak.'), status: 'draft' as const };
    const report = buildIncidentReport(reportInput({ variant: 'external', postmortem: draft }));
    const text = toString(fromMarkdown(incidentReportMarkdown(report, englishLabels)));
    expect(text).toContain('2026-11-22 14:25 · Communication · External');
    expect(text).not.toContain('Mei');
    expect(text).not.toContain('Owner');
    // Named once, as the spokesperson on duty, not as an owner.
    expect(text.match(/Wei Zhang/gu)).toHaveLength(1);
    expect(text).toContain('Call the regulator · Open · Due: 2026-11-22 15:05');
    expect(text).toContain('Update the breach SOP · SOP · Open · Due: 2026-12-15 · Changes: SOP:');
    expect(text).toContain(
      'Review supplier contracts · Prevent · Open · Due: 2026-12-31 · Changes: Risk register',
    );
    expect(text).not.toContain('Supplier breach');
    expect(text).not.toContain('Vendor key leaked');
    expect(text.match(/The postmortem is not published yet\./gu)).toHaveLength(2);

    const internal = toString(
      fromMarkdown(
        incidentReportMarkdown(
          buildIncidentReport(reportInput({ postmortem: draft })),
          englishLabels,
        ),
      ),
    );
    expect(internal).toContain('Vendor key leaked');
    expect(internal).toContain('Changes: Risk register: R-0042 Supplier breach');
    expect(internal).not.toContain('not published yet');
  });

  it('says that times at another offset carry theirs across a summer-time change', () => {
    const detected = Date.UTC(2026, 2, 29, 0, 30);
    const report = buildIncidentReport(
      reportInput({
        timeZone: 'Europe/London',
        incident: closedIncident({ detectedAt: detected, startedAt: null }),
        timeline: chainOf([entryInput(0, 'After the change', { at: detected + 60 * 60_000 })]),
      }),
    );
    const text = toString(fromMarkdown(incidentReportMarkdown(report, englishLabels)));
    expect(text).toContain('All times are in Europe/London (UTC+00:00 / UTC+01:00).');
    expect(text).toContain('Times at another offset than UTC+00:00 show their own.');
    expect(text).toContain('2026-03-29 02:30 (UTC+01:00) · Note');
  });

  it('links only written addresses: schemeless domains stay text', () => {
    const text = 'See example.com, 資料.tw and https://example.com for updates.';
    const report = buildIncidentReport(reportInput({ postmortem: postmortem(text) }));
    const tree = fromMarkdown(incidentReportMarkdown(report, englishLabels));
    const links = allNodes(tree).flatMap((node) =>
      node.type === 'link' ? [[toString(node), node.url]] : [],
    );
    expect(links).toContainEqual(['https://example.com', 'https://example.com']);
    const schemeless = links.filter(
      ([written = '']) => written === 'example.com' || written.includes('資料'),
    );
    expect(schemeless).toEqual([]);
    expect(toString(tree)).toContain(text);
  });

  it('marks corrections and says "None." for empty sections', () => {
    const report = buildIncidentReport(
      reportInput({
        timeline: chainOf([entryInput(0, 'Wrong'), entryInput(0, 'Right', { supersedesId: 'e0' })]),
        tasks: [],
        communications: [],
        actionItems: [],
        postmortem: null,
      }),
    );
    const markdown = incidentReportMarkdown(report, englishLabels);
    const text = toString(fromMarkdown(markdown));
    expect(text).toContain('2026-11-22 14:05 · Note · Mei · Internal · Correction');
    expect(text).not.toContain('Wrong');
    expect(markdown.match(/^None\\\.$/gmu)).toHaveLength(6);
  });
});
