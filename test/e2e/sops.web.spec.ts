import type { Locator, Page } from '@playwright/test';
import { en } from '../../renderer/src/i18n/resources/en';
import { languageNames } from '../../renderer/src/i18n/languageNames';
import { zhCN } from '../../renderer/src/i18n/resources/zhCN';
import { starterKitFor } from '../../shared/domain/sops/starter';
import { fill, watchErrors } from './messageText';
import { expect, test } from './webServerFixture';

/**
 * The SOP library through the web transport, with the UI in 简体中文: install the starter library,
 * open the data-breach SOP, change a step and publish it as version 2, read the change in the
 * diff, start a run, tick two steps, skip one with a reason, then fill the data-breach holding
 * statement from sample values, record both approvals and copy it as plain text.
 */

const m = zhCN.sops;

/** The starter data-breach kit, whose zh-CN texts the installed SOP and templates carry. */
const kit = starterKitFor('data-breach');
if (kit === undefined) throw new Error('The starter library has no data-breach kit');
const sopTitle = kit.sop.title['zh-CN'];
const changedStep = kit.sop.steps[1];
if (changedStep === undefined) throw new Error('The data-breach SOP needs a second step');
const oldStepTitle = changedStep.title['zh-CN'];
const newStepTitle = `${oldStepTitle}（由值班法务确认）`;
const holding = kit.templates.find((template) => template.stage === 'holding');
if (holding === undefined) throw new Error('The data-breach kit needs a holding statement');
const holdingTitle = holding.title['zh-CN'];

/** A link of the SOP area's section navigation. */
function sectionLink(page: Page, name: string): Locator {
  return page
    .getByRole('navigation', { name: m.sections.label })
    .getByRole('link', { name, exact: true });
}

/** The run page's region of one step, named by its title. */
function stepRegion(page: Page, title: string): Locator {
  return page.getByRole('region', { name: title, exact: true });
}

