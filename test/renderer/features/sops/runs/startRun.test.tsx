import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Route, Switch } from 'wouter';
import { readSopRuns } from '../../../../../renderer/src/db/repositories/sopRepository';
import { RunPage } from '../../../../../renderer/src/features/sops/runs/RunPage';
import { SopRunList } from '../../../../../renderer/src/features/sops/runs/SopRunList';
import { StartRunButton } from '../../../../../renderer/src/features/sops/runs/StartRunButton';
import {
  closeSopRun,
  completeRunStep,
  createSop,
  skipRunStep,
} from '../../../../../renderer/src/features/sops/sopCommands';
import { useAppTestEnvironment } from '../../../support/renderApp';
import {
  createPublishedSop,
  drillContent,
  publishNewVersion,
  renderWithApp,
  startRun,
  valueOf,
} from './runsTestSupport';

useAppTestEnvironment();

/** The start button as the SOP page places it, with the routes it leads to. */
function StartRunScreen({ sopId }: { sopId: string }) {
  return (
    <Switch>
      <Route path="/sops/runs/:id">{(params) => <RunPage runId={params.id} />}</Route>
      <Route>
        <StartRunButton sopId={sopId} />
      </Route>
    </Switch>
  );
}

describe('Start a run', () => {
  it('starts a tabletop read-through of the published version and opens its page', async () => {
    const sop = await createPublishedSop();
    const user = userEvent.setup();
    await renderWithApp(<StartRunScreen sopId={sop.id} />, `#/sops/${sop.id}`);
    const explanation = await screen.findByText(/latest published version \(v1\)/u);
    const button = screen.getByRole('button', { name: 'Start a run' });
    expect(button.getAttribute('aria-describedby')).toBe(explanation.id);

    await user.click(button);

    await screen.findByRole('heading', { level: 2, name: 'Data breach response' });
    const [run] = await readSopRuns(sop.id);
    expect(run).toMatchObject({ sopId: sop.id, version: 1, incidentId: null, closedAt: null });
    expect(window.location.hash).toBe(`#/sops/runs/${run?.id ?? ''}`);
    expect(screen.getByText('Tabletop read-through')).toBeTruthy();
  });

  it('is disabled, saying why, before the SOP has a published version', async () => {
    const sop = valueOf(
      await createSop(drillContent(), { ownerRoleId: null, reviewIntervalDays: 365 }),
    );
    await renderWithApp(<StartRunScreen sopId={sop.id} />, `#/sops/${sop.id}`);

    const explanation = await screen.findByText(
      'A run always follows a published version, so publish a first version of this SOP before starting a run.',
    );
    const button = screen.getByRole<HTMLButtonElement>('button', { name: 'Start a run' });
    expect(button.disabled).toBe(true);
    expect(button.getAttribute('aria-describedby')).toBe(explanation.id);
    expect(await readSopRuns(sop.id)).toEqual([]);
  });
});

describe('Runs of one SOP', () => {
  it('lists the SOP’s runs newest first with version, progress and state', async () => {
    const sop = await createPublishedSop();
    const first = await startRun(sop.id);
    valueOf(await completeRunStep(first.id, 'holding', 'Mei Chen'));
    valueOf(await skipRunStep(first.id, 'wrap', 'Not needed in a drill', 'Mei Chen'));
    valueOf(await closeSopRun(first.id));
    await publishNewVersion(sop.id, drillContent('Data breach response, revised'));
    // Runs are ordered by activation time; make sure the second one starts later.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await startRun(sop.id);

    await renderWithApp(<SopRunList sopId={sop.id} />, `#/sops/${sop.id}`);

    const region = await screen.findByRole('region', { name: 'Runs of this SOP' });
    const table = await within(region).findByRole('table');
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    const [, newest, oldest] = within(table).getAllByRole('row');
    expect(newest?.textContent).toContain('v2');
    expect(newest?.textContent).toContain('0 of 3 steps finished');
    expect(newest?.textContent).toContain('Open');
    expect(oldest?.textContent).toContain('v1');
    expect(oldest?.textContent).toContain('2 of 3 steps finished');
    expect(oldest?.textContent).toContain('1 done · 1 skipped · 1 pending');
    expect(oldest?.textContent).toMatch(/Closed .+/u);
    const links = within(table).getAllByRole('link', { name: /^Open the run started/u });
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      `#/sops/runs/${second.id}`,
      `#/sops/runs/${first.id}`,
    ]);
  });

  it('says when the SOP has not been run', async () => {
    const sop = await createPublishedSop();
    await renderWithApp(<SopRunList sopId={sop.id} />, `#/sops/${sop.id}`);
    expect(await screen.findByText('This SOP has not been run yet.')).toBeTruthy();
  });
});
