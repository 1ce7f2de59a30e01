import {
  maxNearDistance,
  maxQueryDepth,
  maxQueryLength,
  type ParsedQuery,
  type QueryError,
  type QueryField,
  type QueryLeaf,
  type QueryNode,
  type QuerySpan,
} from './queryAst';

/**
 * The early-warning query parser: typed text → {@link QueryNode} or every error found, with
 * UTF-16 spans the rule editor underlines as the user types. Two linear passes (a scanner, then an
 * operator-precedence parser with explicit stacks), so no input can recurse deeply, backtrack or
 * take more than a few milliseconds; the only regular expressions test single characters.
 *
 * Rules for the cases the language leaves open:
 * - A word is a run of letters, digits, marks and `- _ . @ # & ' + / : ? = % ~ · ・` (and several
 *   full-width forms); other punctuation separates words, and a word without any letter or digit (`-`, `...`)
 *   is ignored. A Chinese run is one term; the matcher segments it.
 * - `AND`, `OR`, `NOT`, `NEAR/n` are operators only in upper case and only as whole words. A bare
 *   `NEAR` (no `/n`) is a 'near-distance' error rather than a word.
 * - `-` starts a negation when it begins a word and is followed by a letter, digit, `#`, `@`, a
 *   quote or a parenthesis (`-a`, `-"x y"`, `-(a b)`, `-#spam`); inside a word it is a letter.
 * - `title:`, `text:`, `source:` (any case, `:` or `：`) scope the term, phrase or group right after
 *   them; on a group they apply to every leaf without its own field. Any other run of ASCII letters
 *   followed by a colon and then a letter, quote or parenthesis is 'unknown-field' (`url:x`); `10:30`,
 *   `std::map`, `note:` and `http(s)/ftp/mailto:` words are plain terms.
 * - `NOT NOT x` is `x`. `NEAR` joins two leaves of the same field; `a NEAR/2 b NEAR/2 c` is an error.
 * - 'only-negative': the query would match an item with no words at all, i.e. it can only exclude
 *   (`NOT a`, `-a -b`, `a OR NOT b`); the error points at each excluding OR branch, or at the whole.
 * - Errors come in input order, unclosed parentheses last, at most {@link maxReportedQueryErrors}.
 */
export function parseQuery(input: string): ParsedQuery {
  if (input.length > maxQueryLength) {
    return {
      ok: false,
      errors: [{ code: 'too-long', span: { start: maxQueryLength, end: input.length } }],
    };
  }
  if (input.trim() === '') {
    return { ok: false, errors: [{ code: 'empty', span: { start: 0, end: input.length } }] };
  }
  const errors: QueryError[] = [];
  const tokens = scanQuery(input, errors);
  const root = buildTree(tokens, errors);
  if (errors.length === 0 && root === undefined) {
    errors.push({ code: 'empty', span: { start: 0, end: input.length } });
  }
  if (errors.length === 0 && root !== undefined) {
    for (const span of onlyNegativeSpans(root)) errors.push({ code: 'only-negative', span });
  }
  if (errors.length > 0 || root === undefined) return { ok: false, errors: orderErrors(errors) };
  return { ok: true, query: root };
}

/**
 * Most errors one parse reports: enough to show every mistake of a hand-typed query, few enough
 * that 2,000 pasted parentheses do not produce 2,000 messages.
 */
export const maxReportedQueryErrors = 20;

/**
 * The canonical text of a query, for tests, the rule list and logs: explicit `AND`, each leaf with
 * its own field prefix, parentheses only where precedence needs them, phrases in straight quotes
 * (or 「」 when the phrase holds a straight quote). `parseQuery(describeQuery(q))` gives back `q`
 * (spans aside) for every tree `parseQuery` returns. Recursion is bounded by the parser's depth limit.
 */
export function describeQuery(node: QueryNode): string {
  switch (node.kind) {
    case 'term':
    case 'phrase':
      return describeLeaf(node);
    case 'near':
      return `${describeLeaf(node.left)} NEAR/${String(node.distance)} ${describeLeaf(node.right)}`;
    case 'not': {
      const child = describeQuery(node.child);
      return isLeaf(node.child) || node.child.kind === 'not' ? `NOT ${child}` : `NOT (${child})`;
    }
    case 'and':
      return node.children
        .map((child) => {
          const text = describeQuery(child);
          return child.kind === 'or' || child.kind === 'and' ? `(${text})` : text;
        })
        .join(' AND ');
    case 'or':
      return node.children
        .map((child) => {
          const text = describeQuery(child);
          return child.kind === 'or' ? `(${text})` : text;
        })
        .join(' OR ');
  }
}

