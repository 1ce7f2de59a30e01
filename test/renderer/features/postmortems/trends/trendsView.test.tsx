import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { insertDeclaredIncident } from '../../../../../renderer/src/db/repositories/incidentRepository';
import { recordCommunication } from '../../../../../renderer/src/features/incidents/incidentCommands';
import {
  createPostmortem,
  saveActionItem,
  savePostmortemContent,
} from '../../../../../renderer/src/features/postmortems/postmortemCommands';
import type { Incident, IncidentInput } from '../../../../../shared/domain/incidents/incident';
import type { Cause } from '../../../../../shared/domain/postmortems/postmortem';
import { incidentInput } from '../../../../shared/domain/postmortems/eventTestSupport';
import { renderApp, useAppTestEnvironment } from '../../../support/renderApp';
import { valueOf } from '../postmortemTestSupport';

useAppTestEnvironment();

const minute = 60_000;

/**
 * Stores an incident detected at `detectedAt` (mid-month, so any device zone gives the same
 * month), declared 5 minutes later and stable `stableAfter` minutes after detection.
 */
function seedIncident(
  id: string,
  detectedAt: number,
  stableAfter: number,
  overrides: Partial<IncidentInput> = {},
): Promise<Incident> {
  return insertDeclaredIncident(
    {
      incident: {
        id,
        ...incidentInput(`Incident ${id}`, detectedAt, overrides),
        status: 'stable',
        statusHistory: [
          { from: null, to: 'detected', at: detectedAt, by: '' },
          { from: 'detected', to: 'active', at: detectedAt + 5 * minute, by: '' },
          { from: 'active', to: 'stable', at: detectedAt + stableAfter * minute, by: '' },
        ],
        pinnedEntryIds: [],
      },
      entries: [],
      tenures: [],
    },
    detectedAt,
  );
}

/** Writes the postmortem of `incident` with `causes` and one open action item due on `dueOn`. */
async function seedPostmortem(
  incident: Incident,
  causes: [Cause['kind'], Cause['category'], string][],
  dueOn: string,
): Promise<void> {
  const created = valueOf(await createPostmortem(incident.id, 'TWD', 'Mei'));
  valueOf(
    await savePostmortemContent(created.id, {
      ...created.content,
      causes: causes.map(([kind, category, text], index) => ({
        id: `${incident.id}-${String(index)}`,
        kind,
        category,
        text,
      })),
    }),
  );
  valueOf(
    await saveActionItem(created.id, null, {
      title: `Follow up ${incident.id}`,
      description: '',
      ownerPersonId: null,
      dueOn,
      type: 'process',
      status: 'open',
      link: null,
      lessonId: null,
    }),
  );
}

/** The cells of every body row of a table, as text. */
function bodyRows(table: HTMLElement): string[][] {
  const body = table.querySelector('tbody');
  if (body === null) {
    throw new Error('table without a body');
  }
  return [...body.querySelectorAll('tr')].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => cell.textContent),
  );
}

/** Seeds two real incidents (January, March) and one March exercise, with postmortems. */
async function seedIncidents(): Promise<void> {
  const january = await seedIncident('real-jan', Date.UTC(2026, 0, 14, 12), 60, {
    severityId: 'sev-1',
  });
  const march = await seedIncident('real-mar', Date.UTC(2026, 2, 12, 12), 120, {
    crisisTypeId: 'rumour',
  });
  const drill = await seedIncident('drill-mar', Date.UTC(2026, 2, 20, 12), 30, {
    isExercise: true,
  });
  valueOf(
    await recordCommunication(
      january.id,
      {
        audienceId: 'customers',
        channelId: 'website',
        templateId: null,
        statementId: null,
        text: 'We are looking into it.',
        isExternal: true,
        legalApprovedBy: null,
        spokespersonApprovedBy: null,
        releasedAt: january.detectedAt + 30 * minute,
      },
      'Mei',
      'Holding statement',
    ),
  );
  await seedPostmortem(january, [['root', 'communication', '未即時通報']], '2020-01-01');
  await seedPostmortem(march, [['contributing', 'process', 'Backup not tested']], '2999-01-01');
  await seedPostmortem(drill, [['root', 'communication', '未即时通报']], '2999-01-01');
}