test.describe('SOP library through the web transport', () => {
  test('installs the starter library, publishes a changed step, runs the SOP and copies a holding statement', async ({
    app,
    page,
    context,
  }) => {
    const errors = watchErrors(page);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
    await page.goto(app.url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.goto(`${app.origin}/#/settings`);
    await page
      .getByLabel(en.settings.language.label, { exact: true })
      .selectOption({ label: languageNames['zh-CN'] });
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

    // 1. Install the starter library in 简体中文 (the dialog defaults to the UI language).
    await page
      .getByRole('navigation', { name: zhCN.shell.navigationLabel })
      .getByRole('link', { name: zhCN.areas.sops.title, exact: true })
      .click();
    await expect(page.getByText(m.library.empty.status)).toBeVisible();
    await page.getByRole('button', { name: m.library.actions.install, exact: true }).click();
    const install = page.getByRole('dialog', { name: m.library.install.title });
    await expect(install.getByLabel(languageNames['zh-CN'], { exact: true }).first()).toBeChecked();
    await install.getByRole('button', { name: m.library.install.install, exact: true }).click();
    await expect(install).toBeHidden();
    const table = page.getByRole('table', { name: m.library.table.label });
    await expect(table.getByRole('link')).toHaveCount(10);

    // Full-text search finds the SOP by a Traditional-script query (converted to Simplified).
    await page.getByRole('searchbox', { name: m.search.label }).fill('數據泄露');
    const results = page.getByRole('list', { name: m.search.resultsLabel });
    await expect(
      results.getByRole('link', { name: new RegExp(sopTitle, 'u') }).first(),
    ).toBeVisible();
    await page.getByRole('searchbox', { name: m.search.label }).fill('');

    // 2. Open the data-breach SOP: the published version 1 in Simplified Chinese.
    await table.getByRole('link', { name: sopTitle, exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: sopTitle })).toBeVisible();
    await expect(page.getByText(m.starterBadge).first()).toBeVisible();
    await expect(page.getByText(oldStepTitle, { exact: false }).first()).toBeVisible();

    // 3. Change the second step's title in the draft and publish it as version 2.
    await page.getByRole('link', { name: m.library.page.editDraft, exact: true }).click();
    const stepTitle = page.getByLabel(fill(m.editor.stepTitle, { order: 2 }), { exact: true });
    await expect(stepTitle).toHaveValue(oldStepTitle);
    await stepTitle.fill(newStepTitle);
    await page.getByRole('button', { name: m.editor.save, exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: sopTitle })).toBeVisible();
    await expect(page.getByText(m.library.page.body.draftDiffers)).toBeVisible();
    await page.getByRole('button', { name: m.library.page.publish, exact: true }).click();
    const publish = page.getByRole('dialog', {
      name: fill(m.library.publish.title, { title: sopTitle }),
    });
    await publish
      .getByLabel(m.library.publish.changeNote, { exact: true })
      .fill('第 2 步须由法务确认');
    await publish.getByLabel(m.library.publish.name, { exact: true }).fill('陈美玲');
    await publish.getByRole('button', { name: m.library.publish.publish, exact: true }).click();
    await expect(publish).toBeHidden();
    await expect(
      page.getByRole('heading', { name: fill(m.library.page.body.published, { version: 2 }) }),
    ).toBeVisible();

    // 4. The diff between versions 1 and 2 shows the step's old and new title.
    await page.getByRole('link', { name: m.library.page.versions, exact: true }).click();
    await expect(
      page.getByRole('heading', { name: fill(m.library.versions.heading, { title: sopTitle }) }),
    ).toBeVisible();
    await expect(page.locator('del', { hasText: oldStepTitle }).first()).toBeVisible();
    await expect(page.locator('ins', { hasText: newStepTitle }).first()).toBeVisible();
    await expect(page.getByText('第 2 步须由法务确认')).toBeVisible();

    // 5. Start a run of version 2, tick two steps done and skip a third with a reason.
    await page.getByRole('link', { name: m.library.versions.back, exact: true }).click();
    await page.getByRole('button', { name: m.runs.start.button, exact: true }).click();
    await expect(page.getByText(m.runs.tabletop).first()).toBeVisible();
    await page.getByLabel(m.runs.page.operator.label, { exact: true }).fill('陈美玲');
    const [first, second, third] = kit.sop.steps.map((step) =>
      step.id === changedStep.id ? newStepTitle : step.title['zh-CN'],
    );
    if (first === undefined || second === undefined || third === undefined) {
      throw new Error('The data-breach SOP needs three steps');
    }
    for (const title of [first, second]) {
      await stepRegion(page, title)
        .getByRole('button', { name: m.runs.step.markDone, exact: true })
        .click();
      await expect(
        stepRegion(page, title).getByText(m.runStepStatuses.done, { exact: true }).first(),
      ).toBeVisible();
    }
    await stepRegion(page, third)
      .getByRole('button', { name: m.runs.step.skip, exact: true })
      .click();
    const skip = page.getByRole('dialog', { name: fill(m.runs.skip.title, { step: third }) });
    await skip.getByRole('button', { name: m.runs.skip.confirm, exact: true }).click();
    await expect(skip.getByText(m.validation['skip-reason-required'])).toBeVisible();
    await skip.getByLabel(m.runs.skip.reason, { exact: true }).fill('演练中由法务口头确认');
    await skip.getByRole('button', { name: m.runs.skip.confirm, exact: true }).click();
    await expect(skip).toBeHidden();
    await expect(stepRegion(page, third)).toContainText('演练中由法务口头确认');
    const total = kit.sop.steps.length;
    await expect(page.getByRole('main')).toContainText(
      fill(m.runs.page.progressText, {
        finished: 3,
        total,
        done: 2,
        skipped: 1,
        pending: total - 3,
      }),
    );

    // 6. Fill the data-breach holding statement from the sample context and copy it.
    await sectionLink(page, m.sections.templates).click();
    await page.getByRole('link', { name: holdingTitle, exact: true }).first().click();
    await expect(page.getByRole('heading', { name: holdingTitle }).first()).toBeVisible();
    const panel = page.getByRole('region', { name: m.templates.panel.heading });
    await panel.getByRole('button', { name: m.templates.panel.sample, exact: true }).click();
    if (holding.needsLegalApproval) {
      await panel.getByLabel(m.templates.panel.legalApprovedBy, { exact: true }).fill('林律师');
    }
    if (holding.needsSpokespersonApproval) {
      await panel
        .getByLabel(m.templates.panel.spokespersonApprovedBy, { exact: true })
        .fill('陈美玲');
    }
    await panel.getByRole('button', { name: m.templates.panel.copy, exact: true }).click();
    await expect(page.getByText(m.templates.notices.copied)).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(m.templates.sampleValues.company);
    expect(copied).not.toContain('{{');
    expect(copied.length).toBeGreaterThan(80);

    expect(errors).toEqual([]);
  });
});
