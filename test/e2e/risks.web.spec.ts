import type { Browser, Locator, Page, TestInfo } from '@playwright/test';
import { languageNames } from '../../renderer/src/i18n/languageNames';
import { en } from '../../renderer/src/i18n/resources/en';
import { zhTW } from '../../renderer/src/i18n/resources/zhTW';
import { defaultRiskMatrix } from '../../shared/domain/risks/riskMatrix';
import { fill, plural, watchErrors } from './messageText';
import { expect, test } from './webServerFixture';
import type { RunningApp } from './webServerFixture';

/** The languages the scenario runs in, with the app's own messages for each. */
const messagesByLanguage = { en, 'zh-TW': zhTW } as const;

/** One of the languages the scenario runs in. */
type ScenarioLanguage = keyof typeof messagesByLanguage;

/** A risk as the scenario types it, and what it changes on the way. */
type Scenario = {
  language: ScenarioLanguage;
  title: string;
  /** Null: the title is kept when editing. */
  editedTitle: string | null;
  /** Typed in multiple lines, with quotes, commas and a leading `=` a spreadsheet would run. */
  description: string;
  /** A built-in category id, or the name of a category the scenario adds through the form. */
  category: { builtIn: keyof typeof en.risks.categories } | { customName: string };
  owner: string;
  editedOwner: string;
  stakeholders: readonly string[];
  controlTitle: string;
};

/**
 * The same flow once in English and once in 繁體中文; the Chinese run also adds its own category,
 * which the import must create again by name.
 */
const scenarios: readonly Scenario[] = [
  {
    language: 'en',
    title: 'If a supplier ships contaminated ingredients, then products are recalled',
    editedTitle: null,
    description: '=SUM(1,2) is how the "lot report" starts;\nsecond line, with a comma',
    category: { builtIn: 'supply-chain' },
    owner: 'Head of Quality',
    editedOwner: 'Head of Supply Chain',
    stakeholders: ['Retail partners', 'Food safety authority'],
    controlTitle: 'Supplier audits with lot testing',
  },
  {
    language: 'zh-TW',
    title: '如果供應商原料受污染，則產品須下架',
    editedTitle: '如果供應商原料受污染，則產品須下架並面對媒體追問',
    description: '=SUM(1,2) 是「批次報告」的開頭；\n第二行，含逗號, 與 "引號"',
    category: { customName: '食品供應商品質' },
    owner: '品保部 王經理',
    editedOwner: '供應鏈處 陳協理',
    stakeholders: ['通路夥伴', '衛生福利部食品藥物管理署'],
    controlTitle: '供應商稽核與批次檢驗',
  },
];

/** The likelihood and impact level names of the default 5×5 matrix, in `language`. */
function levelNames(language: ScenarioLanguage) {
  const matrix = defaultRiskMatrix();
  const bandNamed = (id: string) => {
    const band = matrix.bands.find((candidate) => candidate.id === id);
    if (band === undefined) throw new Error(`The default matrix has no ${id} band`);
    return band.label[language];
  };
  return {
    likelihood: (level: number) => matrix.likelihoodLabels[level - 1]?.[language] ?? '',
    impact: (level: number) => matrix.impactLabels[level - 1]?.[language] ?? '',
    band: bandNamed,
  };
}

/** Every label the scenario finds elements by, in the UI language, from the app's messages. */
function labelsFor(language: ScenarioLanguage) {
  const m = messagesByLanguage[language];
  const risks = m.risks;
  const levels = levelNames(language);
  const levelOption = (level: number, name: string) =>
    fill(risks.detail.scoring.level, { level, label: name });
  const cell = (likelihood: number, impact: number, count: number, band: string) => ({
    button: plural(risks.register.heatMap, 'cellLabel', count, {
      likelihood,
      likelihoodName: levels.likelihood(likelihood),
      impact,
      impactName: levels.impact(impact),
      band,
    }),
    heading: plural(risks.register.heatMap, 'cellHeading', count, {
      likelihood,
      likelihoodName: levels.likelihood(likelihood),
      impact,
      impactName: levels.impact(impact),
    }),
  });
  return {
    m,
    levels,
    likelihoodOption: (level: number) => levelOption(level, levels.likelihood(level)),
    impactOption: (level: number) => levelOption(level, levels.impact(level)),
    /** "20 Critical", as a score badge reads. */
    badge: (score: number, bandId: string) => `${score} ${levels.band(bandId)}`,
    scoreCell: (likelihood: number, impact: number) =>
      fill(risks.detail.scores.cell, {
        likelihood: levelOption(likelihood, levels.likelihood(likelihood)),
        impact: levelOption(impact, levels.impact(impact)),
      }),
    scoringResult: (likelihood: number, impact: number) =>
      fill(risks.detail.scoring.result, { likelihood, impact }),
    derivedFrom: (percent: number) =>
      fill(risks.detail.scores.derivedFrom, {
        effectiveness: new Intl.NumberFormat(language, {
          style: 'percent',
          maximumFractionDigits: 0,
        }).format(percent / 100),
      }),
    cell,
    importCommit: (count: number) => plural(risks.transfer.import, 'commit', count),
    imported: (count: number) => plural(risks.notices, 'imported', count),
    fileSummary: (fileName: string, count: number) =>
      plural(risks.transfer.import, 'fileSummary', count, { fileName }),
    previewCaption: (count: number) => fill(risks.transfer.import.preview, { count }),
  };
}

