import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { crisisTypes } from '../../../../shared/domain/crisisTypes';
import { builtInRoles } from '../../../../shared/domain/roster/crisisRoles';
import type { Language } from '../../../../shared/domain/settings';
import { languages } from '../../../../shared/domain/settings';
import { defaultSeverityLevels } from '../../../../shared/domain/severity';
import {
  builtInChannels,
  builtInStakeholders,
  commMatrixCellSchema,
} from '../../../../shared/domain/sops/commMatrix';
import { sopContentSchema, sopSchema } from '../../../../shared/domain/sops/sop';
import { sopVersionSchema } from '../../../../shared/domain/sops/sopVersions';
import { starterLibrary } from '../../../../shared/domain/sops/starter/index';
import {
  planStarterInstall,
  starterMatrixCells,
  starterSopContent,
  starterStoredTemplate,
  starterTemplateId,
} from '../../../../shared/domain/sops/starterLibrary';
import type {
  StarterInstallPlan,
  StarterKit,
  StoredIds,
  Written,
} from '../../../../shared/domain/sops/starterLibrary';
import {
  fillTemplate,
  parsePlaceholders,
  placeholderNames,
  storedStatementTemplateSchema,
} from '../../../../shared/domain/sops/statementTemplates';
import type { PlaceholderContext } from '../../../../shared/domain/sops/statementTemplates';

const now = Date.UTC(2025, 0, 15, 9, 30);
const today = '2025-01-15';
const changeNote = 'Installed from the starter library';
const publishedBy = 'Mei Lin';

const roleIds = new Set<string>(builtInRoles.map((role) => role.id));
const severityIds = new Set(defaultSeverityLevels.map((level) => level.id));

/** A value for every placeholder, as an incident would supply them. */
const fullContext: PlaceholderContext = {
  company: 'Acme Ltd',
  product: 'Acme Pay',
  incidentTitle: 'unauthorised access to customer accounts',
  detectedAt: '15 January, 09:00',
  whatWeKnow: 'Some customer email addresses were exposed.',
  whatWeAreDoing: 'We closed the gap and are contacting affected customers.',
  nextUpdateAt: '15 January, 18:00',
  spokesperson: 'Mei Lin',
};

const nothingStored: StoredIds = {
  sopIds: new Set(),
  templateIds: new Set(),
  cellIds: new Set(),
};

/** A kit's texts that name or explain something, with where they sit (for failure messages). */
function titlesAndBodies(kit: StarterKit): { where: string; text: Written }[] {
  return [
    { where: 'summary', text: kit.summary },
    ...kit.typicalRisks.map((text, index) => ({ where: `typicalRisks[${index}]`, text })),
    { where: 'sop.title', text: kit.sop.title },
    { where: 'sop.purpose', text: kit.sop.purpose },
    { where: 'sop.triggerCriteria', text: kit.sop.triggerCriteria },
    ...kit.sop.steps.flatMap((step) => [
      { where: `${step.id}.title`, text: step.title },
      { where: `${step.id}.notes`, text: step.notes },
    ]),
    ...kit.templates.flatMap((template) => [
      { where: `${template.id}.title`, text: template.title },
      { where: `${template.id}.body`, text: template.body },
    ]),
  ];
}

/** Every text of a kit, with where it sits. */
function allTexts(kit: StarterKit): { where: string; text: Written }[] {
  return [
    ...titlesAndBodies(kit),
    ...kit.sop.steps.flatMap((step) => [
      ...step.checklist.map((item) => ({ where: item.id, text: item.text })),
      ...step.resources.map((text, index) => ({ where: `${step.id}.resources[${index}]`, text })),
    ]),
    ...kit.matrix.flatMap((cell) => [
      { where: `${cell.stakeholderId}|${cell.channelId}.timing`, text: cell.timing },
      { where: `${cell.stakeholderId}|${cell.channelId}.note`, text: cell.note },
    ]),
  ];
}

