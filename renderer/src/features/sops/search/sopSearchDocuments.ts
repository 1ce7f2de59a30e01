import type { Language } from '../../../../../shared/domain/settings';
import type { SopContent } from '../../../../../shared/domain/sops/sop';
import type { StoredStatementTemplate } from '../../../../../shared/domain/sops/statementTemplates';
import type { SearchDocument } from '../../../../../shared/search/searchIndex';
import { markdownToSearchText } from '../../../../../shared/search/searchText';

/**
 * What the SOP library's search indexes: each SOP as it is in force (title; purpose, trigger
 * criteria and every step's title, checklist, resources and notes as the body) and each statement
 * template (title and body), as search documents with ids that say what they point to.
 */

/** The kinds of document the SOP search holds. */
export const sopSearchKinds = ['sop', 'template'] as const;

/** One of {@link sopSearchKinds}. */
export type SopSearchKind = (typeof sopSearchKinds)[number];

/** A search document of the SOP library; `kind` narrowed to {@link SopSearchKind}. */
export type SopSearchDocument = SearchDocument & { kind: SopSearchKind };

/**
 * An SOP as the search indexes it: its id and the content shown for it, which is the latest
 * published version, or the draft of an SOP never published (`isPublished` false; absent counts
 * as published). A stored `Sop` fits too, with its working draft.
 */
export type SearchableSop = { id: string; content: SopContent; isPublished?: boolean };

/** Prefixes of search document ids: a SOP's `sop:<id>`, a template's `template:<id>`. */
const idPrefixes = { sop: 'sop:', template: 'template:' } as const satisfies Record<
  SopSearchKind,
  string
>;

/** The search document of one SOP, from the content it is given. */
function sopDocument(sop: SearchableSop, language: Language): SopSearchDocument {
  const { content } = sop;
  const parts = [
    markdownToSearchText(content.purpose),
    markdownToSearchText(content.triggerCriteria),
    ...content.steps.flatMap((step) => [
      step.title,
      ...step.checklist.map((item) => item.text),
      ...step.resources,
      markdownToSearchText(step.notes),
    ]),
  ];
  return {
    id: sopSearchDocumentId(sop.id),
    kind: 'sop',
    title: content.title,
    body: parts.filter((part) => part.trim() !== '').join('\n'),
    language,
  };
}

/** The search document of one statement template. */
function templateDocument(template: StoredStatementTemplate): SopSearchDocument {
  return {
    id: `${idPrefixes.template}${template.id}`,
    kind: 'template',
    title: template.title,
    body: template.body,
    language: template.language,
  };
}

/**
 * The search documents of the SOP library. SOPs are stored without a language of their own, so
 * they are labelled with `language`, the one the library is used in (it sets the `lang` of
 * results, so Chinese text is drawn with the right regional glyphs); templates keep their own.
 */
export function sopSearchDocuments(
  sops: readonly SearchableSop[],
  templates: readonly StoredStatementTemplate[],
  language: Language,
): SopSearchDocument[] {
  return [
    ...sops.map((sop) => sopDocument(sop, language)),
    ...templates.map((template) => templateDocument(template)),
  ];
}

/** The search document id of the SOP with `sopId`, as {@link sopSearchDocuments} makes it. */
export function sopSearchDocumentId(sopId: string): string {
  return `${idPrefixes.sop}${sopId}`;
}

/**
 * Where a search hit leads, as an absolute in-app path (`~/sops/<id>` for an SOP,
 * `~/sops/templates/<id>` for a template), or null for an id of neither kind.
 */
export function sopSearchHref(documentId: string): string | null {
  if (documentId.startsWith(idPrefixes.sop)) {
    return `~/sops/${encodeURIComponent(documentId.slice(idPrefixes.sop.length))}`;
  }
  if (documentId.startsWith(idPrefixes.template)) {
    return `~/sops/templates/${encodeURIComponent(documentId.slice(idPrefixes.template.length))}`;
  }
  return null;
}
