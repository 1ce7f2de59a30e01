import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readSopRun } from '../../../../../renderer/src/db/repositories/sopRepository';
import { saveSetting } from '../../../../../renderer/src/db/repositories/settingsRepository';
import type { Language } from '../../../../../shared/domain/settings';
import { renderApp, useAppTestEnvironment } from '../../../support/renderApp';
import {
  createPublishedSop,
  drillContent,
  minute,
  publishNewVersion,
  startRun,
  stepOf,
  stepRegion,
} from './runsTestSupport';

useAppTestEnvironment();

/** When every test's run is activated (commands read Date.now, which is frozen here). */
const activatedAt = Date.UTC(2026, 10, 22, 6, 0);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(activatedAt);
});

afterEach(() => {
  vi.useRealTimers();
});

/**
 * Waits until `region` shows `text`, nudging the page's clock to re-read the (frozen) time on
 * each try: it re-reads on window focus, and a nudge sent before it listens would be lost.
 */
async function expectShown(region: HTMLElement, text: string): Promise<void> {
  await waitFor(() => {
    fireEvent.focus(window);
    expect(region.textContent).toContain(text);
  });
}

/** Starts a run of the drill SOP and opens its page. */
async function openRun() {
  const sop = await createPublishedSop();
  const run = await startRun(sop.id);
  const user = userEvent.setup();
  await renderApp(`#/sops/runs/${run.id}`);
  await screen.findByRole('heading', { level: 2, name: 'Data breach response' });
  return { user, run, sop };
}

