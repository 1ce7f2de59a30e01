import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { en } from '../../renderer/src/i18n/resources/en';
import { zhTW } from '../../renderer/src/i18n/resources/zhTW';
import { builtInRoles } from '../../shared/domain/roster/crisisRoles';
import { starterKitFor } from '../../shared/domain/sops/starter';
import { fill, watchErrors } from './messageText';
import { expect, test } from './webServerFixture';

/**
 * Postmortems through the web transport: with the starter library, a commander with a phone number
 * and a risk in the register, declare and log a data breach, close it, write its postmortem with
 * two action items (an SOP change and a risk), take it through review and publish it; see the SOP's
 * next-version draft and the risk review the publication opened, find the postmortem by a word of
 * its lessons written in Simplified Chinese, and export the stakeholder report in 繁體中文 as
 * Chromium's PDF of the print stylesheet: pdftotext finds the title, every timeline entry and both
 * action items, and the external variant no phone number.
 */

const m = en.postmortems;
const commanderRole = builtInRoles.find((role) => role.id === 'commander')?.name.en ?? '';
const breachKit = starterKitFor('data-breach');
if (breachKit === undefined) throw new Error('The starter library has no data-breach kit');
const sopTitle = breachKit.sop.title.en;

const phone = '0912-345-678';
const incidentTitle = '會員資料外洩';
const riskTitle = '供應商延遲通報外洩';
const lesson = '供應商合約必須要求二十四小時內通報';
const sopItem = '修訂 SOP 的供應商通報步驟';
const riskItem = '重新評估供應商外洩風險';
const statement = `如需協助請致電客服專線 ${phone}，我們正在調查會員資料外洩。`;
const entries = ['客服系統已下線', 'Forensics firm engaged', `已致電法務 ${phone} 確認通報義務`];

/** pdftotext's text with every space and line break removed, so wrapped table cells still match. */
function pdfText(path: string): string {
  return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/gu, '');
}

/** Chromium's PDF of the current page's print stylesheet, read back without whitespace. */
async function printedText(page: Page, path: string): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  writeFileSync(path, await page.pdf({ preferCSSPageSize: true, printBackground: false }));
  await page.emulateMedia({ media: 'screen' });
  return pdfText(path);
}

