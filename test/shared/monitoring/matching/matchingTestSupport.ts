import type {
  QueryField,
  QueryLeaf,
  QueryNode,
} from '../../../../shared/monitoring/query/queryAst';
import type { MatchableItem } from '../../../../shared/monitoring/matching/ruleMatcher';

/** Query trees built directly (spans are irrelevant to matching), independent of the parser. */
const span = { start: 0, end: 0 };

/** A term leaf, optionally scoped to a field. */
export function term(text: string, field: QueryField = 'any'): QueryLeaf {
  return { kind: 'term', text, field, span };
}

/** An exact-phrase leaf, optionally scoped to a field. */
export function phrase(text: string, field: QueryField = 'any'): QueryLeaf {
  return { kind: 'phrase', text, field, span };
}

/** All children must hold. */
export function and(...children: QueryNode[]): QueryNode {
  return { kind: 'and', children, span };
}

/** Any child must hold. */
export function or(...children: QueryNode[]): QueryNode {
  return { kind: 'or', children, span };
}

/** The child must not hold. */
export function not(child: QueryNode): QueryNode {
  return { kind: 'not', child, span };
}

/** Two leaves at most `distance` words apart. */
export function near(left: QueryLeaf, right: QueryLeaf, distance: number): QueryNode {
  return { kind: 'near', left, right, distance, span };
}

/** An item with only a text (other fields empty), or with the given fields. */
export function item(text: string, fields: Partial<MatchableItem> = {}): MatchableItem {
  return { title: '', text, sourceName: '', sourceTags: [], ...fields };
}