/** The ids a plan writes, as the stored ids a later plan is given. */
function storedIdsOf(plan: StarterInstallPlan): StoredIds {
  return {
    sopIds: new Set(plan.sops.map((sop) => sop.id)),
    templateIds: new Set(plan.templates.map((template) => template.id)),
    cellIds: new Set(plan.cells.map((cell) => cell.id)),
  };
}

/** Items that occur more than once. */
function duplicates(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

/**
 * The Han characters of `text` that `convert` changes when converted one by one (so phrase rules
 * such as 了解 → 瞭解 do not count), apart from `shared` ones.
 */
function charactersOfOtherScript(
  text: string,
  convert: (text: string) => string,
  shared: ReadonlySet<string>,
): string[] {
  return [...new Set(text)].filter(
    (character) =>
      hanCharacter.test(character) && !shared.has(character) && convert(character) !== character,
  );
}

/** The data-breach kit (the end-to-end test opens its SOP). */
function dataBreachKit(): StarterKit {
  const kit = starterLibrary.find((candidate) => candidate.crisisTypeId === 'data-breach');
  if (kit === undefined) {
    throw new Error('the starter library has no data-breach kit');
  }
  return kit;
}

const hanCharacter = /\p{Script=Han}/u;
const htmlTag = /<\/?[a-z][^>]*>/iu;
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
// Characters standard in both scripts that OpenCC still maps to a variant one by one (平台 and
// 平臺, 核准 and 核準, 污染 and 汙染; 什么, 显著): not a sign of the other script.
const sharedInTaiwanText = new Set(['台', '准', '污']);
const sharedInMainlandText = new Set(['么', '著']);
// Mainland wording in Taiwan text and the other way round (the brief's regional vocabulary).
const mainlandWording = /信息|網絡|軟件|視頻|質量|短信|帖子|數據庫/u;
const taiwanWording = /网路|软体|讯息|个资|资安|简讯|贴文|影片/u;

describe('starterLibrary', () => {
  it('has one kit per starter crisis type, in the order of crisisTypes', () => {
    expect(starterLibrary.map((kit) => kit.crisisTypeId)).toEqual([...crisisTypes]);
  });

  it('uses ids that are unique across the whole library', () => {
    expect(duplicates(starterLibrary.map((kit) => kit.sop.id))).toEqual([]);
    const templateIds = starterLibrary.flatMap((kit) => kit.templates.map((t) => t.id));
    expect(duplicates(templateIds)).toEqual([]);
    const installedTemplateIds = starterLibrary.flatMap((kit) =>
      kit.templates.flatMap((template) =>
        languages.map((language) => starterTemplateId(template, language)),
      ),
    );
    expect(duplicates(installedTemplateIds)).toEqual([]);
    const cellIds = starterLibrary.flatMap((kit) =>
      starterMatrixCells(kit, 'en').map((cell) => cell.id),
    );
    expect(duplicates(cellIds)).toEqual([]);
    const stepPrefixes = starterLibrary.map((kit) => kit.sop.steps[0]?.id.replace(/-s1$/u, ''));
    expect(duplicates(stepPrefixes.map(String))).toEqual([]);
  });

  it('installs every kit into empty storage, and nothing when given back what it stored', () => {
    const first = planStarterInstall({
      kits: starterLibrary,
      language: 'zh-CN',
      templateLanguages: languages,
      stored: nothingStored,
      now,
      today,
      changeNote,
      publishedBy,
    });
    const templateCount = starterLibrary.reduce((sum, kit) => sum + kit.templates.length, 0);
    const cellCount = starterLibrary.reduce((sum, kit) => sum + kit.matrix.length, 0);
    expect(first.sops).toHaveLength(starterLibrary.length);
    expect(first.versions).toHaveLength(starterLibrary.length);
    expect(first.templates).toHaveLength(templateCount * languages.length);
    expect(first.cells).toHaveLength(cellCount);
    for (const sop of first.sops) {
      expect(sopSchema.safeParse(sop).error?.issues).toBeUndefined();
      expect(sop).toMatchObject({ isStarter: true, publishedVersion: 1, lastReviewedOn: today });
    }
    for (const version of first.versions) {
      expect(sopVersionSchema.safeParse(version).error?.issues).toBeUndefined();
      expect(version).toMatchObject({ version: 1, changeNote, publishedBy, publishedAt: now });
      expect(version.content).toEqual(first.sops.find((sop) => sop.id === version.sopId)?.content);
    }
    for (const template of first.templates) {
      expect(storedStatementTemplateSchema.safeParse(template).error?.issues).toBeUndefined();
    }
    for (const cell of first.cells) {
      expect(commMatrixCellSchema.safeParse(cell).error?.issues).toBeUndefined();
    }

    const second = planStarterInstall({
      kits: starterLibrary,
      language: 'zh-CN',
      templateLanguages: languages,
      stored: storedIdsOf(first),
      now: now + 60_000,
      today,
      changeNote,
      publishedBy,
    });
    expect(second).toEqual({ sops: [], versions: [], templates: [], cells: [] });
  });
});

describe('planStarterInstall', () => {
  const kit = dataBreachKit();

  it('writes SOPs and matrix texts in the chosen language', () => {
    const plan = planStarterInstall({
      kits: [kit],
      language: 'zh-CN',
      templateLanguages: ['zh-CN'],
      stored: nothingStored,
      now,
      today,
      changeNote,
      publishedBy,
    });
    expect(plan.sops.map((sop) => sop.content.title)).toEqual([kit.sop.title['zh-CN']]);
    expect(plan.sops[0]?.content.steps.map((step) => step.title)).toEqual(
      kit.sop.steps.map((step) => step.title['zh-CN']),
    );
    expect(plan.cells.map((cell) => cell.timing)).toEqual(
      kit.matrix.map((cell) => cell.timing['zh-CN']),
    );
  });

  it('skips exactly the SOPs, templates and cells whose ids are already stored', () => {
    const [firstTemplate] = kit.templates;
    const [firstCell] = starterMatrixCells(kit, 'en');
    if (firstTemplate === undefined || firstCell === undefined) {
      throw new Error('the data-breach kit needs a template and a matrix cell');
    }
    const storedTemplateId = starterTemplateId(firstTemplate, 'en');
    const plan = planStarterInstall({
      kits: [kit],
      language: 'en',
      templateLanguages: ['en', 'zh-TW'],
      stored: {
        sopIds: new Set([kit.sop.id]),
        templateIds: new Set([storedTemplateId]),
        cellIds: new Set([firstCell.id]),
      },
      now,
      today,
      changeNote,
      publishedBy,
    });
    expect(plan.sops).toEqual([]);
    expect(plan.versions).toEqual([]);
    const expectedTemplateIds = kit.templates
      .flatMap((template) => [
        starterTemplateId(template, 'en'),
        starterTemplateId(template, 'zh-TW'),
      ])
      .filter((id) => id !== storedTemplateId);
    expect(plan.templates.map((template) => template.id)).toEqual(expectedTemplateIds);
    expect(plan.cells.map((cell) => cell.id)).toEqual(
      starterMatrixCells(kit, 'en')
        .map((cell) => cell.id)
        .filter((id) => id !== firstCell.id),
    );
  });

  it('installs templates only in the chosen languages, once each, in app-language order', () => {
    const plan = planStarterInstall({
      kits: [kit],
      language: 'en',
      templateLanguages: ['zh-CN', 'en', 'zh-CN'],
      stored: nothingStored,
      now,
      today,
      changeNote,
      publishedBy,
    });
    expect(plan.templates.map((template) => [template.id, template.language])).toEqual(
      kit.templates.flatMap((template) => [
        [`${template.id}-en`, 'en'],
        [`${template.id}-zh-CN`, 'zh-CN'],
      ]),
    );
    for (const template of plan.templates) {
      const source = kit.templates.find((candidate) => template.id.startsWith(candidate.id));
      expect(template.body).toBe(source?.body[template.language]);
    }
  });

  it('installs no templates when no template language is chosen, but still the SOP and cells', () => {
    const plan = planStarterInstall({
      kits: [kit],
      language: 'zh-TW',
      templateLanguages: [],
      stored: nothingStored,
      now,
      today,
      changeNote,
      publishedBy,
    });
    expect(plan.templates).toEqual([]);
    expect(plan.sops).toHaveLength(1);
    expect(plan.cells).toHaveLength(kit.matrix.length);
  });
});

describe.each(starterLibrary.map((kit) => [kit.crisisTypeId, kit] as const))(
  'starter kit %s',
  (crisisTypeId, kit) => {
    it.each(languages)('has SOP content that validates in %s', (language: Language) => {
      const result = sopContentSchema.safeParse(starterSopContent(kit, language));
      expect(result.error?.issues).toBeUndefined();
    });

    it('follows the id conventions', () => {
      expect(kit.sop.id).toBe(`starter-sop-${crisisTypeId}`);
      const prefix = kit.sop.steps[0]?.id.replace(/-s1$/u, '') ?? '';
      expect(prefix).toMatch(/^[a-z]+$/u);
      kit.sop.steps.forEach((step, stepIndex) => {
        expect(step.id).toBe(`${prefix}-s${stepIndex + 1}`);
        step.checklist.forEach((item, itemIndex) => {
          expect(item.id).toBe(`${step.id}-c${itemIndex + 1}`);
        });
      });
      for (const template of kit.templates) {
        expect(template.id).toBe(
          `starter-tpl-${crisisTypeId}-${template.stage}-${template.audience}`,
        );
      }
    });

    it('has the expected shape: risks, steps, checklists, resources, cells, templates', () => {
      expect(kit.typicalRisks.length).toBeGreaterThanOrEqual(3);
      expect(kit.typicalRisks.length).toBeLessThanOrEqual(5);
      expect(kit.sop.steps.length).toBeGreaterThanOrEqual(6);
      expect(kit.sop.steps.length).toBeLessThanOrEqual(8);
      for (const step of kit.sop.steps) {
        expect(step.checklist.length, step.id).toBeGreaterThanOrEqual(2);
        expect(step.checklist.length, step.id).toBeLessThanOrEqual(5);
        expect(step.resources.length, step.id).toBeLessThanOrEqual(3);
      }
      expect(kit.matrix.length).toBeGreaterThanOrEqual(5);
      expect(kit.matrix.length).toBeLessThanOrEqual(8);
      expect(kit.templates).toHaveLength(4);
    });

    it('words each typical risk as a cause and its consequence', () => {
      for (const risk of kit.typicalRisks) {
        expect(risk.en).toMatch(/^If .+, then .+/u);
        expect(risk['zh-TW']).toMatch(/^若.+，則.+/u);
        expect(risk['zh-CN']).toMatch(/^如果.+，那么.+/u);
      }
    });

    it('names only built-in roles and default severity levels', () => {
      expect(roleIds.has(kit.sop.ownerRoleId), kit.sop.ownerRoleId).toBe(true);
      for (const step of kit.sop.steps) {
        expect(roleIds.has(step.ownerRoleId ?? ''), `${step.id}: ${step.ownerRoleId}`).toBe(true);
      }
      for (const cell of kit.matrix) {
        expect(roleIds.has(cell.ownerRoleId), cell.ownerRoleId).toBe(true);
      }
      expect(kit.sop.severityIds.length).toBeGreaterThan(0);
      for (const severityId of kit.sop.severityIds) {
        expect(severityIds.has(severityId), severityId).toBe(true);
      }
    });

    it('has holding and first-statement templates', () => {
      const stages = kit.templates.map((template) => template.stage);
      expect(stages).toContain('holding');
      expect(stages).toContain('first-statement');
    });

    it.each(languages)(
      'has templates that validate, use known placeholders and fill in %s',
      (language: Language) => {
        for (const template of kit.templates) {
          const stored = starterStoredTemplate(kit, template, language, now);
          const result = storedStatementTemplateSchema.safeParse(stored);
          expect(result.error?.issues, template.id).toBeUndefined();
          const { names, issues } = parsePlaceholders(stored.body);
          expect(issues, template.id).toEqual([]);
          for (const name of names) {
            expect(placeholderNames, `${template.id}: ${name}`).toContain(name);
          }
          // Every placeholder the body uses is installed as required.
          expect([...new Set(names)].sort(), template.id).toEqual(
            [...stored.requiredPlaceholders].sort(),
          );
          const filled = fillTemplate(stored, fullContext);
          expect(filled, template.id).toMatchObject({ ok: true });
          if (filled.ok) {
            expect(filled.text).not.toContain('{{');
            expect(filled.text).toContain(fullContext.company);
          }
        }
      },
    );

    it('uses the same placeholders in every language of a template', () => {
      for (const template of kit.templates) {
        const english = parsePlaceholders(template.body.en).names.sort();
        expect(parsePlaceholders(template.body['zh-TW']).names.sort(), template.id).toEqual(
          english,
        );
        expect(parsePlaceholders(template.body['zh-CN']).names.sort(), template.id).toEqual(
          english,
        );
      }
    });

    it.each(languages)('has matrix cells that validate in %s', (language: Language) => {
      for (const cell of starterMatrixCells(kit, language)) {
        expect(commMatrixCellSchema.safeParse(cell).error?.issues, cell.id).toBeUndefined();
      }
    });

    it('fills matrix cells with built-in groups and stages the kit has templates for', () => {
      const stages = new Set<string>(kit.templates.map((template) => template.stage));
      for (const cell of kit.matrix) {
        expect(builtInStakeholders).toContain(cell.stakeholderId);
        expect(builtInChannels).toContain(cell.channelId);
        if (cell.templateStage !== null) {
          expect(stages.has(cell.templateStage), `${cell.stakeholderId}|${cell.channelId}`).toBe(
            true,
          );
        }
      }
    });

    it('has every text in all three languages, Chinese in Chinese and English without it', () => {
      for (const { where, text } of allTexts(kit)) {
        for (const language of languages) {
          expect(text[language].trim(), `${where} ${language}`).not.toBe('');
        }
        expect(text.en, where).not.toMatch(hanCharacter);
        expect(text['zh-TW'], where).toMatch(hanCharacter);
        expect(text['zh-CN'], where).toMatch(hanCharacter);
      }
    });

    it('writes titles and bodies separately for Taiwan and the mainland', () => {
      for (const { where, text } of titlesAndBodies(kit)) {
        expect(text['zh-TW'], where).not.toBe(text['zh-CN']);
        expect(text['zh-TW'], where).not.toBe(text.en);
        expect(text['zh-CN'], where).not.toBe(text.en);
      }
    });

    it('writes Taiwan text in Traditional characters and mainland text in Simplified', () => {
      for (const { where, text } of allTexts(kit)) {
        expect(
          charactersOfOtherScript(text['zh-TW'], toTraditional, sharedInTaiwanText),
          `${where} zh-TW`,
        ).toEqual([]);
        expect(
          charactersOfOtherScript(text['zh-CN'], toSimplified, sharedInMainlandText),
          `${where} zh-CN`,
        ).toEqual([]);
      }
    });

    it('uses each region’s own wording', () => {
      for (const { where, text } of allTexts(kit)) {
        expect(text['zh-TW'], `${where} zh-TW`).not.toMatch(mainlandWording);
        expect(text['zh-CN'], `${where} zh-CN`).not.toMatch(taiwanWording);
      }
    });

    it('writes Markdown without HTML', () => {
      const markdown = [
        kit.sop.purpose,
        kit.sop.triggerCriteria,
        ...kit.sop.steps.map((step) => step.notes),
      ];
      for (const text of markdown) {
        for (const language of languages) {
          expect(text[language]).not.toMatch(htmlTag);
        }
      }
    });
  },
);