test.describe('postmortems through the web transport', () => {
  test('closes the loop from a postmortem to the SOP library and the risk register, and exports the report', async ({
    app,
    page,
  }, testInfo) => {
    test.setTimeout(120_000);
    const errors = watchErrors(page);
    await page.goto(app.url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    // Set-up: the starter library, a commander with a phone number, and a risk.
    await page.goto(`${app.origin}/#/sops`);
    await page.getByRole('button', { name: en.sops.library.actions.install, exact: true }).click();
    const install = page.getByRole('dialog', { name: en.sops.library.install.title });
    await install
      .getByRole('button', { name: en.sops.library.install.install, exact: true })
      .click();
    await expect(install).toBeHidden();

    await page.goto(`${app.origin}/#/roster`);
    await page.getByRole('button', { name: en.roster.personForm.addPerson, exact: true }).click();
    const person = page.getByRole('dialog');
    await person.getByLabel(en.roster.personForm.identity.name, { exact: true }).fill('陳美玲');
    await person
      .getByRole('button', { name: en.roster.personForm.phones.add, exact: true })
      .click();
    await person
      .getByLabel(fill(en.roster.personForm.phones.number, { number: 1 }), { exact: true })
      .fill(phone);
    await person.getByRole('button', { name: en.roster.personForm.save, exact: true }).click();
    await expect(person).toBeHidden();
    await page.goto(`${app.origin}/#/roster/roles`);
    const primary = page
      .getByRole('region', { name: commanderRole, exact: true })
      .getByLabel(fill(en.roster.roles.holders.primaryLabel, { role: commanderRole }), {
        exact: true,
      });
    await primary.selectOption({ label: '陳美玲' });
    await expect(primary).not.toHaveValue('');

    await page.goto(`${app.origin}/#/risks`);
    await page.getByRole('button', { name: en.risks.detail.newRisk, exact: true }).click();
    const riskDialog = page.getByRole('dialog', { name: en.risks.detail.form.createTitle });
    await riskDialog.getByLabel(en.risks.fields.title, { exact: true }).fill(riskTitle);
    await riskDialog.getByRole('button', { name: en.risks.detail.form.save, exact: true }).click();
    await expect(riskDialog).toBeHidden();
    await expect(
      page.getByRole('heading', { level: 2, name: `R-0001 ${riskTitle}` }),
    ).toBeVisible();

    // 1. Declare a data breach, log three entries (one naming a phone number), close it.
    await page.goto(`${app.origin}/#/dashboard`);
    await page.getByRole('button', { name: en.incidents.declare.button, exact: true }).click();
    const declare = page.getByRole('dialog', { name: en.incidents.declare.title });
    await declare
      .getByLabel(en.incidents.declare.fields.title, { exact: true })
      .fill(incidentTitle);
    await declare
      .getByLabel(en.incidents.declare.fields.crisisType, { exact: true })
      .selectOption('data-breach');
    await declare.getByRole('button', { name: en.incidents.declare.declare, exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: /^INC-0001/u })).toBeVisible();
    const quickEntry = page.getByRole('textbox', {
      name: en.incidents.timeline.quickEntry.text,
      exact: true,
    });
    for (const text of entries) {
      await quickEntry.fill(text);
      await quickEntry.press('Enter');
      await expect(
        page
          .getByRole('list', { name: en.incidents.timeline.list.label })
          .getByText(text, { exact: true }),
      ).toBeVisible();
    }
    // An external statement that names the phone number: the external report must mask it.
    await page.getByRole('button', { name: en.incidents.work.comms.record, exact: true }).click();
    const record = page.getByRole('dialog', { name: en.incidents.work.comms.form.title });
    await record.getByLabel(en.incidents.work.comms.form.text, { exact: true }).fill(statement);
    await record
      .getByRole('button', { name: en.incidents.work.comms.form.save, exact: true })
      .click();
    await expect(record).toBeHidden();
    await page
      .getByRole('button', { name: en.incidents.transitions['active-stable'], exact: true })
      .click();
    await expect(
      page.getByRole('button', { name: en.incidents.transitions['stable-closed'], exact: true }),
    ).toBeVisible();
    await page
      .getByRole('button', { name: en.incidents.transitions['stable-closed'], exact: true })
      .click();
    await page
      .getByRole('dialog', {
        name: fill(en.incidents.page.lifecycle.confirmTitle, { reference: 'INC-0001' }),
      })
      .getByRole('button', { name: en.incidents.page.lifecycle.confirm, exact: true })
      .click();
    await expect(page.getByRole('button', { name: m.page.write, exact: true })).toBeVisible();

    // 2. Write the postmortem: summary and a lesson, saved as a draft.
    await page.getByRole('button', { name: m.page.write, exact: true }).click();
    await expect(page).toHaveURL(/#\/postmortems\/[^/]+$/u);
    await page
      .getByRole('textbox', { name: m.page.summary, exact: true })
      .fill('第三方客服系統遭入侵，會員資料外洩。');
    await page.getByRole('textbox', { name: m.page.newLesson, exact: true }).fill(lesson);
    await page.getByRole('button', { name: m.page.addLesson, exact: true }).click();
    await page.getByRole('button', { name: m.page.saveDraft, exact: true }).click();
    await expect(page.getByText(m.page.saved, { exact: true })).toBeVisible();

    // 3. Two action items: an SOP change of the starter SOP, and a review of the risk.
    const addItem = async (
      title: string,
      type: string,
      link: { kind: string; field: string; option: string },
    ) => {
      await page.getByRole('button', { name: m.actions.add, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: m.actions.form.createTitle });
      await dialog.getByRole('textbox', { name: m.actions.form.title, exact: true }).fill(title);
      await dialog
        .getByRole('combobox', { name: m.actions.form.owner, exact: true })
        .selectOption({ label: '陳美玲' });
      await dialog.getByLabel(m.actions.form.dueOn, { exact: true }).fill('2026-12-15');
      await dialog
        .getByRole('combobox', { name: m.actions.form.type, exact: true })
        .selectOption({ label: type });
      await dialog
        .getByRole('combobox', { name: m.actions.form.linkKind, exact: true })
        .selectOption({ label: link.kind });
      await dialog
        .getByRole('combobox', { name: link.field, exact: true })
        .selectOption({ label: link.option });
      await dialog
        .getByRole('combobox', { name: m.actions.form.lesson, exact: true })
        .selectOption({ label: lesson });
      await dialog.getByRole('button', { name: m.actions.form.save, exact: true }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByRole('rowheader', { name: title, exact: true })).toBeVisible();
    };
    await addItem(sopItem, m.actionItemTypes.sop, {
      kind: m.actions.form.linkKinds.sop,
      field: m.actions.form.sop,
      option: sopTitle,
    });
    await addItem(riskItem, m.actionItemTypes.mitigate, {
      kind: m.actions.form.linkKinds.risk,
      field: m.actions.form.risk,
      option: `R-0001 ${riskTitle}`,
    });

    // 4. Review: a reviewer, send for review, approve, publish.
    await page.getByRole('combobox', { name: m.page.reviewerName, exact: true }).fill('王大明');
    await page.getByRole('button', { name: m.page.addReviewer, exact: true }).click();
    const reviewer = page.getByRole('group', { name: '王大明', exact: true });
    await expect(reviewer).toBeVisible();
    const workflow = page.getByRole('group', { name: m.page.workflow, exact: true });
    await workflow.getByRole('button', { name: m.moves['draft-in-review'], exact: true }).click();
    await expect(
      page.getByText(fill(m.page.statusIs, { status: m.statuses['in-review'] })),
    ).toBeVisible();
    await reviewer.getByRole('button', { name: m.page.approve, exact: true }).click();
    await expect(reviewer).toContainText(m.reviewerDecisions.approved);
    await workflow
      .getByRole('button', { name: m.moves['in-review-published'], exact: true })
      .click();
    await page
      .getByRole('dialog', { name: m.page.publishTitle })
      .getByRole('button', { name: m.page.publishConfirm, exact: true })
      .click();
    await expect(
      page.getByText(fill(m.page.statusIs, { status: m.statuses.published })),
    ).toBeVisible();
    const postmortemUrl = page.url();

    // 5. The loop: the SOP has a draft of its next version requested by PM-0001, the risk a review.
    await page.goto(`${app.origin}/#/sops`);
    await page.getByRole('link', { name: sopTitle, exact: true }).first().click();
    const sopRequests = page.getByRole('region', { name: m.actions.sopRequests.heading });
    await expect(sopRequests).toContainText('PM-0001');
    await expect(sopRequests).toContainText(sopItem);
    await page.goto(`${app.origin}/#/risks`);
    await page.getByRole('link', { name: riskTitle }).first().click();
    const riskRequests = page.getByRole('region', { name: m.actions.riskRequests.heading });
    await expect(riskRequests).toContainText('PM-0001');
    await expect(riskRequests).toContainText(lesson);

    // 6. The crisis-event database finds it by a word of its lesson in the other script.
    await page.goto(`${app.origin}/#/postmortems`);
    await page
      .getByRole('searchbox', { name: m.database.search.label, exact: true })
      .fill('供应商合约');
    await expect(
      page
        .getByRole('list', { name: m.database.search.resultsLabel })
        .getByRole('link', { name: `PM-0001 · ${incidentTitle}` }),
    ).toBeVisible();

    // 7. The stakeholder report in 繁體中文: title, every entry, both action items; no phone outside.
    await page.goto(postmortemUrl);
    await page.getByRole('link', { name: m.page.reportLink, exact: true }).click();
    const options = page.getByRole('region', { name: en.reports.page.options.label });
    await options
      .getByRole('combobox', { name: en.reports.page.options.language, exact: true })
      .selectOption('zh-TW');
    const documentTitle = fill(zhTW.reports.document.title, {
      reference: 'INC-0001',
      title: incidentTitle,
    });
    await expect(page.getByRole('heading', { name: documentTitle })).toBeVisible();
    const internal = await printedText(page, testInfo.outputPath('internal.pdf'));
    expect(internal).toContain(incidentTitle);
    expect(internal).toContain(documentTitle.replace(/\s+/gu, ''));
    for (const text of [...entries, sopItem, riskItem, lesson]) {
      expect(internal, `${text} in the internal report`).toContain(text.replace(/\s+/gu, ''));
    }
    expect(internal).toContain(phone);
    expect(internal).toContain(statement.replace(/\s+/gu, ''));

    await options
      .getByRole('combobox', { name: en.reports.page.options.variant, exact: true })
      .selectOption('external');
    await expect(page.getByText(zhTW.reports.document.variants.external)).toBeVisible();
    const external = await printedText(page, testInfo.outputPath('external.pdf'));
    expect(external).toContain(incidentTitle);
    expect(external).toContain(sopItem.replace(/\s+/gu, ''));
    // The statement is external, so it is in the report, with the phone number masked.
    expect(external).toContain('如需協助請致電客服專線');
    expect(external).toContain('我們正在調查會員資料外洩');
    expect(external).not.toMatch(/0912|\d{4}-?\d{3}-?\d{3}/u);
    // The internal-only entry that named the number is left out altogether.
    expect(external).not.toContain('已致電法務');

    expect(errors).toEqual([]);
  });
});