/**
 * Every term and phrase of a query, left to right, including those under NOT and NEAR: what the
 * matcher's automaton must look for. Iterative, so any tree depth is safe.
 */
export function queryLeaves(node: QueryNode): QueryLeaf[] {
  const leaves: QueryLeaf[] = [];
  const pending: QueryNode[] = [node];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    switch (next.kind) {
      case 'term':
      case 'phrase':
        leaves.push(next);
        break;
      case 'near':
        pending.push(next.right, next.left);
        break;
      case 'not':
        pending.push(next.child);
        break;
      case 'and':
      case 'or':
        for (let index = next.children.length - 1; index >= 0; index -= 1) {
          const child = next.children[index];
          if (child !== undefined) pending.push(child);
        }
        break;
    }
  }
  return leaves;
}

/** A field a query can name; 'any' is only the default. */
type ScopedField = Exclude<QueryField, 'any'>;

const scopedFields: Readonly<Record<string, ScopedField>> = {
  title: 'title',
  text: 'text',
  source: 'source',
};

/** URL schemes: `https://x` and `mailto:a@b` are words, never field attempts. */
const urlSchemes: ReadonlySet<string> = new Set(['http', 'https', 'ftp', 'mailto']);

/** What the scanner hands the parser. */
type Token =
  | {
      kind: 'leaf';
      leafKind: 'term' | 'phrase';
      text: string;
      field: ScopedField | null;
      span: QuerySpan;
    }
  // `prefixStart` is where a `title:` before the parenthesis begins (else the parenthesis).
  | { kind: 'open'; field: ScopedField | null; span: QuerySpan; prefixStart: number }
  | { kind: 'close'; span: QuerySpan }
  | { kind: 'and' | 'or' | 'not'; span: QuerySpan }
  | { kind: 'near'; distance: number | null; span: QuerySpan };

const letterPattern = /^\p{L}$/u;
const letterOrDigitPattern = /^[\p{L}\p{N}]$/u;
const wordCharacterPattern = /^[\p{L}\p{M}\p{N}\p{Cf}]$/u;
const spacePattern = /^\s$/u;
// URLs (`?=%~`), handles, hashtags and names (`AT&T`, `O'Neil`, `馬克·吐溫`) stay whole words.
const wordConnectors = new Set("-_.@#&'+/:?=%~·・－＿．＠＃＆＇＋／：");
const openParentheses = new Set('(（');
const closeParentheses = new Set(')）');
const colons = new Set(':：');
const minusSigns = new Set('-－');
const negatableSymbols = new Set('#@＃＠');

/** Each opening quote and the characters that may close it (users mix straight and curly). */
const quoteClosers: ReadonlyMap<string, string> = new Map([
  ['"', '"”'],
  ['“', '”"'],
  ['＂', '＂'],
  ['「', '」'],
  ['『', '』'],
]);

/** The character (one code point, one or two UTF-16 units) at `index`. */
function characterAt(input: string, index: number): string {
  const code = input.codePointAt(index);
  return code === undefined ? '' : String.fromCodePoint(code);
}

function isSpace(character: string): boolean {
  return spacePattern.test(character) || (character !== '' && character < ' ');
}

function isWordCharacter(character: string): boolean {
  return wordCharacterPattern.test(character) || wordConnectors.has(character);
}

function hasLetterOrDigit(text: string): boolean {
  for (const character of text) {
    if (letterOrDigitPattern.test(character)) return true;
  }
  return false;
}

