import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  readIncidentSopRuns,
  readTimeline,
} from '../../../../../renderer/src/db/repositories/incidentRepository';
import { SopRunsSection } from '../../../../../renderer/src/features/incidents/work/SopRunsSection';
import { useAppTestEnvironment } from '../../../support/renderApp';
import { createPublishedSop, drillContent } from '../../sops/runs/runsTestSupport';
import {
  declareTestIncident,
  enabledButton,
  minute,
  renderSection,
  slowUiTimeout,
} from './workTestSupport';

useAppTestEnvironment();

describe('Incident → SOP runs', { timeout: slowUiTimeout }, () => {
  it('starts a run of the SOP for the incident’s crisis type, attaches it and shows its checklist', async () => {
    await createPublishedSop({ ...drillContent('General escalation'), crisisTypeId: null });
    const breach = await createPublishedSop({
      ...drillContent('Data breach response'),
      crisisTypeId: 'data-breach',
    });
    const incident = await declareTestIncident(Date.now() - 5 * minute);
    await renderSection(SopRunsSection, incident.id);
    const user = userEvent.setup();
    expect(await screen.findByText('No SOP run is attached to this incident yet.')).toBeTruthy();

    await user.click(await enabledButton('Start an SOP run'));
    const dialog = await screen.findByRole('dialog', { name: 'Start an SOP run' });
    const choice = await within(dialog).findByLabelText<HTMLSelectElement>('SOP');
    // The SOP written for the incident's crisis type is offered first, ahead of the title order.
    expect(choice.value).toBe(breach.id);
    await user.click(within(dialog).getByRole('button', { name: 'Start run' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    const runs = await readIncidentSopRuns(incident.id);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ sopId: breach.id, incidentId: incident.id, version: 1 });
    const steps = await screen.findByRole('list', { name: 'Steps' });
    expect(within(steps).getByRole('region', { name: 'Publish a holding statement' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Data breach response' })).toBeTruthy();
    const timeline = await readTimeline(incident.id);
    expect(timeline.at(-1)).toMatchObject({
      kind: 'action',
      source: 'system',
      text: 'SOP run started: Data breach response v1',
    });
  });

  it('shows one run in full and the others as summaries that can take its place', async () => {
    await createPublishedSop({
      ...drillContent('Data breach response'),
      crisisTypeId: 'data-breach',
    });
    await createPublishedSop({ ...drillContent('Media handling'), crisisTypeId: null });
    const incident = await declareTestIncident(Date.now() - 5 * minute);
    await renderSection(SopRunsSection, incident.id);
    const user = userEvent.setup();
    for (const title of ['Data breach response', 'Media handling']) {
      await user.click(await enabledButton('Start an SOP run'));
      const dialog = await screen.findByRole('dialog', { name: 'Start an SOP run' });
      const choice = await within(dialog).findByLabelText<HTMLSelectElement>('SOP');
      const option = within(choice).getByRole<HTMLOptionElement>('option', {
        name: new RegExp(`^${title}`, 'u'),
      });
      await user.selectOptions(choice, option);
      await user.click(within(dialog).getByRole('button', { name: 'Start run' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    }
    // The run just started is the one shown in full.
    expect(await screen.findByRole('heading', { name: 'Media handling' })).toBeTruthy();
    const others = screen.getByRole('list', { name: 'Other SOP runs of this incident' });
    await user.click(
      within(others).getByRole('button', {
        name: 'Show the checklist of “Data breach response v1” here',
      }),
    );
    expect(await screen.findByRole('heading', { name: 'Data breach response' })).toBeTruthy();
    expect(
      within(screen.getByRole('list', { name: 'Other SOP runs of this incident' })).getByRole(
        'link',
        { name: 'Open “Media handling v1” on its own page' },
      ),
    ).toBeTruthy();
  });
});
