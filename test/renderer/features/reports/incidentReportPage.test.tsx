import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { appendTimelineEntries } from '../../../../renderer/src/db/repositories/incidentRepository';
import type { TimelineEntryInput } from '../../../../shared/domain/incidents/timeline';
import { ok } from '../../../../shared/ipc/result';
import { renderApp, useAppTestEnvironment } from '../../support/renderApp';
import {
  commanderPhone,
  externalEntryText,
  internalEntryText,
  seedReportIncident,
} from './reportTestSupport';

/** Typing and selecting through user-event is slow on a loaded two-core machine. */
const slowUiTimeout = 20_000;

/** Waits for live queries and notices that go through IndexedDB. */
const writeWait = { timeout: 5_000 };

const mainProcess = useAppTestEnvironment();

/** Opens the report of `incidentId` and waits for its document (named by its heading). */
async function openReport(incidentId: string, heading: RegExp) {
  const user = userEvent.setup();
  await renderApp(`#/reports/incidents/${incidentId}`);
  const report = await screen.findByRole('article', { name: heading }, writeWait);
  return { user, report };
}

/** Records what the fake main process is asked to save, answering as a saved file. */
function recordSaves(): { suggestedName: string; content: string }[] {
  const saved: { suggestedName: string; content: string }[] = [];
  mainProcess.responders['files:save-file'] = (payload) => {
    saved.push(payload);
    return ok({ saved: true, path: `/home/lin/${payload.suggestedName}` });
  };
  return saved;
}