function isAsciiLetter(character: string): boolean {
  return (character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z');
}

/** End of the word starting at `start`. */
function wordEnd(input: string, start: number): number {
  let index = start;
  while (index < input.length) {
    const character = characterAt(input, index);
    if (!isWordCharacter(character)) break;
    index += character.length;
  }
  return index;
}

/** Cuts the query into tokens, recording scanner errors; one pass over the input. */
function scanQuery(input: string, errors: QueryError[]): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < input.length) {
    const character = characterAt(input, index);
    const next = characterAt(input, index + character.length);
    if (isSpace(character)) {
      index += character.length;
    } else if (quoteClosers.has(character)) {
      index = scanPhrase(input, index, null, index, tokens, errors);
    } else if (openParentheses.has(character)) {
      tokens.push({ kind: 'open', field: null, span: spanOf(index, 1), prefixStart: index });
      index += 1;
    } else if (closeParentheses.has(character)) {
      tokens.push({ kind: 'close', span: spanOf(index, 1) });
      index += 1;
    } else if (minusSigns.has(character) && startsNegatedOperand(next)) {
      tokens.push({ kind: 'not', span: spanOf(index, 1) });
      index += 1;
    } else if (isWordCharacter(character)) {
      index = scanWord(input, index, tokens, errors);
    } else {
      // Other punctuation separates words, as spaces do.
      index += character.length;
    }
  }
  return tokens;
}

function spanOf(start: number, length: number): QuerySpan {
  return { start, end: start + length };
}

function startsNegatedOperand(character: string): boolean {
  return (
    letterOrDigitPattern.test(character) ||
    negatableSymbols.has(character) ||
    quoteClosers.has(character) ||
    openParentheses.has(character)
  );
}

/** Scans a word at `start`: a field prefix, an operator or a term. Returns where scanning resumes. */
function scanWord(input: string, start: number, tokens: Token[], errors: QueryError[]): number {
  let nameEnd = start;
  while (nameEnd < input.length && isAsciiLetter(input.charAt(nameEnd))) nameEnd += 1;
  if (nameEnd > start && colons.has(input.charAt(nameEnd))) {
    const name = input.slice(start, nameEnd);
    const field = scopedFields[name.toLowerCase()];
    if (field !== undefined) return scanScoped(input, start, nameEnd + 1, field, tokens, errors);
    const next = characterAt(input, nameEnd + 1);
    const isFieldAttempt =
      !urlSchemes.has(name.toLowerCase()) &&
      (letterPattern.test(next) || quoteClosers.has(next) || openParentheses.has(next));
    if (isFieldAttempt) {
      errors.push({ code: 'unknown-field', span: { start, end: nameEnd + 1 }, value: name });
      // The operand after the colon is scanned as unscoped, so later mistakes are found too.
      return nameEnd + 1;
    }
  }
  const end = wordEnd(input, start);
  const text = input.slice(start, end);
  if (hasLetterOrDigit(text)) tokens.push(classifyWord(text, { start, end }, errors));
  return end;
}

/** An operator, a NEAR (valid or not) or a term. */
function classifyWord(text: string, span: QuerySpan, errors: QueryError[]): Token {
  if (text === 'AND') return { kind: 'and', span };
  if (text === 'OR') return { kind: 'or', span };
  if (text === 'NOT') return { kind: 'not', span };
  if (text === 'NEAR' || text.startsWith('NEAR/')) {
    const written = text.slice('NEAR/'.length);
    const distance = parseDistance(written);
    if (distance === null) {
      errors.push(
        text === 'NEAR'
          ? { code: 'near-distance', span }
          : { code: 'near-distance', span, value: written },
      );
    }
    return { kind: 'near', distance, span };
  }
  return { kind: 'leaf', leafKind: 'term', text, field: null, span };
}

/** 1..maxNearDistance written in ASCII digits, else null. */
function parseDistance(written: string): number | null {
  // Longer strings of digits are out of range anyway; the cap keeps Number() exact.
  if (written.length === 0 || written.length > 4) return null;
  for (const character of written) {
    if (character < '0' || character > '9') return null;
  }
  const distance = Number(written);
  return distance >= 1 && distance <= maxNearDistance ? distance : null;
}