describe('Run page', () => {
  it('shows the run’s SOP, version, activation, progress and each step as a titled region', async () => {
    await openRun();

    expect(screen.getByText('Version 1')).toBeTruthy();
    expect(screen.getByText('Tabletop read-through')).toBeTruthy();
    const progress = screen.getByRole('progressbar', { name: 'Run progress' });
    expect(progress.getAttribute('aria-valuenow')).toBe('0');
    expect(progress.getAttribute('aria-valuemax')).toBe('3');
    const list = screen.getByRole('list', { name: 'Steps' });
    const steps = within(list)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement === list);
    expect(steps.map((item) => within(item).getAllByRole('heading')[0]?.textContent)).toEqual([
      'Publish a holding statement',
      'Brief the media',
      'Write the timeline',
    ]);
    const holding = stepRegion('Publish a holding statement');
    expect(within(holding).getByRole('heading', { name: 'Publish a holding statement' })).toBe(
      within(holding).getAllByRole('heading')[0],
    );
    expect(holding.textContent).toContain('Public relations');
    expect(holding.textContent).toContain('within 1 h');
    expect(holding.textContent).toContain('Due in 1 h');
    expect(holding.textContent).toContain('Holding statement template');
    expect(within(holding).getByText('short').tagName).toBe('STRONG');
    expect(stepRegion('Write the timeline').textContent).toContain('No owner role');
  });

  it('ticks a checklist item, recording who ticked it', async () => {
    const { user, run } = await openRun();
    await user.type(screen.getByRole('textbox', { name: 'You are' }), 'Mei Chen');

    const holding = stepRegion('Publish a holding statement');
    await user.click(
      within(holding).getByRole('checkbox', { name: 'Legal has read the statement' }),
    );

    await waitFor(() =>
      expect(
        within(holding).getByRole<HTMLInputElement>('checkbox', {
          name: 'Legal has read the statement',
        }).checked,
      ).toBe(true),
    );
    await waitFor(() => expect(holding.textContent).toContain('ticked by Mei Chen'));
    const stored = await readSopRun(run.id);
    expect(stored?.steps[0]?.checklist[0]).toMatchObject({
      itemId: 'legal',
      isChecked: true,
      checkedBy: 'Mei Chen',
      checkedAt: activatedAt,
    });
    expect(stored?.steps[0]?.checklist[1]?.isChecked).toBe(false);

    // Unticking records nobody, so it needs no name.
    await user.clear(screen.getByRole('textbox', { name: 'You are' }));
    await user.click(
      within(holding).getByRole('checkbox', { name: 'Legal has read the statement' }),
    );
    await waitFor(async () =>
      expect((await readSopRun(run.id))?.steps[0]?.checklist[0]?.isChecked).toBe(false),
    );
    expect(screen.queryByRole('button', { name: 'Record without a name' })).toBeNull();
  });

  it('marks a step done with the operator’s name and time, then reopens it', async () => {
    const { user, run } = await openRun();
    await user.type(screen.getByRole('textbox', { name: 'You are' }), 'Mei Chen');
    vi.setSystemTime(activatedAt + 20 * minute);

    const brief = stepRegion('Brief the media');
    await user.click(within(brief).getByRole('button', { name: 'Mark done' }));

    await waitFor(() => expect(brief.textContent).toContain('Done by Mei Chen on'));
    // The pressed button is gone; focus lands on the step's heading instead of the page's top.
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(brief).getByRole('heading', { name: 'Brief the media' }),
      ),
    );
    expect(within(brief).queryByRole('button', { name: 'Mark done' })).toBeNull();
    expect(
      screen.getByRole('progressbar', { name: 'Run progress' }).getAttribute('aria-valuenow'),
    ).toBe('1');
    expect((await readSopRun(run.id))?.steps[1]).toMatchObject({
      status: 'done',
      doneBy: 'Mei Chen',
      doneAt: activatedAt + 20 * minute,
    });

    await user.click(within(brief).getByRole('button', { name: 'Reopen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reopen “Brief the media”?' });
    // Says exactly what is erased, and changes nothing until confirmed.
    expect(dialog.textContent).toMatch(
      /its record is erased: done by Mei Chen on .+\. This cannot be undone/u,
    );
    expect((await readSopRun(run.id))?.steps[1]?.status).toBe('done');
    await user.click(within(dialog).getByRole('button', { name: 'Reopen step' }));

    await within(brief).findByRole('button', { name: 'Mark done' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(brief.textContent).not.toContain('Done by');
    expect(brief.textContent).toContain('Pending');
    expect((await readSopRun(run.id))?.steps[1]?.status).toBe('pending');
  });

  it('refuses to skip a step without a reason, then shows the reason it was skipped with', async () => {
    const { user, run } = await openRun();
    await user.type(screen.getByRole('textbox', { name: 'You are' }), 'Mei Chen');
    const wrap = stepRegion('Write the timeline');

    await user.click(within(wrap).getByRole('button', { name: 'Skip…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Skip “Write the timeline”' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Reason for skipping' }), '   ');
    await user.click(within(dialog).getByRole('button', { name: 'Skip step' }));

    expect(await within(dialog).findByText('Say why the step is skipped.')).toBeTruthy();
    expect(
      within(dialog)
        .getByRole('textbox', { name: 'Reason for skipping' })
        .getAttribute('aria-invalid'),
    ).toBe('true');
    expect((await readSopRun(run.id))?.steps[2]?.status).toBe('pending');

    await user.type(
      within(dialog).getByRole('textbox', { name: 'Reason for skipping' }),
      'The legal team keeps the timeline',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Skip step' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() =>
      expect(wrap.textContent).toContain('Reason: The legal team keeps the timeline'),
    );
    expect(wrap.textContent).toContain('Skipped');
    expect(within(wrap).getByRole('button', { name: 'Reopen' })).toBeTruthy();
    expect((await readSopRun(run.id))?.steps[2]).toMatchObject({
      status: 'skipped',
      doneBy: 'Mei Chen',
      skipReason: 'The legal team keeps the timeline',
    });
  });

  it('keeps the record of a finished step when reopening is cancelled, naming the skip reason that would go', async () => {
    const { user, run } = await openRun();
    await user.type(screen.getByRole('textbox', { name: 'You are' }), 'Mei Chen');
    const wrap = stepRegion('Write the timeline');
    await user.click(within(wrap).getByRole('button', { name: 'Skip…' }));
    const skipDialog = await screen.findByRole('dialog', { name: 'Skip “Write the timeline”' });
    await user.type(
      within(skipDialog).getByRole('textbox', { name: 'Reason for skipping' }),
      'Legal keeps it',
    );
    await user.click(within(skipDialog).getByRole('button', { name: 'Skip step' }));
    await waitFor(() => expect(wrap.textContent).toContain('Reason: Legal keeps it'));

    await user.click(within(wrap).getByRole('button', { name: 'Reopen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reopen “Write the timeline”?' });
    expect(dialog.textContent).toMatch(
      /skipped by Mei Chen on .+, with the reason “Legal keeps it”\. This cannot be undone/u,
    );
    // The safe answer has focus, so Enter by reflex keeps the record.
    expect(document.activeElement).toBe(
      within(dialog).getByRole('button', { name: 'Keep the record' }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Keep the record' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(wrap.textContent).toContain('Reason: Legal keeps it');
    expect((await readSopRun(run.id))?.steps[2]).toMatchObject({
      status: 'skipped',
      doneBy: 'Mei Chen',
      skipReason: 'Legal keeps it',
    });
  });

  it('asks for the operator’s name before recording a step without one, and records nothing meanwhile', async () => {
    const { user, run } = await openRun();
    const nameField = screen.getByRole('textbox', { name: 'You are' });
    const brief = stepRegion('Brief the media');

    await user.click(within(brief).getByRole('button', { name: 'Mark done' }));

    await waitFor(() => expect(document.activeElement).toBe(nameField));
    expect(nameField.getAttribute('aria-invalid')).toBe('true');
    expect(
      document.getElementById(nameField.getAttribute('aria-describedby')?.split(' ')[1] ?? '')
        ?.textContent,
    ).toBe('Enter your name so the run records who did this.');
    expect((await readSopRun(run.id))?.steps[1]?.status).toBe('pending');

    // Skipping and ticking wait for a name too.
    await user.click(within(brief).getByRole('button', { name: 'Skip…' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    const holding = stepRegion('Publish a holding statement');
    await user.click(
      within(holding).getByRole('checkbox', { name: 'Legal has read the statement' }),
    );
    await waitFor(() =>
      expect(
        within(holding).getByRole<HTMLInputElement>('checkbox', {
          name: 'Legal has read the statement',
        }).checked,
      ).toBe(false),
    );
    expect((await readSopRun(run.id))?.steps[0]?.checklist[0]?.isChecked).toBe(false);

    // A name drops the question; the action is then done again, and recorded with the name.
    await user.type(nameField, 'Mei Chen');
    expect(screen.queryByText('Enter your name so the run records who did this.')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Record without a name' })).toBeNull();
    expect((await readSopRun(run.id))?.steps[1]?.status).toBe('pending');
    await user.click(within(brief).getByRole('button', { name: 'Mark done' }));
    await waitFor(() => expect(brief.textContent).toContain('Done by Mei Chen on'));
  });

  it('records without a name when the operator chooses so', async () => {
    const { user, run } = await openRun();
    const brief = stepRegion('Brief the media');
    await user.click(within(brief).getByRole('button', { name: 'Mark done' }));

    await user.click(await screen.findByRole('button', { name: 'Record without a name' }));

    await waitFor(() => expect(brief.textContent).toContain('Done on'));
    expect((await readSopRun(run.id))?.steps[1]).toMatchObject({ status: 'done', doneBy: null });
    expect(screen.queryByRole('button', { name: 'Record without a name' })).toBeNull();
    // The choice holds for this visit: the next tick goes straight through.
    const holding = stepRegion('Publish a holding statement');
    await user.click(
      within(holding).getByRole('checkbox', { name: 'Statement is on the website' }),
    );
    await waitFor(async () =>
      expect((await readSopRun(run.id))?.steps[0]?.checklist[1]).toMatchObject({
        isChecked: true,
        checkedBy: null,
      }),
    );
  });

  it('counts down to the target, warns when it is due soon and says plainly when it is overdue', async () => {
    await openRun();
    const holding = stepRegion('Publish a holding statement');
    expect(holding.textContent).toContain('Due in 1 h');
    expect(holding.textContent).not.toContain('Overdue');

    vi.setSystemTime(activatedAt + 50 * minute);
    await expectShown(holding, 'Due soon: 10 min left');

    vi.setSystemTime(activatedAt + 55 * minute + 30_000);
    await expectShown(holding, 'Due soon: 4 min 30 s left');

    vi.setSystemTime(activatedAt + 72 * minute);
    await expectShown(holding, 'Overdue by 12 min');
    expect(holding.closest('li')?.className).toContain('run-step--overdue');
    // Announced politely, once, when the count changes (not on every tick of the countdown).
    expect(
      screen
        .getAllByRole('status')
        .some((region) => region.textContent.includes('1 step is overdue.')),
    ).toBe(true);
    // The 4-hour step is still comfortably ahead.
    expect(stepRegion('Brief the media').textContent).toContain('Due in 2 h 48 min');
  });

  it.each([
    ['zh-TW', '已逾期 1 小時 5 分鐘', '即將到期：剩 4 分 30 秒', '1 小時 55 分鐘後到期'],
    ['zh-CN', '已超时 1 小时 5 分钟', '即将到期：剩 4 分 30 秒', '1 小时 55 分钟后到期'],
  ] as const satisfies readonly (readonly [Language, string, string, string])[])(
    'writes countdowns in %s',
    async (language, overdue, dueSoon, upcoming) => {
      await saveSetting('language', language);
      const sop = await createPublishedSop();
      const run = await startRun(sop.id);
      await renderApp(`#/sops/runs/${run.id}`);
      const holding = await screen.findByRole('region', { name: 'Publish a holding statement' });

      vi.setSystemTime(activatedAt + 55 * minute + 30_000);
      await expectShown(holding, dueSoon);

      vi.setSystemTime(activatedAt + 125 * minute);
      await expectShown(holding, overdue);
      expect(stepRegion('Brief the media').textContent).toContain(upcoming);
    },
  );

  it('closes the run after confirming, leaving pending steps listed as not done and nothing editable', async () => {
    const { user, run } = await openRun();
    await user.type(screen.getByRole('textbox', { name: 'You are' }), 'Mei Chen');
    const brief = stepRegion('Brief the media');
    await user.click(within(brief).getByRole('button', { name: 'Mark done' }));
    await waitFor(() => expect(brief.textContent).toContain('Done by Mei Chen on'));
    vi.setSystemTime(activatedAt + 90 * minute);

    await user.click(screen.getByRole('button', { name: 'Close run' }));
    const dialog = await screen.findByRole('dialog', { name: 'Close this run?' });
    expect(dialog.textContent).toContain(
      '2 steps are still pending: they stay listed as not done.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Close run' }));

    await screen.findByText(/^This run was closed on .+ and can no longer change\.$/u);
    expect(screen.queryByRole('button', { name: 'Close run' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Mark done' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Skip…' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Reopen' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'You are' })).toBeNull();
    const holding = stepRegion('Publish a holding statement');
    expect(holding.textContent).toContain('Not done');
    await expectShown(holding, 'Overdue by 30 min when the run closed');
    expect(
      within(holding).getByRole<HTMLInputElement>('checkbox', {
        name: 'Legal has read the statement',
      }).disabled,
    ).toBe(true);
    expect(screen.getByText('Ran for')).toBeTruthy();
    expect((await readSopRun(run.id))?.closedAt).toBe(activatedAt + 90 * minute);
  });

  it('follows the version it started with after a newer version is published', async () => {
    const sop = await createPublishedSop();
    const run = await startRun(sop.id);
    const changed = drillContent('Data breach response, revised');
    changed.steps = [stepOf('holding', 'Publish the holding statement within 30 minutes')];
    await publishNewVersion(sop.id, changed);

    await renderApp(`#/sops/runs/${run.id}`);

    await screen.findByRole('heading', { level: 2, name: 'Data breach response' });
    expect(screen.getByText('Version 1')).toBeTruthy();
    expect(stepRegion('Publish a holding statement')).toBeTruthy();
    expect(stepRegion('Write the timeline')).toBeTruthy();
    expect(screen.queryByText(/revised|within 30 minutes/u)).toBeNull();
  });

  it('says so when the run does not exist', async () => {
    await renderApp('#/sops/runs/no-such-run');
    expect(
      await screen.findByText(
        'This run does not exist. It may have been deleted together with its SOP.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'All runs' }).getAttribute('href')).toBe('#/sops/runs');
  });
});
