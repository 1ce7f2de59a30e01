import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { en } from '../../renderer/src/i18n/resources/en';
import { builtInRoles } from '../../shared/domain/roster/crisisRoles';
import { fill, plural, watchErrors } from './messageText';
import { expect, test } from './webServerFixture';

/**
 * The crisis-team roster through the web transport: import three people from a vCard file (one
 * with a Chinese name), staff the commander and spokesperson roles with backups until their
 * coverage warnings go away, mark the primary spokesperson unavailable and see "who to call now"
 * move to the backup, then print the call tree to PDF with Chromium and read every name back with
 * `pdftotext`.
 */

const m = en.roster;

/** The three people of the vCard fixture, by name. */
const people = {
  commander: '陳美玲',
  deputy: 'David Lin',
  spokesperson: 'Sarah Wu',
} as const;

/** How the app names a person in lists: the vCard's nickname follows the name in brackets. */
const displayNames: Record<string, string> = {
  [people.commander]: '陳美玲 (Mei-ling Chen)',
};

/** The name a person's option reads in a select. */
function shown(name: string): string {
  return displayNames[name] ?? name;
}

/** The built-in role's English name. */
function roleName(id: string): string {
  const role = builtInRoles.find((candidate) => candidate.id === id);
  if (role === undefined) throw new Error(`No built-in role ${id}`);
  return role.name.en;
}

const commander = roleName('commander');
const spokesperson = roleName('spokesperson');

/** A link of the Crisis team area's section navigation. */
function sectionLink(page: Page, name: string): Locator {
  return page
    .getByRole('navigation', { name: m.sections.label })
    .getByRole('link', { name, exact: true });
}

/** The coverage entry of one role on the coverage page. */
function coverageEntry(page: Page, role: string): Locator {
  return page
    .getByRole('list', { name: m.roles.coverage.listLabel })
    .getByRole('article', { name: role, exact: true });
}

/** Chooses the primary and adds backups, in order, to a role on the Roles page. */
async function staffRole(page: Page, role: string, primary: string, backups: readonly string[]) {
  const region = page.getByRole('region', { name: role, exact: true });
  await region
    .getByLabel(fill(m.roles.holders.primaryLabel, { role }), { exact: true })
    .selectOption({ label: shown(primary) });
  for (const [index, backup] of backups.entries()) {
    await region
      .getByLabel(fill(m.roles.holders.backupToAddLabel, { role }), { exact: true })
      .selectOption({ label: shown(backup) });
    await region
      .getByRole('button', { name: fill(m.roles.holders.addBackupLabel, { role }), exact: true })
      .click();
    const position = fill(m.positions.backup, { number: index + 1 });
    await expect(
      region.getByRole('button', {
        name: fill(m.roles.holders.removeLabel, { position, role }),
        exact: true,
      }),
    ).toBeVisible();
  }
}

/** The "Who to call now" step of a role, found by its accessible name. */
function callStep(page: Page, role: string, person: string): Locator {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return page
    .getByRole('region', { name: m.callTree.now.heading, exact: true })
    .getByRole('listitem', {
      name: new RegExp(`${escape(role)} .*${escape(person)}`, 'u'),
    });
}