/** Scans what follows `title:` (at `after`); the prefix began at `prefixStart`. */
function scanScoped(
  input: string,
  prefixStart: number,
  after: number,
  field: ScopedField,
  tokens: Token[],
  errors: QueryError[],
): number {
  const character = characterAt(input, after);
  if (quoteClosers.has(character)) {
    return scanPhrase(input, after, field, prefixStart, tokens, errors);
  }
  if (openParentheses.has(character)) {
    tokens.push({ kind: 'open', field, span: spanOf(after, 1), prefixStart });
    return after + 1;
  }
  let resume = after;
  if (character !== '' && isWordCharacter(character)) {
    const end = wordEnd(input, after);
    const text = input.slice(after, end);
    if (hasLetterOrDigit(text)) {
      // Attached to its field, `AND` or `NEAR/3` is a term: `title:AND` means the word.
      tokens.push({
        kind: 'leaf',
        leafKind: 'term',
        text,
        field,
        span: { start: prefixStart, end },
      });
      return end;
    }
    resume = end;
  }
  const prefix = { start: prefixStart, end: after };
  errors.push({ code: 'empty-field', span: prefix, value: input.slice(prefixStart, after - 1) });
  // A stand-in operand, so `a OR title:` reports the empty field and not also a missing operand.
  tokens.push({ kind: 'leaf', leafKind: 'term', text: '', field, span: prefix });
  return resume;
}

/** Scans a phrase whose opening quote is at `quote`; returns the index after its closing quote. */
function scanPhrase(
  input: string,
  quote: number,
  field: ScopedField | null,
  spanStart: number,
  tokens: Token[],
  errors: QueryError[],
): number {
  const closers = quoteClosers.get(input.charAt(quote)) ?? '"';
  let close = quote + 1;
  while (close < input.length && !closers.includes(input.charAt(close))) close += 1;
  if (close >= input.length) {
    errors.push({ code: 'unclosed-quote', span: { start: quote, end: input.length } });
    const text = input.slice(quote + 1);
    tokens.push({
      kind: 'leaf',
      leafKind: 'phrase',
      text,
      field,
      span: { start: spanStart, end: input.length },
    });
    return input.length;
  }
  const text = input.slice(quote + 1, close);
  if (!hasLetterOrDigit(text)) {
    errors.push({ code: 'empty-phrase', span: { start: quote, end: close + 1 } });
  }
  tokens.push({
    kind: 'leaf',
    leafKind: 'phrase',
    text,
    field,
    span: { start: spanStart, end: close + 1 },
  });
  return close + 1;
}

/** An operator waiting on the parser's stack; 'open' marks a parenthesis. */
type PendingOperator = {
  kind: 'and' | 'or' | 'near' | 'not' | 'open';
  span: QuerySpan;
  isImplicit: boolean;
  distance: number | null;
};

/** An open parenthesis: where its operands start on the stack and the field it gives its leaves. */
type OpenGroup = { operandBase: number; field: QueryField; span: QuerySpan; prefixStart: number };

type ParserState = {
  operands: QueryNode[];
  operators: PendingOperator[];
  groups: OpenGroup[];
  errors: QueryError[];
  hasReportedDepth: boolean;
};

const precedence: Readonly<Record<PendingOperator['kind'], number>> = {
  open: 0,
  or: 1,
  and: 2,
  near: 3,
  not: 4,
};

/**
 * Operator-precedence parsing with explicit stacks (NOT > NEAR > AND > OR, left associative).
 * After an error it keeps going to find more, building a tree that is then discarded.
 */
function buildTree(tokens: Token[], errors: QueryError[]): QueryNode | undefined {
  const state: ParserState = {
    operands: [],
    operators: [],
    groups: [],
    errors,
    hasReportedDepth: false,
  };
  let isExpectingOperand = true;
  for (const token of tokens) {
    switch (token.kind) {
      case 'leaf':
        if (!isExpectingOperand) pushBinary(state, implicitAnd(token.span));
        state.operands.push({
          kind: token.leafKind,
          text: token.text,
          field: token.field ?? currentField(state),
          span: token.span,
        });
        isExpectingOperand = false;
        break;
      case 'open':
        if (!isExpectingOperand) pushBinary(state, implicitAnd(token.span));
        openGroup(state, token.span, token.field, token.prefixStart);
        isExpectingOperand = true;
        break;
      case 'not':
        if (!isExpectingOperand) pushBinary(state, implicitAnd(token.span));
        state.operators.push({ kind: 'not', span: token.span, isImplicit: false, distance: null });
        isExpectingOperand = true;
        break;
      case 'and':
      case 'or':
      case 'near':
        if (isExpectingOperand) {
          errors.push({ code: 'missing-operand', span: token.span });
        } else {
          const distance = token.kind === 'near' ? token.distance : null;
          pushBinary(state, { kind: token.kind, span: token.span, isImplicit: false, distance });
          isExpectingOperand = true;
        }
        break;
      case 'close':
        isExpectingOperand = closeGroup(state, token.span, isExpectingOperand);
        break;
    }
  }
  if (isExpectingOperand) reportMissingOperand(state);
  for (
    let operator = state.operators.pop();
    operator !== undefined;
    operator = state.operators.pop()
  ) {
    if (operator.kind === 'open') {
      const group = state.groups.pop();
      if (group !== undefined) errors.push({ code: 'unclosed-parenthesis', span: group.span });
    } else {
      applyOperator(state, operator);
    }
  }
  return state.operands.length === 1 ? state.operands[0] : undefined;
}

