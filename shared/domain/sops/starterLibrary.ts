import type { CrisisType } from '../crisisTypes';
import type { Language } from '../settings';
import { languages } from '../settings';
import type { CommMatrixCell, builtInChannels, builtInStakeholders } from './commMatrix';
import { commMatrixCellId } from './commMatrix';
import type { Sop, SopContent } from './sop';
import type { SopVersion } from './sopVersions';
import { isPlaceholderName, parsePlaceholders } from './statementTemplates';
import type { StatementStage, StoredStatementTemplate } from './statementTemplates';

/**
 * The starter library: for each starter crisis type, an SOP, a row of the communication matrix and
 * statement templates, written by the Crisis Room team in English, Traditional and Simplified
 * Chinese from the seed documents' guidance. It is a starting point to adapt, and the UI says so:
 * installed documents are marked `isStarter`. Installing never overwrites what a user already has
 * (ids are stable, and an id already present is skipped), so installing twice is harmless.
 */

/** A text written once per app language. Unlike `LocalizedText` it has no length cap. */
export type Written = Readonly<Record<Language, string>>;

/** One checklist item of a starter step; ids are stable (`<kit>-<step>-<n>`). */
export type StarterChecklistItem = { readonly id: string; readonly text: Written };

/** One step of a starter SOP; `targetMinutes` counts from activation. */
export type StarterStep = {
  readonly id: string;
  readonly title: Written;
  /** A built-in crisis role id (crisisRoles.ts). */
  readonly ownerRoleId: string | null;
  readonly targetMinutes: number | null;
  readonly checklist: readonly StarterChecklistItem[];
  readonly resources: readonly Written[];
  /** Markdown. */
  readonly notes: Written;
};

/** A starter SOP. */
export type StarterSop = {
  /** The stored SOP's id (`starter-sop-<crisis type>`). */
  readonly id: string;
  readonly title: Written;
  /** Markdown. */
  readonly purpose: Written;
  /** Markdown. */
  readonly triggerCriteria: Written;
  /** Default severity level ids (`sev-1` … `sev-4`). */
  readonly severityIds: readonly string[];
  /** A built-in crisis role id. */
  readonly ownerRoleId: string;
  readonly reviewIntervalDays: number;
  readonly steps: readonly StarterStep[];
};

/** One cell of a starter kit's matrix row (built-in stakeholder groups and channels only). */
export type StarterMatrixCell = {
  readonly stakeholderId: (typeof builtInStakeholders)[number];
  readonly channelId: (typeof builtInChannels)[number];
  readonly ownerRoleId: string;
  readonly targetMinutes: number | null;
  readonly timing: Written;
  readonly templateStage: StatementStage | null;
  readonly note: Written;
};

/** A starter template; installed once per chosen language as `<id>-<language>`. */
export type StarterTemplate = {
  readonly id: string;
  readonly stage: StatementStage;
  readonly audience: (typeof builtInStakeholders)[number];
  readonly title: Written;
  /**
   * Plain text with `{{placeholder}}`s from placeholderNames. Every placeholder a body uses is
   * installed as required, so a starter statement can never go out with one left blank.
   */
  readonly body: Written;
  readonly needsLegalApproval: boolean;
  readonly needsSpokespersonApproval: boolean;
};

/** Everything the starter library has for one crisis type. */
export type StarterKit = {
  readonly crisisTypeId: CrisisType;
  /** What this kind of crisis is, in two or three sentences. */
  readonly summary: Written;
  /** Typical risks to consider for the risk register, each "if cause → then consequence". */
  readonly typicalRisks: readonly Written[];
  readonly sop: StarterSop;
  readonly matrix: readonly StarterMatrixCell[];
  readonly templates: readonly StarterTemplate[];
};

/** The SOP content of a kit in one language. */
export function starterSopContent(kit: StarterKit, language: Language): SopContent {
  const { sop } = kit;
  return {
    title: sop.title[language],
    crisisTypeId: kit.crisisTypeId,
    purpose: sop.purpose[language],
    triggerCriteria: sop.triggerCriteria[language],
    severityIds: [...sop.severityIds],
    steps: sop.steps.map((step) => ({
      id: step.id,
      title: step.title[language],
      ownerRoleId: step.ownerRoleId,
      targetMinutes: step.targetMinutes,
      checklist: step.checklist.map((item) => ({ id: item.id, text: item.text[language] })),
      resources: step.resources.map((resource) => resource[language]),
      notes: step.notes[language],
    })),
  };
}

