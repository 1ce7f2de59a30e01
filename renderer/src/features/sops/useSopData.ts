import { useMemo } from 'react';
import type { CommGroup, CommMatrixCell } from '../../../../shared/domain/sops/commMatrix';
import type { Sop, SopContent } from '../../../../shared/domain/sops/sop';
import type { SopRun } from '../../../../shared/domain/sops/sopRuns';
import { isSameSopContent, latestVersion } from '../../../../shared/domain/sops/sopVersions';
import type { SopVersion } from '../../../../shared/domain/sops/sopVersions';
import type { Statement } from '../../../../shared/domain/sops/statements';
import type { StoredStatementTemplate } from '../../../../shared/domain/sops/statementTemplates';
import { useLiveQuery } from '../../db/live';
import { readSetting } from '../../db/repositories/settingsRepository';
import {
  readCommMatrixCells,
  readOpenSopRuns,
  readSop,
  readSopRun,
  readSopRuns,
  readSopVersion,
  readSopVersions,
  readSops,
  readStatement,
  readStatementTemplate,
  readStatementTemplates,
  readStatementsOf,
} from '../../db/repositories/sopRepository';
import { useLanguage } from '../../i18n/useLanguage';

/**
 * Live reads of the SOP library for its screens. Each hook is undefined while loading; a single
 * record is null when it does not exist. Lists come sorted for display in the UI language.
 */

/** Sorts by a text in the UI language's collation, then by id for a stable order. */
function useSortedBy<T extends { id: string }>(
  rows: T[] | undefined,
  text: (row: T) => string,
): T[] | undefined {
  const language = useLanguage();
  return useMemo(() => {
    if (rows === undefined) {
      return undefined;
    }
    const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
    return [...rows].sort((a, b) => collator.compare(text(a), text(b)) || a.id.localeCompare(b.id));
    // `text` is a field accessor defined at module level by every caller.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rows, language]);
}

/** The title of an SOP's working draft. */
function sopTitle(sop: Sop): string {
  return sop.content.title;
}

/** The title of a template. */
function templateTitle(template: StoredStatementTemplate): string {
  return template.title;
}

/** Every SOP, by title. */
export function useSops(): Sop[] | undefined {
  return useSortedBy(
    useLiveQuery(() => readSops(), []),
    sopTitle,
  );
}

/**
 * An SOP with the content that is in force: what the SOP page shows and runs follow. Lists a
 * crisis lead scans (the library, search, crisis types) use this rather than the working draft,
 * which may hold half-finished edits nobody has published.
 */
export type PublishedSop = {
  sop: Sop;
  /** The latest published version's content; the working draft before the first version. */
  content: SopContent;
  /** The number of the version `content` comes from; null for a never-published draft. */
  version: number | null;
  /** True once a version is published (false: `content` is the draft). */
  isPublished: boolean;
  /** True when the working draft differs from the latest published version. */
  hasUnpublishedChanges: boolean;
};

/**
 * The latest published version of `sop`, read by its key (one point read however long the history
 * grows); the whole history only if that version is missing, so a stale pointer still finds the
 * version the SOP page shows.
 */
async function readLatestVersion(sop: Sop): Promise<SopVersion | undefined> {
  if (sop.publishedVersion === null) {
    return undefined;
  }
  return (
    (await readSopVersion(sop.id, sop.publishedVersion)) ??
    latestVersion(await readSopVersions(sop.id), sop.id)
  );
}

/** Every SOP with the content that is in force (see {@link PublishedSop}), unsorted. */
async function readPublishedSops(): Promise<PublishedSop[]> {
  const sops = await readSops();
  const latest = await Promise.all(sops.map((sop) => readLatestVersion(sop)));
  return sops.map((sop, index) => {
    const version = latest[index];
    return version === undefined
      ? {
          sop,
          content: sop.content,
          version: null,
          isPublished: false,
          hasUnpublishedChanges: false,
        }
      : {
          sop,
          content: version.content,
          version: version.version,
          isPublished: true,
          hasUnpublishedChanges: !isSameSopContent(version.content, sop.content),
        };
  });
}

/**
 * Every SOP with the content in force (its latest published version, or the draft of an SOP never
 * published), sorted by that content's title in the UI language, then by id. One live query: it
 * follows saves, publishes and deletions alike.
 */
export function usePublishedSops(): PublishedSop[] | undefined {
  const language = useLanguage();
  const rows = useLiveQuery(() => readPublishedSops(), []);
  return useMemo(() => {
    if (rows === undefined) {
      return undefined;
    }
    const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
    return [...rows].sort(
      (a, b) =>
        collator.compare(a.content.title, b.content.title) || a.sop.id.localeCompare(b.sop.id),
    );
  }, [rows, language]);
}

/** One SOP; null when there is none. */
export function useSop(id: string): Sop | null | undefined {
  return useLiveQuery(async () => (await readSop(id)) ?? null, [id]);
}

/** The published versions of an SOP, oldest first. */
export function useSopVersions(sopId: string): SopVersion[] | undefined {
  return useLiveQuery(() => readSopVersions(sopId), [sopId]);
}

/** The runs of an SOP, newest first. */
export function useSopRuns(sopId: string): SopRun[] | undefined {
  return useLiveQuery(() => readSopRuns(sopId), [sopId]);
}

/** Runs that are still open (any SOP), newest first. */
export function useOpenSopRuns(): SopRun[] | undefined {
  return useLiveQuery(() => readOpenSopRuns(), []);
}

/** One run; null when there is none. */
export function useSopRun(id: string): SopRun | null | undefined {
  return useLiveQuery(async () => (await readSopRun(id)) ?? null, [id]);
}

/** Every statement template, by title. */
export function useStatementTemplates(): StoredStatementTemplate[] | undefined {
  return useSortedBy(
    useLiveQuery(() => readStatementTemplates(), []),
    templateTitle,
  );
}

/** One template; null when there is none. */
export function useStatementTemplate(id: string): StoredStatementTemplate | null | undefined {
  return useLiveQuery(async () => (await readStatementTemplate(id)) ?? null, [id]);
}

/** The statements filled from a template, newest first. */
export function useStatements(templateId: string): Statement[] | undefined {
  return useLiveQuery(() => readStatementsOf(templateId), [templateId]);
}

/** One statement; null when there is none. */
export function useStatement(id: string): Statement | null | undefined {
  return useLiveQuery(async () => (await readStatement(id)) ?? null, [id]);
}

/** Every cell of the communication matrix. */
export function useCommMatrixCells(): CommMatrixCell[] | undefined {
  return useLiveQuery(() => readCommMatrixCells(), []);
}

/** The matrix's stakeholder groups, in order. */
export function useCommStakeholders(): CommGroup[] | undefined {
  return useLiveQuery(() => readSetting('commStakeholders'), []);
}

/** The matrix's channels, in order. */
export function useCommChannels(): CommGroup[] | undefined {
  return useLiveQuery(() => readSetting('commChannels'), []);
}