function implicitAnd(span: QuerySpan): PendingOperator {
  return { kind: 'and', span, isImplicit: true, distance: null };
}

function currentField(state: ParserState): QueryField {
  return state.groups.at(-1)?.field ?? 'any';
}

function currentBase(state: ParserState): number {
  return state.groups.at(-1)?.operandBase ?? 0;
}

/** Pushes a binary operator after applying those on the stack that bind at least as tightly. */
function pushBinary(state: ParserState, operator: PendingOperator): void {
  for (let top = state.operators.at(-1); top !== undefined; top = state.operators.at(-1)) {
    if (top.kind === 'open' || precedence[top.kind] < precedence[operator.kind]) break;
    state.operators.pop();
    applyOperator(state, top);
  }
  state.operators.push(operator);
}

function openGroup(
  state: ParserState,
  span: QuerySpan,
  field: ScopedField | null,
  prefixStart: number,
): void {
  if (state.groups.length >= maxQueryDepth && !state.hasReportedDepth) {
    state.errors.push({ code: 'too-deep', span });
    state.hasReportedDepth = true;
  }
  state.groups.push({
    operandBase: state.operands.length,
    field: field ?? currentField(state),
    span,
    prefixStart,
  });
  state.operators.push({ kind: 'open', span, isImplicit: false, distance: null });
}

/** Handles `)`; returns whether an operand is expected next (never, after a group). */
function closeGroup(state: ParserState, span: QuerySpan, isExpectingOperand: boolean): boolean {
  const group = state.groups.at(-1);
  if (group === undefined) {
    state.errors.push({ code: 'unexpected-parenthesis', span });
    return isExpectingOperand;
  }
  if (isExpectingOperand) {
    const top = state.operators.at(-1);
    if (top?.kind === 'open') {
      state.errors.push({
        code: 'missing-operand',
        span: { start: group.span.start, end: span.end },
      });
    } else {
      reportMissingOperand(state);
    }
  }
  for (
    let operator = state.operators.pop();
    operator !== undefined;
    operator = state.operators.pop()
  ) {
    if (operator.kind === 'open') break;
    applyOperator(state, operator);
  }
  state.groups.pop();
  const groupSpan = { start: group.prefixStart, end: span.end };
  const inner = state.operands.length > group.operandBase ? state.operands.at(-1) : undefined;
  state.operands.length = group.operandBase;
  if (inner === undefined) {
    // `()` was reported; a stand-in keeps the operators around it from reporting too.
    state.operands.push({ kind: 'term', text: '', field: group.field, span: groupSpan });
  } else {
    state.operands.push(isLeaf(inner) ? inner : { ...inner, span: groupSpan });
  }
  return false;
}

/** At `)` or the end while an operand is expected: blames the operator left without one. */
function reportMissingOperand(state: ParserState): void {
  const top = state.operators.at(-1);
  if (top !== undefined && top.kind !== 'open' && !top.isImplicit) {
    state.errors.push({ code: 'missing-operand', span: top.span });
  }
}