type Labels = ReturnType<typeof labelsFor>;

/** Opens the app from the printed URL (token → session cookie) in `language`, on `#/risks`. */
async function openRisks(page: Page, app: RunningApp, labels: Labels, language: ScenarioLanguage) {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  if (language !== 'en') {
    await page.goto(`${app.origin}/#/settings`);
    await page
      .getByLabel(en.settings.language.label, { exact: true })
      .selectOption({ label: languageNames[language] });
    await expect(page.locator('html')).toHaveAttribute('lang', language);
  }
  const navigation = page.getByRole('navigation', { name: labels.m.shell.navigationLabel });
  await navigation.getByRole('link', { name: labels.m.areas.risks.title, exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: labels.m.areas.risks.title }),
  ).toBeVisible();
}

/** A link of the Risks area's section navigation (Register, Heat map, Recycle bin). */
function sectionLink(page: Page, labels: Labels, name: string): Locator {
  return page
    .getByRole('navigation', { name: labels.m.risks.register.sectionsLabel })
    .getByRole('link', { name, exact: true });
}

/** The notices region (polite): success messages land here. */
function notices(page: Page, labels: Labels): Locator {
  return page.getByRole('status', { name: labels.m.notices.regionLabel });
}

/** The register table's body rows, each as the texts of its cells. */
async function registerRows(page: Page, labels: Labels, count: number): Promise<string[][]> {
  const table = page.getByRole('table', { name: labels.m.risks.register.tableLabel });
  const rows = table.getByRole('row').filter({ has: page.getByRole('cell') });
  await expect(rows).toHaveCount(count);
  const texts: string[][] = [];
  for (const row of await rows.all()) {
    // Layout may break a score badge over two lines; the words are what is compared.
    texts.push(
      (await row.getByRole('cell').allInnerTexts()).map((text) =>
        text.replace(/\s+/gu, ' ').trim(),
      ),
    );
  }
  return texts;
}

/** What the risk page shows of a risk (its timeline aside, which tells creation from import). */
async function riskPageTexts(page: Page, labels: Labels) {
  const { m } = labels;
  const heading = page.getByRole('heading', { level: 2 }).first();
  const facts = page.getByRole('region', { name: m.risks.detail.facts.heading });
  const scores = page.getByRole('region', { name: m.risks.detail.scores.heading });
  const controls = page
    .getByRole('region', { name: m.risks.fields.controls })
    .getByRole('table', { name: m.risks.fields.controls });
  await expect(scores).toBeVisible();
  return {
    heading: await heading.innerText(),
    facts: await facts.innerText(),
    scores: await scores.innerText(),
    controls: await controls.getByRole('row').allInnerTexts(),
  };
}

/** Checks the risk page's score cards: score and band, cell, and where the score comes from. */
async function expectScores(
  page: Page,
  labels: Labels,
  expected: Record<'inherent' | 'current' | 'target', [number, number, string]>,
  effectiveness: number,
) {
  const { m } = labels;
  const scores = page.getByRole('region', { name: m.risks.detail.scores.heading });
  for (const kind of ['inherent', 'current', 'target'] as const) {
    const [likelihood, impact, bandId] = expected[kind];
    const card = scores.getByRole('listitem', { name: m.risks.scoreKinds[kind], exact: true });
    await expect(card).toContainText(labels.badge(likelihood * impact, bandId));
    await expect(card).toContainText(labels.scoreCell(likelihood, impact));
    if (kind !== 'inherent') await expect(card).toContainText(labels.derivedFrom(effectiveness));
  }
}