/** The id a starter template gets when installed in `language`. */
export function starterTemplateId(template: StarterTemplate, language: Language): string {
  return `${template.id}-${language}`;
}

/** A starter template as stored, in one language. */
export function starterStoredTemplate(
  kit: StarterKit,
  template: StarterTemplate,
  language: Language,
  now: number,
): StoredStatementTemplate {
  return {
    id: starterTemplateId(template, language),
    crisisTypeId: kit.crisisTypeId,
    stage: template.stage,
    audience: template.audience,
    language,
    title: template.title[language],
    body: template.body[language],
    requiredPlaceholders: [...new Set(parsePlaceholders(template.body[language]).names)].filter(
      isPlaceholderName,
    ),
    needsLegalApproval: template.needsLegalApproval,
    needsSpokespersonApproval: template.needsSpokespersonApproval,
    isStarter: true,
    createdAt: now,
    updatedAt: now,
  };
}

/** A kit's matrix row as stored cells, with texts in `language`. */
export function starterMatrixCells(kit: StarterKit, language: Language): CommMatrixCell[] {
  return kit.matrix.map((cell) => ({
    id: commMatrixCellId(kit.crisisTypeId, cell.stakeholderId, cell.channelId),
    crisisTypeId: kit.crisisTypeId,
    stakeholderId: cell.stakeholderId,
    channelId: cell.channelId,
    ownerRoleId: cell.ownerRoleId,
    targetMinutes: cell.targetMinutes,
    timing: cell.timing[language],
    templateStage: cell.templateStage,
    note: cell.note[language],
  }));
}

/** What installing the starter library writes; everything in it is new (ids not yet stored). */
export type StarterInstallPlan = {
  readonly sops: Sop[];
  /** Version 1 of each new SOP, published at install time. */
  readonly versions: SopVersion[];
  readonly templates: StoredStatementTemplate[];
  readonly cells: CommMatrixCell[];
};

/** What is already stored, by id, so installing skips it. */
export type StoredIds = {
  readonly sopIds: ReadonlySet<string>;
  readonly templateIds: ReadonlySet<string>;
  readonly cellIds: ReadonlySet<string>;
};

/**
 * Plans installing `kits`: SOPs and matrix texts in `language`, templates in each of
 * `templateLanguages` (at least the SOP language is sensible; the caller chooses). Each new SOP is
 * published as version 1 with `changeNote` (the UI's translated "Installed from the starter
 * library"), so it can be run at once. Anything whose id is already stored is left out, so a
 * user's edits and deletions-then-reinstalls never clash.
 */
export function planStarterInstall({
  kits,
  language,
  templateLanguages,
  stored,
  now,
  today,
  changeNote,
  publishedBy,
}: {
  kits: readonly StarterKit[];
  language: Language;
  templateLanguages: readonly Language[];
  stored: StoredIds;
  now: number;
  /** Today's calendar day (`YYYY-MM-DD`): installing counts as the first review. */
  today: string;
  changeNote: string;
  publishedBy: string;
}): StarterInstallPlan {
  const sops: Sop[] = [];
  const versions: SopVersion[] = [];
  const templates: StoredStatementTemplate[] = [];
  const cells: CommMatrixCell[] = [];
  const orderedTemplateLanguages = languages.filter((candidate) =>
    templateLanguages.includes(candidate),
  );
  for (const kit of kits) {
    if (!stored.sopIds.has(kit.sop.id)) {
      const content = starterSopContent(kit, language);
      sops.push({
        id: kit.sop.id,
        content,
        ownerRoleId: kit.sop.ownerRoleId,
        reviewIntervalDays: kit.sop.reviewIntervalDays,
        lastReviewedOn: today,
        lastValidatedByDrillId: null,
        publishedVersion: 1,
        createdAt: now,
        updatedAt: now,
        isStarter: true,
      });
      versions.push({
        sopId: kit.sop.id,
        version: 1,
        content,
        changeNote,
        publishedAt: now,
        publishedBy,
      });
    }
    for (const template of kit.templates) {
      for (const templateLanguage of orderedTemplateLanguages) {
        if (!stored.templateIds.has(starterTemplateId(template, templateLanguage))) {
          templates.push(starterStoredTemplate(kit, template, templateLanguage, now));
        }
      }
    }
    for (const cell of starterMatrixCells(kit, language)) {
      if (!stored.cellIds.has(cell.id)) {
        cells.push(cell);
      }
    }
  }
  return { sops, versions, templates, cells };
}
