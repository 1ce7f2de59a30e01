import type { Locator, Page } from '@playwright/test';
import { en } from '../../renderer/src/i18n/resources/en';
import { builtInRoles } from '../../shared/domain/roster/crisisRoles';
import { starterKitFor } from '../../shared/domain/sops/starter';
import { fill, watchErrors } from './messageText';
import { expect, test } from './webServerFixture';

/**
 * Incident command through the web transport: with the starter library installed and a commander
 * and deputy on the roster, declare a data-breach incident from the Dashboard, accept the
 * proposed SOP and roles, log five timeline entries from the keyboard, hand the commander role
 * over, release a first statement and see the first-statement clock stop, mark the incident
 * stable and close it, reloading along the way and finding everything as it was.
 */

const m = en.incidents;
const commanderRole = builtInRoles.find((role) => role.id === 'commander')?.name.en ?? '';
const breachKit = starterKitFor('data-breach');
if (breachKit === undefined) throw new Error('The starter library has no data-breach kit');

/** The incident page's region of one role on duty. */
function roleItem(page: Page, role: string): Locator {
  return page
    .getByRole('region', { name: m.page.roles.heading })
    .getByRole('listitem', { name: role, exact: true });
}

/** The clock tile of one clock in the incident page's Clocks region. */
function clock(page: Page, name: string): Locator {
  return page
    .getByRole('region', { name: m.time.clocks.heading, exact: true })
    .getByRole('listitem', { name: new RegExp(`^${name}`, 'u') });
}