/** Opens the heat map with `mode` scores and checks the risk is alone in the expected cell. */
async function expectOnHeatMap(
  page: Page,
  labels: Labels,
  mode: 'inherent' | 'current',
  place: { likelihood: number; impact: number; bandId: string },
  title: string,
  emptyCell: { likelihood: number; impact: number; bandId: string },
) {
  const { m } = labels;
  const heatMap = m.risks.register.heatMap;
  await sectionLink(page, labels, heatMap.heading).click();
  await expect(page.getByRole('heading', { level: 2, name: heatMap.heading })).toBeVisible();
  await page
    .getByRole('radio', { name: mode === 'inherent' ? heatMap.modeInherent : heatMap.modeCurrent })
    .check();
  const grid = page.getByRole('table', {
    name: mode === 'inherent' ? heatMap.tableLabelInherent : heatMap.tableLabelCurrent,
  });
  const cell = labels.cell(place.likelihood, place.impact, 1, labels.levels.band(place.bandId));
  const button = grid.getByRole('button', { name: cell.button, exact: true });
  await expect(button).toBeEnabled();
  await expect(button).toContainText('1');
  // Exactly one cell holds a risk; the other place the risk could have been is empty.
  await expect(grid.getByRole('button', { disabled: false })).toHaveCount(1);
  const other = labels.cell(
    emptyCell.likelihood,
    emptyCell.impact,
    0,
    labels.levels.band(emptyCell.bandId),
  );
  await expect(grid.getByRole('button', { name: other.button, exact: true })).toBeDisabled();

  await button.click();
  const list = page.getByRole('region', { name: cell.heading, exact: true });
  await expect(list).toBeVisible();
  const link = list.getByRole('link', { name: title, exact: true });
  await expect(list.getByRole('link')).toHaveCount(1);
  await link.click();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
}

/** Adds the scenario's category as a new one through the form's "Add a category…". */
async function addCategory(dialog: Locator, labels: Labels, name: string) {
  const form = labels.m.risks.detail.form;
  await dialog
    .getByLabel(labels.m.risks.fields.categoryId, { exact: true })
    .selectOption({ label: form.addCategory });
  await dialog.getByLabel(form.newCategoryName, { exact: true }).fill(name);
  await dialog.getByRole('button', { name: form.addCategoryConfirm, exact: true }).click();
  await expect(dialog.getByLabel(labels.m.risks.fields.categoryId, { exact: true })).toHaveValue(
    /^custom-/u,
  );
}

/** The label the register and the risk page show for the scenario's category. */
function categoryLabel(scenario: Scenario, labels: Labels): string {
  return 'builtIn' in scenario.category
    ? labels.m.risks.categories[scenario.category.builtIn]
    : scenario.category.customName;
}

