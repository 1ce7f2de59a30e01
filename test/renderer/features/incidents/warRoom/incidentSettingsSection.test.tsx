import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readSetting } from '../../../../../renderer/src/db/repositories/settingsRepository';
import { saveSeverityLevels } from '../../../../../renderer/src/features/incidents/warRoom/incidentSettingsCommands';
import { defaultSeverityLevels } from '../../../../../shared/domain/severity';
import { renderApp, useAppTestEnvironment } from '../../../support/renderApp';
import { declare, incidentInput, minuteMs } from './warRoomTestSupport';

useAppTestEnvironment();

/** Settings → Severity levels, once it has loaded. */
async function levelsSection() {
  await renderApp('#/settings');
  // The Settings page reads several settings and the incidents before this section shows.
  return screen.findByRole('region', { name: 'Severity levels' }, { timeout: 5000 });
}

describe('Settings → Severity levels', () => {
  it('saves a definition edited in Traditional Chinese', async () => {
    const user = userEvent.setup();
    const section = await levelsSection();
    const level = within(section).getByRole('group', { name: 'Level 2: SEV 2 · Major' });
    const definition = within(level).getByRole('textbox', {
      name: 'Definition in Traditional Chinese',
    });
    await user.clear(definition);
    await user.type(definition, '客戶受影響且已見報。');
    await user.click(within(section).getByRole('button', { name: 'Save severity levels' }));

    expect(await within(section).findByText('Severity levels saved.')).toBeTruthy();
    const saved = await readSetting('severityLevels');
    expect(saved[1]?.definition['zh-TW']).toBe('客戶受影響且已見報。');
    expect(saved[1]?.definition.en).toBe(defaultSeverityLevels[1]?.definition.en);
  });

  it('refuses an empty definition at its field and saves nothing', async () => {
    const user = userEvent.setup();
    const section = await levelsSection();
    const level = within(section).getByRole('group', { name: 'Level 1: SEV 1 · Critical' });
    const definition = within(level).getByRole('textbox', { name: 'Definition in English' });
    await user.clear(definition);
    await user.click(within(section).getByRole('button', { name: 'Save severity levels' }));

    expect(
      await within(section).findByText('Some fields need attention; nothing was saved.'),
    ).toBeTruthy();
    expect(definition.getAttribute('aria-invalid')).toBe('true');
    expect(within(level).getByText('Write this in every language.')).toBeTruthy();
    expect((await readSetting('severityLevels'))[0]?.definition.en).toBe(
      defaultSeverityLevels[0]?.definition.en,
    );
  });

  it('refuses to remove a level an incident uses, and removes an unused one after asking', async () => {
    await declare(incidentInput(Date.now() - minuteMs, { severityId: 'sev-3' }));
    const user = userEvent.setup();
    const section = await levelsSection();
    await within(section).findByText('Used by 1 incident.', { exact: false });

    await user.click(within(section).getByRole('button', { name: 'Remove SEV 3 · Moderate' }));
    expect(within(section).getByRole('alert').textContent).toBe(
      'SEV 3 · Moderate is used by 1 incident, so it cannot be removed.',
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(within(section).getByRole('group', { name: 'Level 3: SEV 3 · Moderate' })).toBeTruthy();

    await user.click(within(section).getByRole('button', { name: 'Remove SEV 4 · Minor' }));
    const confirm = await screen.findByRole('dialog', { name: 'Remove SEV 4 · Minor?' });
    await user.click(within(confirm).getByRole('button', { name: 'Remove level' }));
    await user.click(within(section).getByRole('button', { name: 'Save severity levels' }));
    await waitFor(async () =>
      expect((await readSetting('severityLevels')).map((level) => level.id)).toEqual([
        'sev-1',
        'sev-2',
        'sev-3',
      ]),
    );
    // The removed level's cadence went with it.
    expect((await readSetting('incidentCadence')).map((entry) => entry.severityId)).toEqual([
      'sev-1',
      'sev-2',
      'sev-3',
    ]);
  });

  it('refuses to save levels without one an incident uses, whatever the form did', async () => {
    await declare(incidentInput(Date.now() - minuteMs, { severityId: 'sev-4' }));
    const result = await saveSeverityLevels(defaultSeverityLevels.slice(0, 3));
    expect(result).toEqual({ ok: false, issues: [{ path: '', code: 'severity-in-use' }] });
    expect(await readSetting('severityLevels')).toHaveLength(4);
  });

  it('adds a level, reorders it and keeps focus on the moved level', async () => {
    const user = userEvent.setup();
    const section = await levelsSection();
    await user.click(within(section).getByRole('button', { name: 'Add a level' }));
    const added = within(section).getByRole('group', { name: 'Level 5: SEV 5' });
    await user.type(
      within(added).getByRole('textbox', { name: 'Definition in English' }),
      'A drill only.',
    );
    await user.type(
      within(added).getByRole('textbox', { name: 'Definition in Traditional Chinese' }),
      '僅限演練。',
    );
    await user.type(
      within(added).getByRole('textbox', { name: 'Definition in Simplified Chinese' }),
      '仅限演练。',
    );
    await user.click(within(added).getByRole('button', { name: 'Move SEV 5 up' }));
    expect(document.activeElement).toBe(
      within(section).getByRole('button', { name: 'Move SEV 5 up' }),
    );
    expect(within(section).getByRole('group', { name: 'Level 4: SEV 5' })).toBeTruthy();
    await user.click(within(section).getByRole('button', { name: 'Save severity levels' }));
    await waitFor(async () =>
      expect((await readSetting('severityLevels')).map((level) => level.id)).toEqual([
        'sev-1',
        'sev-2',
        'sev-3',
        'sev-5',
        'sev-4',
      ]),
    );
  });
});

describe('Settings → Update cadence', () => {
  it('refuses 0 minutes at the field, then saves a valid value', async () => {
    const user = userEvent.setup();
    await renderApp('#/settings');
    const section = await screen.findByRole(
      'region',
      { name: 'Update cadence' },
      { timeout: 5000 },
    );
    const field = within(section).getByRole('spinbutton', {
      name: 'Update every (minutes): SEV 2 · Major',
    });
    expect(within(section).getAllByText('every 2 h').length).toBeGreaterThan(0);

    await user.clear(field);
    await user.type(field, '0');
    await user.click(within(section).getByRole('button', { name: 'Save cadence' }));
    expect(
      await within(section).findByText('Enter whole minutes from 1 to 43200 (30 days).'),
    ).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect((await readSetting('incidentCadence'))[1]?.updateEveryMinutes).toBe(120);

    await user.clear(field);
    await user.type(field, '180');
    expect(field.getAttribute('aria-invalid')).toBeNull();
    expect(within(section).getByText('every 3 h')).toBeTruthy();
    await user.click(within(section).getByRole('button', { name: 'Save cadence' }));
    expect(await within(section).findByText('Cadence saved.')).toBeTruthy();
    expect((await readSetting('incidentCadence'))[1]).toEqual({
      severityId: 'sev-2',
      firstStatementMinutes: 120,
      updateEveryMinutes: 180,
      sitrepEveryMinutes: 480,
    });
  });
});