/** Applies one operator to the operands above the innermost open parenthesis. */
function applyOperator(state: ParserState, operator: PendingOperator): void {
  const base = currentBase(state);
  const operands = state.operands;
  if (operator.kind === 'not') {
    const child = operands.length > base ? operands.pop() : undefined;
    // Missing operands were reported when found; nothing to build then.
    if (child === undefined) return;
    operands.push(negate(child, operator.span));
    return;
  }
  if (operands.length < base + 2) return;
  const right = operands.pop();
  const left = operands.pop();
  if (left === undefined || right === undefined) return;
  if (operator.kind === 'near') {
    operands.push(joinNear(state, left, right, operator));
  } else if (operator.kind === 'and' || operator.kind === 'or') {
    operands.push(combine(operator.kind, left, right));
  }
}

function negate(child: QueryNode, span: QuerySpan): QueryNode {
  // NOT NOT x is x; it also keeps a run of NOTs from building a deep tree.
  if (child.kind === 'not') return child.child;
  return { kind: 'not', child, span: { start: span.start, end: child.span.end } };
}

/** `left kind right`, flattened into one node when either side is already of that kind. */
function combine(kind: 'and' | 'or', left: QueryNode, right: QueryNode): QueryNode {
  const span = { start: left.span.start, end: right.span.end };
  // Nodes on the operand stack are built here and owned by this parse, so growing one in place
  // is safe and keeps long chains linear.
  if (left.kind === kind) {
    if (right.kind === kind) left.children.push(...right.children);
    else left.children.push(right);
    left.span = span;
    return left;
  }
  const children = right.kind === kind ? [left, ...right.children] : [left, right];
  return { kind, children, span };
}

function joinNear(
  state: ParserState,
  left: QueryNode,
  right: QueryNode,
  operator: PendingOperator,
): QueryNode {
  if (!isLeaf(left) || !isLeaf(right) || left.field !== right.field) {
    state.errors.push({ code: 'near-operand', span: operator.span });
    return combine('and', left, right);
  }
  // A bad distance was reported by the scanner; the stand-in keeps parsing going.
  if (operator.distance === null) return combine('and', left, right);
  return {
    kind: 'near',
    left,
    right,
    distance: operator.distance,
    span: { start: left.span.start, end: right.span.end },
  };
}

function isLeaf(node: QueryNode): node is QueryLeaf {
  return node.kind === 'term' || node.kind === 'phrase';
}

/**
 * Whether the query holds for an item with no words: leaves and NEAR are false there, so a tree
 * that is still true can only exclude and would match almost everything.
 */
function matchesEmptyItem(node: QueryNode): boolean {
  switch (node.kind) {
    case 'term':
    case 'phrase':
    case 'near':
      return false;
    case 'not':
      return !matchesEmptyItem(node.child);
    case 'and':
      return node.children.every(matchesEmptyItem);
    case 'or':
      return node.children.some(matchesEmptyItem);
  }
}

/** The spans to blame for an only-negative query: its excluding OR branches, or the whole. */
function onlyNegativeSpans(root: QueryNode): QuerySpan[] {
  if (!matchesEmptyItem(root)) return [];
  if (root.kind !== 'or') return [root.span];
  return root.children.filter(matchesEmptyItem).map((branch) => branch.span);
}

/** Input order, unclosed parentheses last (found at the end, often caused by something else). */
function orderErrors(errors: QueryError[]): QueryError[] {
  const rank = (error: QueryError): number => (error.code === 'unclosed-parenthesis' ? 1 : 0);
  return errors
    .map((error, order) => ({ error, order }))
    .sort(
      (a, b) =>
        rank(a.error) - rank(b.error) ||
        a.error.span.start - b.error.span.start ||
        a.order - b.order,
    )
    .slice(0, maxReportedQueryErrors)
    .map(({ error }) => error);
}

function describeLeaf(leaf: QueryLeaf): string {
  const prefix = leaf.field === 'any' ? '' : `${leaf.field}:`;
  if (leaf.kind === 'term') return `${prefix}${leaf.text}`;
  return `${prefix}${quotePhrase(leaf.text)}`;
}

/** Quotes with the first pair whose closer the phrase does not contain (a parsed phrase lacks one). */
function quotePhrase(text: string): string {
  if (!text.includes('"') && !text.includes('”')) return `"${text}"`;
  if (!text.includes('」')) return `「${text}」`;
  if (!text.includes('』')) return `『${text}』`;
  return `＂${text}＂`;
}