describe('Reports → incident report', { timeout: slowUiTimeout }, () => {
  it('renders the document in the chosen language while the UI stays English', async () => {
    const incident = await seedReportIncident('會員資料外洩');
    const { user, report } = await openReport(incident.id, /^Incident report: INC-/u);
    expect(report.getAttribute('lang')).toBe('en');
    expect(within(report).getByRole('table', { name: 'Timeline, oldest first' })).toBeTruthy();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), '繁體中文');

    const translated = await screen.findByRole('article', {
      name: `事件報告：${incident.reference} 會員資料外洩`,
    });
    expect(translated.getAttribute('lang')).toBe('zh-TW');
    expect(within(translated).getByRole('table', { name: '時間軸，由舊到新' })).toBeTruthy();
    expect(within(translated).getByRole('heading', { name: '摘要' })).toBeTruthy();
    // The section lists internal communications too: not "external communications".
    expect(within(translated).getByRole('heading', { name: '溝通紀錄' })).toBeTruthy();
    expect(within(translated).getByText('一級・重大')).toBeTruthy();
    // The page around the document stays in the UI language.
    expect(screen.getByRole('heading', { level: 1, name: 'Reports' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Export PDF' })).toBeTruthy();
  });

  it('leaves contacts and internal-only entries out of the external variant', async () => {
    const incident = await seedReportIncident('會員資料外洩');
    const { user, report } = await openReport(incident.id, /^Incident report: INC-/u);
    const roles = await within(report).findByRole('table', { name: 'Roles on duty' });
    expect(within(roles).getByText(commanderPhone)).toBeTruthy();
    expect(within(report).getByText(internalEntryText)).toBeTruthy();
    expect(within(report).getByRole('columnheader', { name: 'Author' })).toBeTruthy();
    expect(within(report).getByText(/Internal report: may contain contact details/u)).toBeTruthy();

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Variant' }),
      'External — without contact details or internal-only entries',
    );

    await within(report).findByText(/External report: contact details/u);
    // Timeline authors are not named outside.
    expect(within(report).queryByRole('columnheader', { name: 'Author' })).toBeNull();
    expect(report.textContent).not.toContain('Ana Lee');
    // No postmortem is published: causes and lessons say so.
    expect(within(report).getAllByText('The postmortem is not published yet.')).toHaveLength(2);
    expect(report.textContent).not.toContain(commanderPhone);
    expect(report.textContent).not.toContain('ming@example.com.tw');
    expect(within(report).queryByText(internalEntryText)).toBeNull();
    expect(within(report).queryByRole('columnheader', { name: 'Contacts' })).toBeNull();
    const timeline = within(report).getByRole('table', { name: 'Timeline, oldest first' });
    expect(within(timeline).getByText(/已於官網發布第一份聲明/u)).toBeTruthy();
    // The internal decision and the role-change entry of the declaration are counted, not shown.
    expect(within(report).getByText('2 internal entries are not included.')).toBeTruthy();
  });

  it('states the one time zone and writes every time in it', async () => {
    const incident = await seedReportIncident('會員資料外洩');
    const { user, report } = await openReport(incident.id, /^Incident report: INC-/u);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Time zone' }), 'Asia/Taipei');

    expect(
      await within(report).findByText('All times are in Asia/Taipei (UTC+08:00).'),
    ).toBeTruthy();
    const timeline = within(report).getByRole('table', { name: 'Timeline, oldest first' });
    // 02:30 UTC is 10:30 in Taipei.
    const entryRow = () =>
      within(within(report).getByRole('table', { name: 'Timeline, oldest first' }))
        .getByText(/已於官網發布第一份聲明/u)
        .closest('tr');
    expect(entryRow()?.textContent).toContain('2025-11-22 10:30');
    expect(within(timeline).getAllByRole('row').length).toBeGreaterThan(1);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Time zone' }), 'UTC');
    expect(await within(report).findByText('All times are in UTC (UTC+00:00).')).toBeTruthy();
    expect(entryRow()?.textContent).toContain('2025-11-22 02:30');
  });

  it('links only http, https and mailto addresses, through the external-link opener', async () => {
    const incident = await seedReportIncident('會員資料外洩');
    const { user, report } = await openReport(incident.id, /^Incident report: INC-/u);
    const link = within(report).getByRole('link', { name: 'https://example.com.tw/news' });

    await user.click(link);

    await waitFor(() =>
      expect(mainProcess.calls.filter((call) => call.channel === 'shell:open-external')).toEqual([
        { channel: 'shell:open-external', payload: { url: 'https://example.com.tw/news' } },
      ]),
    );
  });

  it('saves the Markdown export with user text escaped, named by language and variant', async () => {
    const saved = recordSaves();
    const incident = await seedReportIncident(
      '<script>alert(1)</script> # 外洩 [x](javascript:alert(1))',
    );
    const { user } = await openReport(incident.id, /^Incident report: INC-/u);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), '繁體中文');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Variant' }),
      'External — without contact details or internal-only entries',
    );
    await screen.findByRole('article', { name: /^事件報告：/u });

    await user.click(screen.getByRole('button', { name: 'Export Markdown' }));

    expect(
      await screen.findByText(
        `Report saved to /home/lin/${incident.reference}-incident-report-zh-TW-external.md.`,
        {},
        writeWait,
      ),
    ).toBeTruthy();
    expect(saved).toHaveLength(1);
    const file = saved[0];
    expect(file?.suggestedName).toBe(`${incident.reference}-incident-report-zh-TW-external.md`);
    const content = file?.content ?? '';
    expect(content).toContain('事件報告');
    expect(content).toContain('\\<script\\>');
    expect(content).not.toContain('<script>');
    expect(content).not.toContain('](javascript:');
    expect(content).not.toContain(commanderPhone);
    expect(content).not.toContain(internalEntryText);
    expect(content).toContain('已於官網發布第一份聲明');
    // The buttons are usable again once the export is over.
    expect(screen.getByRole('button', { name: 'Export Markdown' })).toHaveProperty(
      'disabled',
      false,
    );
  });

  it('saves the timeline and action-item CSV files', async () => {
    const saved = recordSaves();
    const incident = await seedReportIncident('會員資料外洩');
    const { user } = await openReport(incident.id, /^Incident report: INC-/u);

    await user.click(screen.getByRole('button', { name: 'Export timeline CSV' }));
    await waitFor(() => expect(saved).toHaveLength(1), writeWait);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Export action items CSV' })).toHaveProperty(
        'disabled',
        false,
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Export action items CSV' }));
    await waitFor(() => expect(saved).toHaveLength(2), writeWait);

    expect(saved.map((file) => file.suggestedName)).toEqual([
      `${incident.reference}-timeline-en-internal.csv`,
      `${incident.reference}-action-items-en-internal.csv`,
    ]);
    expect(saved[0]?.content).toContain(internalEntryText);
    expect(saved[0]?.content).toContain(externalEntryText);
  });

  it('states the current time as generated, and stamps each export with its own', async () => {
    const saved = recordSaves();
    const incident = await seedReportIncident('會員資料外洩');
    let now = Date.UTC(2030, 0, 15, 8, 0);
    vi.spyOn(Date, 'now').mockImplementation(() => now);
    const { user, report } = await openReport(incident.id, /^Incident report: INC-/u);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Time zone' }), 'UTC');
    expect(await within(report).findByText('Generated 2030-01-15 08:00')).toBeTruthy();

    // A page left open moves on (here: the window comes back into view).
    now = Date.UTC(2030, 0, 15, 9, 15);
    act(() => {
      window.dispatchEvent(new Event('focus'));
    });
    expect(await within(report).findByText('Generated 2030-01-15 09:15')).toBeTruthy();

    now = Date.UTC(2030, 0, 15, 10, 30);
    await user.click(screen.getByRole('button', { name: 'Export Markdown' }));
    await waitFor(() => expect(saved).toHaveLength(1), writeWait);
    expect(saved[0]?.content).toContain('2030-01-15 10:30');
    expect(saved[0]?.content).not.toContain('2030-01-15 09:15');
    expect(within(report).getByText('Generated 2030-01-15 10:30')).toBeTruthy();
  });

  it('exports the PDF through the main process under the report’s file name', async () => {
    const requested: string[] = [];
    mainProcess.responders['reports:print-to-pdf'] = (payload) => {
      requested.push(payload.suggestedName);
      return ok({ saved: true, path: `/home/lin/${payload.suggestedName}` });
    };
    const incident = await seedReportIncident('會員資料外洩');
    const { user } = await openReport(incident.id, /^Incident report: INC-/u);

    await user.click(screen.getByRole('button', { name: 'Export PDF' }));

    expect(
      await screen.findByText(
        `Report saved to /home/lin/${incident.reference}-incident-report-en-internal.pdf.`,
        {},
        writeWait,
      ),
    ).toBeTruthy();
    expect(requested).toEqual([`${incident.reference}-incident-report-en-internal.pdf`]);
  });

  it('renders every row of a 1,000-entry timeline, as paper needs them all', async () => {
    const incident = await seedReportIncident('會員資料外洩');
    await appendTimelineEntries(
      incident.id,
      Array.from({ length: 1_000 }, (_, index) => ({
        id: `note-${index + 1}`,
        input: {
          kind: 'note',
          at: incident.detectedAt + (index + 1) * 1_000,
          author: 'Scribe',
          source: 'keyboard',
          isExternal: false,
          text: `Entry ${index + 1}`,
          supersedesId: null,
        } satisfies TimelineEntryInput,
      })),
      Date.now(),
    );
    const { report } = await openReport(incident.id, /^Incident report: INC-/u);
    const timeline = within(report).getByRole('table', { name: 'Timeline, oldest first' });
    // 1,000 notes, the declaration's two entries and the two typed ones, plus the header row.
    await waitFor(
      () => expect(within(timeline).getAllByRole('row')).toHaveLength(1_005),
      writeWait,
    );
    expect(within(timeline).getByText('Entry 1000')).toBeTruthy();
  });

  it('says so for an incident that does not exist', async () => {
    await renderApp('#/reports/incidents/no-such-incident');
    expect(
      await screen.findByText('This incident does not exist. It may have been deleted.'),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Export PDF' })).toHaveProperty('disabled', true);
  });
});