/** Creates, scores, edits, controls, exports and re-imports one risk in `scenario.language`. */
async function runScenario(
  browser: Browser,
  page: Page,
  app: RunningApp,
  scenario: Scenario,
  testInfo: TestInfo,
) {
  const { language } = scenario;
  const labels = labelsFor(language);
  const { m } = labels;
  const form = m.risks.detail.form;
  const title = scenario.editedTitle ?? scenario.title;
  const errors = watchErrors(page);

  // 1. A new risk through "New risk", scored 4 × 5 = 20 (Critical) before any control.
  await openRisks(page, app, labels, language);
  await expect(
    page.getByRole('heading', { level: 3, name: m.risks.register.empty.heading }),
  ).toBeVisible();
  await page.getByRole('button', { name: m.risks.detail.newRisk, exact: true }).click();
  const createDialog = page.getByRole('dialog', { name: form.createTitle });
  await expect(createDialog).toBeVisible();
  await createDialog.getByLabel(m.risks.fields.title, { exact: true }).fill(scenario.title);
  await createDialog
    .getByLabel(m.risks.fields.description, { exact: true })
    .fill(scenario.description);
  if ('builtIn' in scenario.category) {
    await createDialog
      .getByLabel(m.risks.fields.categoryId, { exact: true })
      .selectOption({ label: categoryLabel(scenario, labels) });
  } else {
    await addCategory(createDialog, labels, scenario.category.customName);
  }
  await createDialog.getByLabel(m.risks.fields.owner, { exact: true }).fill(scenario.owner);
  await createDialog
    .getByLabel(m.risks.fields.stakeholders, { exact: true })
    .fill(scenario.stakeholders.join('\n'));
  await createDialog
    .getByLabel(m.risks.fields.crisisType, { exact: true })
    .selectOption({ label: m.crisisTypes['product-safety'] });
  await createDialog
    .getByLabel(m.risks.fields.status, { exact: true })
    .selectOption({ label: m.risks.statuses.open });
  const inherent = createDialog.getByRole('group', { name: form.inherentScore, exact: true });
  await inherent
    .getByLabel(m.risks.detail.scoring.likelihood, { exact: true })
    .selectOption({ label: labels.likelihoodOption(4) });
  await inherent
    .getByLabel(m.risks.detail.scoring.impact, { exact: true })
    .selectOption({ label: labels.impactOption(5) });
  await expect(inherent).toContainText(
    `${labels.scoringResult(4, 5)} ${labels.badge(20, 'critical')}`,
  );
  await createDialog.getByRole('button', { name: form.save, exact: true }).click();
  await expect(createDialog).toBeHidden();
  await expect(page).toHaveURL(/#\/risks\/[^/]+$/u);
  await expect(
    page.getByRole('heading', { level: 2, name: `R-0001 ${scenario.title}`, exact: true }),
  ).toBeVisible();
  await expectScores(
    page,
    labels,
    { inherent: [4, 5, 'critical'], current: [4, 5, 'critical'], target: [4, 5, 'critical'] },
    0,
  );

  // 2. The inherent heat map holds it at likelihood 4 × impact 5; the cell leads back to it.
  await expectOnHeatMap(
    page,
    labels,
    'inherent',
    { likelihood: 4, impact: 5, bandId: 'critical' },
    scenario.title,
    { likelihood: 2, impact: 5, bandId: 'high' },
  );

  // 3. Edit: a new owner (and, in Chinese, a longer title) shows on the page.
  await page.getByRole('button', { name: m.risks.detail.editRisk, exact: true }).click();
  const editDialog = page.getByRole('dialog', { name: form.editTitle });
  await expect(editDialog.getByLabel(m.risks.fields.title, { exact: true })).toHaveValue(
    scenario.title,
  );
  if (scenario.editedTitle !== null) {
    await editDialog.getByLabel(m.risks.fields.title, { exact: true }).fill(scenario.editedTitle);
  }
  await editDialog.getByLabel(m.risks.fields.owner, { exact: true }).fill(scenario.editedOwner);
  await editDialog.getByRole('button', { name: form.save, exact: true }).click();
  await expect(editDialog).toBeHidden();
  await expect(
    page.getByRole('heading', { level: 2, name: `R-0001 ${title}`, exact: true }),
  ).toBeVisible();
  const facts = page.getByRole('region', { name: m.risks.detail.facts.heading });
  await expect(facts).toContainText(scenario.editedOwner);
  await expect(facts).not.toContainText(scenario.owner);

  // 4. An implemented control, 50 % effective, halves the likelihood: current 2 × 5 = 10 (High).
  const controls = m.risks.detail.controls;
  await page.getByRole('button', { name: controls.add, exact: true }).click();
  const controlDialog = page.getByRole('dialog', { name: controls.addTitle });
  await controlDialog.getByLabel(controls.title, { exact: true }).fill(scenario.controlTitle);
  await controlDialog.getByLabel(controls.owner, { exact: true }).fill(scenario.editedOwner);
  await controlDialog.getByLabel(controls.effectiveness, { exact: true }).fill('50');
  await controlDialog
    .getByLabel(controls.status, { exact: true })
    .selectOption({ label: m.risks.controlStatuses.implemented });
  await controlDialog.getByRole('button', { name: form.save, exact: true }).click();
  await expect(controlDialog).toBeHidden();
  const controlsTable = page
    .getByRole('region', { name: m.risks.fields.controls })
    .getByRole('table', { name: m.risks.fields.controls });
  await expect(
    controlsTable.getByRole('rowheader', { name: scenario.controlTitle, exact: true }),
  ).toBeVisible();
  await expectScores(
    page,
    labels,
    { inherent: [4, 5, 'critical'], current: [2, 5, 'high'], target: [2, 5, 'high'] },
    50,
  );
  await expectOnHeatMap(
    page,
    labels,
    'current',
    { likelihood: 2, impact: 5, bandId: 'high' },
    title,
    { likelihood: 4, impact: 5, bandId: 'critical' },
  );
  const pageBefore = await riskPageTexts(page, labels);

  // 5. Export the register as CSV: a browser download, UTF-8 with a byte order mark.
  await sectionLink(page, labels, m.risks.register.heading).click();
  const rowsBefore = await registerRows(page, labels, 1);
  const row = rowsBefore[0] ?? [];
  for (const text of [
    'R-0001',
    title,
    categoryLabel(scenario, labels),
    scenario.editedOwner,
    m.risks.statuses.open,
    labels.badge(20, 'critical'),
    labels.badge(10, 'high'),
    m.risks.treatments.mitigate,
  ]) {
    expect(row).toContain(text);
  }
  expect(row.filter((text) => text === labels.badge(10, 'high'))).toHaveLength(2);

  const downloadStarted = page.waitForEvent('download');
  await page.getByRole('button', { name: m.risks.transfer.export.button, exact: true }).click();
  const download = await downloadStarted;
  const fileName = download.suggestedFilename();
  expect(fileName).toMatch(/^risk-register-\d{4}-\d{2}-\d{2}\.csv$/u);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) {
    chunks.push(Buffer.from(chunk as Uint8Array));
  }
  const csv = Buffer.concat(chunks);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.toString('utf8')).toContain(title);
  await expect(notices(page, labels)).toContainText(
    fill(m.risks.transfer.export.downloaded, { fileName }),
  );
  await testInfo.attach(`${language}-${fileName}`, { body: csv, contentType: 'text/csv' });

  // 6. A new browser context has an empty register: import the file there.
  // (Playwright's `trace: 'retain-on-failure'` records this context too.)
  const importedContext = await browser.newContext();
  try {
    const imported = await importedContext.newPage();
    const importedErrors = watchErrors(imported);
    await openRisks(imported, app, labels, language);
    await expect(
      imported.getByRole('heading', { level: 3, name: m.risks.register.empty.heading }),
    ).toBeVisible();
    await importFile(imported, labels, { name: fileName, buffer: csv }, title);

    const rowsAfter = await registerRows(imported, labels, 1);
    expect(rowsAfter).toEqual(rowsBefore);

    await imported
      .getByRole('table', { name: m.risks.register.tableLabel })
      .getByRole('link', { name: title, exact: true })
      .click();
    await expect(
      imported.getByRole('heading', { level: 2, name: `R-0001 ${title}`, exact: true }),
    ).toBeVisible();
    await expectScores(
      imported,
      labels,
      { inherent: [4, 5, 'critical'], current: [2, 5, 'high'], target: [2, 5, 'high'] },
      50,
    );
    expect(await riskPageTexts(imported, labels)).toEqual(pageBefore);
    await expectOnHeatMap(
      imported,
      labels,
      'current',
      { likelihood: 2, impact: 5, bandId: 'high' },
      title,
      { likelihood: 4, impact: 5, bandId: 'critical' },
    );

    await expect(imported.getByRole('alert', { name: m.notices.alertRegionLabel })).toBeEmpty();
    expect(importedErrors).toEqual([]);
  } finally {
    await importedContext.close();
  }
  await expect(page.getByRole('alert', { name: m.notices.alertRegionLabel })).toBeEmpty();
  expect(errors).toEqual([]);
}