/** Adds a person to the roster through the person form. */
async function addPerson(page: Page, app: { origin: string }, name: string): Promise<void> {
  await page.goto(`${app.origin}/#/roster`);
  await page.getByRole('button', { name: en.roster.personForm.addPerson, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(en.roster.personForm.identity.name, { exact: true }).fill(name);
  await dialog.getByRole('button', { name: en.roster.personForm.save, exact: true }).click();
  await expect(dialog).toBeHidden();
}

test.describe('incident command through the web transport', () => {
  test('declares a data breach, logs, hands over, releases a first statement, closes, survives reloads', async ({
    app,
    page,
  }) => {
    const errors = watchErrors(page);
    await page.goto(app.url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    // Set-up: the starter library (for the proposed SOP) and two people, the first as commander.
    await page.goto(`${app.origin}/#/sops`);
    await page.getByRole('button', { name: en.sops.library.actions.install, exact: true }).click();
    const install = page.getByRole('dialog', { name: en.sops.library.install.title });
    await install
      .getByRole('button', { name: en.sops.library.install.install, exact: true })
      .click();
    await expect(install).toBeHidden();
    await addPerson(page, app, '陳美玲');
    await addPerson(page, app, 'David Lin');
    await page.goto(`${app.origin}/#/roster/roles`);
    const commanderRegion = page.getByRole('region', { name: commanderRole, exact: true });
    const primary = commanderRegion.getByLabel(
      fill(en.roster.roles.holders.primaryLabel, { role: commanderRole }),
      { exact: true },
    );
    await primary.selectOption({ label: '陳美玲' });
    await expect(primary).not.toHaveValue('');

    // 1. Declare from the Dashboard, accepting the proposed SOP and roles.
    await page.goto(`${app.origin}/#/dashboard`);
    await page.getByRole('button', { name: m.declare.button, exact: true }).click();
    const declare = page.getByRole('dialog', { name: m.declare.title });
    await declare.getByLabel(m.declare.fields.title, { exact: true }).fill('會員資料外洩');
    await declare
      .getByLabel(m.declare.fields.crisisType, { exact: true })
      .selectOption('data-breach');
    const sopProposal = declare.getByRole('checkbox', {
      name: new RegExp(breachKit.sop.title.en.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'), 'u'),
    });
    await expect(sopProposal).toBeChecked();
    await expect(declare.getByLabel(commanderRole, { exact: true })).toHaveValue(/.+/u);
    await declare.getByRole('button', { name: m.declare.declare, exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: /^INC-0001/u })).toBeVisible();
    await expect(roleItem(page, commanderRole)).toContainText('陳美玲');
    await expect(page.getByRole('heading', { name: m.work.runs.heading })).toBeVisible();

    // 2. Five timeline entries from the keyboard: type, Enter, again.
    await page.getByLabel(m.page.header.operator, { exact: true }).first().fill('陳美玲');
    const quickEntry = page.getByRole('textbox', { name: m.timeline.quickEntry.text, exact: true });
    const entries = [
      'Portal taken offline',
      'Forensics firm engaged',
      'Passwords reset for admins',
      'Counsel reviewing notification duties',
      'Customer service briefed',
    ];
    for (const text of entries) {
      await quickEntry.fill(text);
      await quickEntry.press('Enter');
      await expect(
        page.getByRole('list', { name: m.timeline.list.label }).getByText(text, { exact: true }),
      ).toBeVisible();
      await expect(quickEntry).toHaveValue('');
    }
    await expect(page.getByText(fill(m.chain.intact, { count: 7 }))).toBeVisible();

    // Reload: everything is still there.
    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: /^INC-0001/u })).toBeVisible();
    for (const text of entries) {
      await expect(page.getByText(text, { exact: true }).first()).toBeVisible();
    }

    // 3. Hand the commander role over to David Lin.
    await roleItem(page, commanderRole)
      .getByRole('button', {
        name: fill(m.page.roles.handOverNamed, { role: commanderRole }),
        exact: true,
      })
      .click();
    const handOver = page.getByRole('dialog', {
      name: fill(m.page.roles.dialog.title, { role: commanderRole }),
    });
    await handOver
      .getByLabel(m.page.roles.dialog.newHolder, { exact: true })
      .selectOption({ label: 'David Lin' });
    await handOver.getByRole('button', { name: m.page.roles.dialog.save, exact: true }).click();
    await expect(handOver).toBeHidden();
    await expect(roleItem(page, commanderRole)).toContainText('David Lin');

    // 4. Release a first statement: the first-statement clock stops (met).
    await expect(clock(page, m.clocks['first-statement'])).not.toContainText(m.clockStates.met);
    await page.getByRole('button', { name: m.work.comms.record, exact: true }).click();
    const record = page.getByRole('dialog', { name: m.work.comms.form.title });
    await record
      .getByLabel(m.work.comms.form.text, { exact: true })
      .fill('We are investigating unauthorised access to member data and will update at 18:00.');
    await record.getByRole('button', { name: m.work.comms.form.save, exact: true }).click();
    await expect(record).toBeHidden();
    await expect(clock(page, m.clocks['first-statement'])).toContainText(m.clockStates.met);

    // 5. Stable, then closed (with confirmation); reload and find it closed with its history.
    await page.getByRole('button', { name: m.transitions['active-stable'], exact: true }).click();
    await expect(page.getByText(m.statuses.stable, { exact: true }).first()).toBeVisible();
    await page.getByRole('button', { name: m.transitions['stable-closed'], exact: true }).click();
    const confirmClose = page.getByRole('dialog', {
      name: fill(m.page.lifecycle.confirmTitle, { reference: 'INC-0001' }),
    });
    await confirmClose.getByRole('button', { name: m.page.lifecycle.confirm, exact: true }).click();
    await expect(page.getByText(m.statuses.closed, { exact: true }).first()).toBeVisible();
    await page.reload();
    await expect(page.getByText(m.statuses.closed, { exact: true }).first()).toBeVisible();
    await expect(roleItem(page, commanderRole)).toContainText('David Lin');
    await expect(clock(page, m.clocks['first-statement'])).toContainText(m.clockStates.met);
    await expect(page.getByText(/Timeline intact: 1[0-9] entries/u)).toBeVisible();

    expect(errors).toEqual([]);
  });
});