describe('TrendsView', () => {
  it('says there is nothing to chart without incidents', async () => {
    await renderApp('#/postmortems/trends');
    expect(
      await screen.findByRole('heading', { name: 'No trends yet' }, { timeout: 10_000 }),
    ).toBeDefined();
    expect(screen.getByText('No incidents have been recorded yet.')).toBeDefined();
  }, 20_000);

  it('shows each chart with a table of its numbers, and counts exercises only when asked', async () => {
    await seedIncidents();
    const user = userEvent.setup();
    await renderApp('#/postmortems/trends');

    expect(
      await screen.findByRole('heading', { name: 'Trends' }, { timeout: 10_000 }),
    ).toBeDefined();
    const exercises = screen.getByRole('checkbox', { name: 'Include exercises' });
    expect(exercises).toHaveProperty('checked', false);
    expect(
      screen.getByText(
        '1 exercise in this date range is left out, with its postmortem and action items. Tick “Include exercises” to count it.',
      ),
    ).toBeDefined();
    for (const name of [
      'Incidents by crisis type: stacked bar chart',
      'Incidents by severity: stacked bar chart',
      'Time to first statement: line chart',
      'Time to stable: line chart',
      'Recurring cause categories: bar chart',
      'Open action items by owner: bar chart',
    ]) {
      expect(screen.getByRole('img', { name })).toBeDefined();
    }
    // Drawn at the fallback size where nothing can be measured (jsdom has no layout).
    const typeChart = screen.getByRole('img', {
      name: 'Incidents by crisis type: stacked bar chart',
    });
    expect(typeChart.querySelector('.recharts-wrapper > svg')?.getAttribute('width')).toBe('640');
    expect(typeChart.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(0);
    for (const summary of screen.getAllByText('Show as table')) {
      fireEvent.click(summary);
    }

    expect(screen.getByRole('figure', { name: 'Time to first statement' })).toBeDefined();
    const byType = () => screen.getByRole('table', { name: 'Incidents by crisis type' });
    // Crisis types in the app's list order: rumour comes before data breach.
    expect(bodyRows(byType())).toEqual([
      ['Jan 2026', '0', '1', '1'],
      ['Feb 2026', '0', '0', '0'],
      ['Mar 2026', '1', '0', '1'],
    ]);
    const headers = [...byType().querySelectorAll('thead th')].map((cell) => cell.textContent);
    expect(headers).toEqual([
      'Period',
      'Rumours and fake news',
      'Data breach or security incident',
      'Total',
    ]);
    expect(
      bodyRows(screen.getByRole('table', { name: 'Incidents by severity' })).map((row) =>
        row.slice(1),
      ),
    ).toEqual([
      ['1', '0', '1'],
      ['0', '0', '0'],
      ['0', '1', '1'],
    ]);
    expect(bodyRows(screen.getByRole('table', { name: 'Time to first statement' }))).toEqual([
      ['Jan 2026', '1', '30 min', '30 min'],
      ['Feb 2026', '0', 'None reached', 'None reached'],
      ['Mar 2026', '0', 'None reached', 'None reached'],
    ]);
    expect(bodyRows(screen.getByRole('table', { name: 'Time to stable' }))).toEqual([
      ['Jan 2026', '1', '1 h', '1 h'],
      ['Feb 2026', '0', 'None reached', 'None reached'],
      ['Mar 2026', '1', '2 h', '2 h'],
    ]);
    expect(bodyRows(screen.getByRole('table', { name: 'Recurring cause categories' }))).toEqual([
      // Equal counts keep the category list's order.
      ['Process', '0', '1'],
      ['Communication', '1', '0'],
    ]);
    expect(
      screen.getByText('No cause has been worded the same way in two incidents yet.'),
    ).toBeDefined();
    expect(bodyRows(screen.getByRole('table', { name: 'Open action items by owner' }))).toEqual([
      ['No owner', '2', '1'],
    ]);

    await user.click(exercises);

    expect(await screen.findByText('Exercises are counted in these figures.')).toBeDefined();
    expect(bodyRows(byType())).toEqual([
      ['Jan 2026', '0', '1', '1'],
      ['Feb 2026', '0', '0', '0'],
      ['Mar 2026', '1', '1', '2'],
    ]);
    expect(bodyRows(screen.getByRole('table', { name: 'Time to stable' }))[2]).toEqual([
      'Mar 2026',
      '2',
      '75 min',
      '111 min',
    ]);
    expect(bodyRows(screen.getByRole('table', { name: 'Recurring cause categories' }))).toEqual([
      ['Communication', '2', '0'],
      ['Process', '0', '1'],
    ]);
    const recurring = screen.getByRole('table', { name: 'Causes found in more than one incident' });
    expect(bodyRows(recurring)).toEqual([['未即時通報', 'Root cause', 'INC-0001, INC-0003']]);
    expect(within(recurring).getByRole('link', { name: 'INC-0003' }).getAttribute('href')).toBe(
      '#/incidents/drill-mar',
    );
    expect(bodyRows(screen.getByRole('table', { name: 'Open action items by owner' }))).toEqual([
      ['No owner', '3', '1'],
    ]);
  }, 20_000);

  it('groups by quarter and limits the range to the dates chosen', async () => {
    await seedIncidents();
    const user = userEvent.setup();
    await renderApp('#/postmortems/trends');
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Group by' }, { timeout: 10_000 }),
      'quarter',
    );
    for (const summary of screen.getAllByText('Show as table')) {
      fireEvent.click(summary);
    }
    expect(bodyRows(screen.getByRole('table', { name: 'Incidents by crisis type' }))).toEqual([
      ['Q1 2026', '1', '1', '2'],
    ]);

    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-03-01' } });
    expect(
      bodyRows(await screen.findByRole('table', { name: 'Incidents by crisis type' })),
    ).toEqual([['Q1 2026', '1', '1']]);

    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-02-01' } });
    expect(
      await screen.findByText(
        'The start date is after the end date. Every date is shown until this is fixed.',
      ),
    ).toBeDefined();
    expect(screen.getByLabelText('To').getAttribute('aria-invalid')).toBe('true');
    expect(bodyRows(screen.getByRole('table', { name: 'Incidents by crisis type' }))).toEqual([
      ['Q1 2026', '1', '1', '2'],
    ]);
  }, 20_000);
});