/** Imports a CSV file through Import CSV: file, column mapping, check and commit. */
async function importFile(
  page: Page,
  labels: Labels,
  file: { name: string; buffer: Buffer },
  title: string,
) {
  const { m } = labels;
  const steps = m.risks.transfer.import;
  await page.getByRole('button', { name: steps.button, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: steps.title });
  await expect(dialog).toBeVisible();
  await dialog
    .getByLabel(steps.fileLabel, { exact: true })
    .setInputFiles({ name: file.name, mimeType: 'text/csv', buffer: file.buffer });
  await expect(dialog.getByLabel(m.fileImport.charsetLabel, { exact: true })).toHaveValue('utf-8');
  await expect(dialog).toContainText(labels.fileSummary(file.name, 1));
  await dialog.getByRole('button', { name: steps.next, exact: true }).click();

  // The exported header maps by itself.
  await expect(
    dialog.getByLabel(`${m.risks.transfer.fields.title} ${steps.required}`, { exact: true }),
  ).toHaveValue(/^\d+$/u);
  await dialog.getByRole('button', { name: steps.next, exact: true }).click();

  const preview = dialog.getByRole('table', { name: labels.previewCaption(1) });
  await expect(preview).toBeVisible();
  await expect(preview.getByRole('row').filter({ hasText: title })).toContainText('R-0001');
  await expect(dialog).toContainText(steps.noErrors);
  await dialog.getByRole('button', { name: labels.importCommit(1), exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(notices(page, labels)).toContainText(labels.imported(1));
}

test.describe('risk register through the web transport', () => {
  for (const scenario of scenarios) {
    test(`creates, maps, edits, controls, exports and re-imports a risk (${scenario.language})`, async ({
      app,
      browser,
      page,
    }, testInfo) => {
      await runScenario(browser, page, app, scenario, testInfo);
    });
  }
});