test.describe('crisis-team roster through the web transport', () => {
  test('imports a vCard, staffs roles until covered, calls the backup, prints the call tree', async ({
    app,
    page,
  }, testInfo) => {
    const errors = watchErrors(page);
    await page.goto(app.url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    // The Dashboard's coverage card says the roster is empty.
    await expect(page.getByRole('heading', { name: m.roles.card.heading })).toBeVisible();

    // 1. Import three people from a vCard 4.0 file.
    await page.goto(`${app.origin}/#/roster`);
    await expect(
      page.getByRole('heading', { level: 1, name: en.areas.roster.title }),
    ).toBeVisible();
    await page.getByRole('button', { name: m.transfer.import.button, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: m.transfer.import.title });
    const vcard = readFileSync(path.join('test', 'fixtures', 'roster', 'team-v4.vcf'));
    await dialog
      .getByLabel(m.transfer.import.fileLabel, { exact: true })
      .setInputFiles({ name: 'team.vcf', mimeType: 'text/vcard', buffer: vcard });
    await dialog.getByRole('button', { name: m.transfer.import.next, exact: true }).click();
    await expect(dialog).toContainText(m.transfer.import.noErrors);
    await dialog
      .getByRole('button', { name: plural(m.transfer.import, 'commit', 3), exact: true })
      .click();
    await expect(dialog).toBeHidden();
    const table = page.getByRole('table', { name: m.people.tableLabel });
    for (const name of Object.values(people)) {
      await expect(table.getByRole('link', { name: new RegExp(name, 'u') })).toBeVisible();
    }

    // 2. Coverage: the commander and the spokesperson have nobody yet.
    await sectionLink(page, m.sections.coverage).click();
    for (const role of [commander, spokesperson]) {
      await expect(coverageEntry(page, role)).toContainText(m.coverageIssues['no-primary']);
      await expect(coverageEntry(page, role)).toContainText(m.coverageIssues['no-backup']);
    }

    // 3. Staff both roles with a primary and a backup.
    await sectionLink(page, m.sections.roles).click();
    await staffRole(page, commander, people.commander, [people.deputy]);
    await staffRole(page, spokesperson, people.spokesperson, [people.deputy]);

    // 4. Their coverage warnings are gone.
    await sectionLink(page, m.sections.coverage).click();
    for (const role of [commander, spokesperson]) {
      const entry = coverageEntry(page, role);
      await expect(entry).toContainText(m.roles.status.covered);
      await expect(entry).not.toContainText(m.coverageIssues['no-primary']);
      await expect(entry).not.toContainText(m.coverageIssues['no-backup']);
    }

    // 5. Who to call now at SEV 1: the primary spokesperson.
    await sectionLink(page, m.sections.callTree).click();
    await expect(callStep(page, commander, people.commander)).toBeVisible();
    await expect(callStep(page, spokesperson, people.spokesperson)).toBeVisible();

    // 6. Mark the primary spokesperson unavailable on her page.
    await sectionLink(page, m.sections.people).click();
    await table.getByRole('link', { name: new RegExp(people.spokesperson, 'u') }).click();
    await expect(page.getByRole('heading', { name: people.spokesperson })).toBeVisible();
    await page
      .getByRole('button', { name: m.people.person.markUnavailable.button, exact: true })
      .click();
    const markDialog = page.getByRole('dialog', {
      name: fill(m.people.person.markUnavailable.title, { name: people.spokesperson }),
    });
    await markDialog
      .getByRole('button', { name: m.people.person.markUnavailable.confirm, exact: true })
      .click();
    await expect(markDialog).toBeHidden();
    await expect(
      page.getByRole('button', { name: m.people.person.markAvailable.button, exact: true }),
    ).toBeVisible();

    // 7. "Who to call now" moves to the backup and says why the primary was skipped.
    await sectionLink(page, m.sections.callTree).click();
    const spokespersonStep = callStep(page, spokesperson, people.deputy);
    await expect(spokespersonStep).toBeVisible();
    await expect(spokespersonStep).toContainText(people.spokesperson);
    await expect(callStep(page, commander, people.commander)).toBeVisible();

    // 8. Print the call tree: Chromium's PDF of the print stylesheet, read back with pdftotext.
    await page.getByRole('link', { name: m.callTree.printLink, exact: true }).click();
    await expect(page.getByRole('heading', { name: m.callTree.print.title })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    const pdfPath = testInfo.outputPath('call-tree.pdf');
    writeFileSync(pdfPath, await page.pdf({ preferCSSPageSize: true, printBackground: false }));
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    for (const name of Object.values(people)) {
      expect(text, `${name} in the printed call tree`).toContain(name);
    }
    expect(text).toContain(m.callTree.print.title);
    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    expect(info).toMatch(/^Pages:\s+1$/mu);

    expect(errors).toEqual([]);
  });
});
