/**
 * The early-warning query language as data: what `parseQuery` produces and the matcher evaluates.
 * A query is terms and "exact phrases" combined with AND (also implied between neighbours), OR,
 * NOT, parentheses and `NEAR/n` (two terms or phrases at most n words apart), each optionally
 * scoped to a field (`title:`, `text:`, `source:`). Positions are UTF-16 offsets into the typed
 * query, so the editor can underline what an error is about. Pure data; no behaviour here.
 */

/** Where a term must occur: the item's title, its text, its source's name or tags, or anywhere. */
export const queryFields = ['any', 'title', 'text', 'source'] as const;

/** One of {@link queryFields}. */
export type QueryField = (typeof queryFields)[number];

/** A span of the typed query, `end` exclusive. */
export type QuerySpan = { start: number; end: number };

/**
 * A word or phrase to find. `text` is as typed (the matcher folds it); a phrase must occur as
 * written (after folding), a term may be a Chinese run of any length or an English word.
 */
export type QueryLeaf = {
  kind: 'term' | 'phrase';
  text: string;
  field: QueryField;
  span: QuerySpan;
};

/** A query tree. `and`/`or` have two or more children; `near` joins two leaves. */
export type QueryNode =
  | QueryLeaf
  | { kind: 'and'; children: QueryNode[]; span: QuerySpan }
  | { kind: 'or'; children: QueryNode[]; span: QuerySpan }
  | { kind: 'not'; child: QueryNode; span: QuerySpan }
  | { kind: 'near'; left: QueryLeaf; right: QueryLeaf; distance: number; span: QuerySpan };

/** Why a query cannot be parsed; the UI explains each under `monitoring.query.errors.<code>`. */
export const queryErrorCodes = [
  'empty',
  'too-long',
  'too-deep',
  'unclosed-quote',
  'empty-phrase',
  'unclosed-parenthesis',
  'unexpected-parenthesis',
  'missing-operand',
  'unknown-field',
  'empty-field',
  'near-distance',
  'near-operand',
  'only-negative',
] as const;

/** One of {@link queryErrorCodes}. */
export type QueryErrorCode = (typeof queryErrorCodes)[number];

/** A parse error: its code, where it is, and a value the message may show (the field name…). */
export type QueryError = { code: QueryErrorCode; span: QuerySpan; value?: string };

/** The result of parsing: the tree, or every error found (the first is the one to show first). */
export type ParsedQuery = { ok: true; query: QueryNode } | { ok: false; errors: QueryError[] };

/** Longest query accepted (characters). */
export const maxQueryLength = 2_000;

/** Deepest nesting of parentheses accepted. */
export const maxQueryDepth = 20;

/** Largest NEAR distance, in words. */
export const maxNearDistance = 50;
