import type { QueryField, QueryLeaf, QueryNode } from '../query/queryAst';
import { foldForMatching, foldTextForMatching } from './foldText';
import { buildSynonymIndex } from './synonyms';
import type { SynonymGroups } from './synonyms';

/**
 * Matching every rule against one item at once. All leaf texts of all rules (folded, plus their
 * synonyms) go into ONE Aho-Corasick automaton; each field of an item is folded and scanned once,
 * hits are collected per pattern, and only rules with a hit (or rules whose tree is true without
 * any hit, such as `a OR NOT b`) have their boolean tree evaluated. Cost is linear in the text plus
 * the hits, whatever users type: no RegExp is ever built from a rule.
 *
 * Matching rules, on folded text (see `foldForMatching`):
 * - Chinese (any CJK) matches anywhere, as a contiguous string: 外泄 is found in 个资外泄事件.
 * - An end of a term that is a letter or digit of another script must be a word boundary:
 *   `port` does not match `report` or `portal`; `AI模型` matches `ai 模型` (folding puts a space
 *   where scripts change). A term ending in `*` matches by prefix: `breach*` finds `breaches`.
 * - A phrase is its folded text as one contiguous string, words one space apart, with the same
 *   boundary rule at its ends; synonyms apply to terms only, phrases are exact.
 * - `NEAR/n`: both leaves occur in one field with at most n words between their nearest ends
 *   (adjacent words are 1 apart; two hits within one segmenter word 0), as two distinct hits that
 *   do not overlap: `a NEAR/3 a` needs two `a`, and `"資料外洩" NEAR/3 外洩` is not satisfied by
 *   the 外洩 inside 資料外洩. Chinese words come from `Intl.Segmenter`
 *   (`zh`, word granularity) over each CJK run of the folded field, other words are the
 *   space-separated ones. Only the gaps between candidate hits are walked, stopping past n
 *   words, and only the CJK runs a walk touches are segmented (each whole, once per item).
 * - Field scopes: `title:`, `text:`, `source:` (the source's name or any of its tags, each
 *   scanned on its own so no match spans two tags); an unscoped leaf matches in any of them.
 * - A leaf that folds to nothing (only symbols) never matches.
 */

/** A rule to compile: its id and its parsed query. */
export type RuleInput = { id: string; query: QueryNode };

/** The parts of an item matching looks at. */
export type MatchableItem = {
  title: string;
  text: string;
  sourceName: string;
  sourceTags: readonly string[];
};

/** A NEAR clause that held: its two leaves as typed and the smallest distance found, in words. */
export type NearHit = { left: string; right: string; distance: number };

/** A rule an item matched: the leaf texts that hit (as typed, not negated), and NEAR clauses. */
export type RuleMatch = { ruleId: string; terms: string[]; nearHits?: NearHit[] };

/** Field bits of an item part. */
const fieldBits: Readonly<Record<QueryField, number>> = { any: 7, title: 1, text: 2, source: 4 };
const titleBit = 1;
const textBit = 2;
const sourceBit = 4;

/** Most positions kept per pattern and item for NEAR; further occurrences still count as hits. */
export const maxNearPositions = 10_000;

type CompiledNode =
  | { kind: 'leaf'; leaf: number }
  | { kind: 'and' | 'or'; children: CompiledNode[] }
  | { kind: 'not'; child: CompiledNode }
  | { kind: 'near'; left: number; right: number; distance: number };

type CompiledLeaf = {
  text: string;
  fieldMask: number;
  patterns: number[];
  isPositive: boolean;
};

type CompiledRule = {
  id: string;
  root: CompiledNode;
  leaves: number[];
};

type Pattern = {
  length: number;
  /**
   * 1 when the pattern's end must be a word boundary: it is then in the automaton followed by a
   * space, which the scan's hit end is past. (Its start, if bounded, is preceded by a space there.)
   */
  trailingSpace: number;
  hasPositions: boolean;
  rules: number[];
};

/** Open-addressing hash of automaton transitions (state, symbol) → state, in typed arrays. */
type TransitionTable = {
  mask: number;
  states: Int32Array;
  symbols: Int32Array;
  targets: Int32Array;
};

type Automaton = {
  /** Code unit → symbol (1-based); 0 for units in no pattern, which send the scan to the root. */
  alphabet: Int32Array;
  rootNext: Int32Array;
  transitions: TransitionTable;
  fail: Int32Array;
  /** Nearest proper suffix state ending a pattern, 0 for none. */
  outputLink: Int32Array;
  /** Patterns ending at each state: `statePatterns[patternStart[s] .. patternStart[s + 1])`. */
  patternStart: Int32Array;
  statePatterns: Int32Array;
};

/** A CJK run of a part cut into words: `localWords[i]` is the run's word index at `start + i`. */
type SegmentedRun = { start: number; end: number; words: number; localWords: Int32Array };

/**
 * One folded field (or source tag) of the item being matched, with the CJK runs NEAR has needed
 * so far: `runOfUnit[i]` is 1 + the index in `runs` of the run holding unit `i`, 0 if none yet.
 */
type ItemPart = {
  fieldBit: number;
  text: string;
  runs: SegmentedRun[];
  runOfUnit: Int32Array | null;
};

/**
 * Rules compiled for {@link matchItem}: the automaton over every pattern, the compiled trees, and
 * scratch space reused across items (matching is synchronous, so one set serves one call at a time).
 */
export type CompiledRuleSet = {
  readonly rules: readonly CompiledRule[];
  readonly leaves: readonly CompiledLeaf[];
  readonly patterns: readonly Pattern[];
  readonly automaton: Automaton;
  /** Rules whose tree holds with no hit at all (`a OR NOT b`): evaluated on every item. */
  readonly alwaysEvaluated: readonly number[];
  readonly scratch: {
    generation: number;
    /** Counts scanned parts, so marks of satisfied automaton states are reset in O(1). */
    partEpoch: number;
    /** `satisfiedEpoch[s] === partEpoch`: every pattern on `s`'s output chain needs no more hits. */
    satisfiedEpoch: Uint32Array;
    /** For a satisfied state, a later state of its output chain to look at instead (or 0). */
    nextUnsatisfied: Int32Array;
    patternGeneration: Uint32Array;
    patternFields: Uint8Array;
    positions: number[][];
    ruleGeneration: Uint32Array;
    /** Folded source names and tags: few distinct ones recur on every item of a source. */
    foldedSources: Map<string, string>;
  };
};

/** Most folded source names and tags kept; the cache starts over when full. */
const maxFoldedSources = 4_096;

/** `text` (a source name or tag) folded, from the set's cache when seen before. */
function foldSourceText(set: CompiledRuleSet, text: string): string {
  const cache = set.scratch.foldedSources;
  let folded = cache.get(text);
  if (folded === undefined) {
    if (cache.size >= maxFoldedSources) {
      cache.clear();
    }
    folded = foldTextForMatching(text);
    cache.set(text, folded);
  }
  return folded;
}

const cjkStart =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u30FC]/u;
const cjkEnd =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u30FC]$/u;

/**
 * Compiles rules for {@link matchItem}: folds every leaf, expands terms by `synonyms` (groups of
 * equivalent terms, folded here), and builds one automaton over all distinct patterns. Compile
 * once per change of rules or synonyms, then match every item with the result.
 */
export function compileRuleSet(
  rules: readonly RuleInput[],
  synonyms: SynonymGroups,
): CompiledRuleSet {
  const synonymIndex = buildSynonymIndex(synonyms);
  const leaves: CompiledLeaf[] = [];
  const patterns: Pattern[] = [];
  const patternTexts: string[] = [];
  const patternIds = new Map<string, number>();
  const compiledRules: CompiledRule[] = [];

  const patternFor = (text: string, isPrefix: boolean, hasPositions: boolean) => {
    const key = `${isPrefix ? '*' : '='}${text}`;
    let id = patternIds.get(key);
    if (id === undefined) {
      id = patterns.length;
      patternIds.set(key, id);
      // Word boundaries are spaces in the automaton's pattern (the scan adds one at each end of
      // the text), so every hit found is a real hit: no check that fails again and again.
      const needsStartBoundary = !cjkStart.test(text);
      const needsEndBoundary = !isPrefix && !cjkEnd.test(text);
      patternTexts.push(`${needsStartBoundary ? ' ' : ''}${text}${needsEndBoundary ? ' ' : ''}`);
      patterns.push({
        length: text.length,
        trailingSpace: needsEndBoundary ? 1 : 0,
        hasPositions,
        rules: [],
      });
    }
    const pattern = patterns[id];
    if (pattern !== undefined) {
      pattern.hasPositions ||= hasPositions;
    }
    return id;
  };

  const compileLeaf = (
    leaf: QueryLeaf,
    isPositive: boolean,
    isNearOperand: boolean,
    ruleLeaves: number[],
  ): number => {
    const typed = leaf.text.trim();
    const isPrefix = leaf.kind === 'term' && typed.endsWith('*');
    const folded = foldForMatching(isPrefix ? typed.slice(0, -1) : typed).text;
    const expansions =
      folded.length === 0
        ? []
        : leaf.kind === 'term'
          ? (synonymIndex.get(folded) ?? [folded])
          : [folded];
    const id = leaves.length;
    leaves.push({
      text: leaf.text,
      fieldMask: fieldBits[leaf.field],
      patterns: expansions.map((text) => patternFor(text, isPrefix, isNearOperand)),
      isPositive,
    });
    ruleLeaves.push(id);
    return id;
  };

  const compileNode = (
    node: QueryNode,
    isPositive: boolean,
    ruleLeaves: number[],
  ): CompiledNode => {
    switch (node.kind) {
      case 'term':
      case 'phrase':
        return { kind: 'leaf', leaf: compileLeaf(node, isPositive, false, ruleLeaves) };
      case 'and':
      case 'or':
        return {
          kind: node.kind,
          children: node.children.map((child) => compileNode(child, isPositive, ruleLeaves)),
        };
      case 'not':
        return { kind: 'not', child: compileNode(node.child, !isPositive, ruleLeaves) };
      case 'near':
        return {
          kind: 'near',
          left: compileLeaf(node.left, isPositive, true, ruleLeaves),
          right: compileLeaf(node.right, isPositive, true, ruleLeaves),
          distance: node.distance,
        };
    }
  };

  for (const rule of rules) {
    const ruleLeaves: number[] = [];
    const root = compileNode(rule.query, true, ruleLeaves);
    compiledRules.push({ id: rule.id, root, leaves: ruleLeaves });
  }
  const alwaysEvaluated: number[] = [];
  for (const [index, rule] of compiledRules.entries()) {
    const triggers = holdsWithoutHits(rule.root)
      ? null
      : triggerLeaves(rule.root, leaves, patterns);
    if (triggers === null) {
      alwaysEvaluated.push(index);
      continue;
    }
    for (const leafIndex of triggers) {
      for (const patternId of leaves[leafIndex]?.patterns ?? []) {
        const pattern = patterns[patternId];
        if (pattern !== undefined && pattern.rules.at(-1) !== index) {
          pattern.rules.push(index);
        }
      }
    }
  }
  const automaton = buildAutomaton(patternTexts);
  return {
    rules: compiledRules,
    leaves,
    patterns,
    automaton,
    alwaysEvaluated,
    scratch: {
      generation: 0,
      partEpoch: 0,
      satisfiedEpoch: new Uint32Array(automaton.fail.length),
      nextUnsatisfied: new Int32Array(automaton.fail.length),
      patternGeneration: new Uint32Array(patterns.length),
      patternFields: new Uint8Array(patterns.length),
      positions: patterns.map(() => []),
      ruleGeneration: new Uint32Array(compiledRules.length),
      foldedSources: new Map(),
    },
  };
}

/**
 * Leaves at least one of which must hit for the tree to hold, or null when no such set is known
 * (a NOT, or an OR with such a child): then the rule is evaluated on every item. Under an AND,
 * the child most likely to be rare is picked (fewest leaves, then longest shortest pattern: a
 * brand name rather than a common topic), so a rule is woken only by its selective terms.
 */
function triggerLeaves(
  node: CompiledNode,
  leaves: readonly CompiledLeaf[],
  patterns: readonly Pattern[],
): number[] | null {
  const rarity = (leafIndex: number) => {
    const lengths = (leaves[leafIndex]?.patterns ?? []).map((id) => patterns[id]?.length ?? 0);
    return lengths.length === 0 ? 0 : Math.min(...lengths);
  };
  switch (node.kind) {
    case 'leaf':
      return [node.leaf];
    case 'near':
      return [rarity(node.left) >= rarity(node.right) ? node.left : node.right];
    case 'not':
      return null;
    case 'or': {
      const all: number[] = [];
      for (const child of node.children) {
        const triggers = triggerLeaves(child, leaves, patterns);
        if (triggers === null) {
          return null;
        }
        all.push(...triggers);
      }
      return all;
    }
    case 'and': {
      let best: number[] | null = null;
      let bestRarity = -1;
      for (const child of node.children) {
        const triggers = triggerLeaves(child, leaves, patterns);
        if (triggers === null) {
          continue;
        }
        const childRarity = Math.min(...triggers.map(rarity));
        if (
          best === null ||
          triggers.length < best.length ||
          (triggers.length === best.length && childRarity > bestRarity)
        ) {
          best = triggers;
          bestRarity = childRarity;
        }
      }
      return best;
    }
  }
}

/** The tree's value when no leaf hits. */
function holdsWithoutHits(node: CompiledNode): boolean {
  switch (node.kind) {
    case 'leaf':
    case 'near':
      return false;
    case 'not':
      return !holdsWithoutHits(node.child);
    case 'and':
      return node.children.every(holdsWithoutHits);
    case 'or':
      return node.children.some(holdsWithoutHits);
  }
}

function hashTransition(state: number, symbol: number, mask: number): number {
  return (Math.imul(state, 0x9e3779b1) ^ Math.imul(symbol, 0x85ebca6b)) & mask;
}

function lookupTransition(table: TransitionTable, state: number, symbol: number): number {
  let slot = hashTransition(state, symbol, table.mask);
  for (;;) {
    const slotState = table.states[slot] ?? -1;
    if (slotState === -1) {
      return -1;
    }
    if (slotState === state && table.symbols[slot] === symbol) {
      return table.targets[slot] ?? -1;
    }
    slot = (slot + 1) & table.mask;
  }
}

/** Builds the Aho-Corasick automaton over `texts` (pattern i is `texts[i]`), in UTF-16 units. */
function buildAutomaton(texts: readonly string[]): Automaton {
  const alphabet = new Int32Array(0x10000);
  let alphabetSize = 0;
  for (const text of texts) {
    for (let index = 0; index < text.length; index += 1) {
      const unit = text.charCodeAt(index);
      if (alphabet[unit] === 0) {
        alphabetSize += 1;
        alphabet[unit] = alphabetSize;
      }
    }
  }
  // The trie: children per state as (symbol, child) lists while building.
  const children: Map<number, number>[] = [new Map<number, number>()];
  const endings: number[][] = [[]];
  for (const [pattern, text] of texts.entries()) {
    let state = 0;
    for (let index = 0; index < text.length; index += 1) {
      const symbol = alphabet[text.charCodeAt(index)] ?? 0;
      const stateChildren = children[state] ?? new Map<number, number>();
      let next = stateChildren.get(symbol);
      if (next === undefined) {
        next = children.length;
        children.push(new Map<number, number>());
        endings.push([]);
        stateChildren.set(symbol, next);
      }
      state = next;
    }
    endings[state]?.push(pattern);
  }
  const stateCount = children.length;
  let transitionCount = 0;
  for (const stateChildren of children) {
    transitionCount += stateChildren.size;
  }
  let capacity = 16;
  while (capacity < transitionCount * 2) {
    capacity *= 2;
  }
  const transitions: TransitionTable = {
    mask: capacity - 1,
    states: new Int32Array(capacity).fill(-1),
    symbols: new Int32Array(capacity),
    targets: new Int32Array(capacity),
  };
  const rootNext = new Int32Array(alphabetSize + 1);
  for (const [state, stateChildren] of children.entries()) {
    for (const [symbol, child] of stateChildren) {
      if (state === 0) {
        rootNext[symbol] = child;
      }
      let slot = hashTransition(state, symbol, transitions.mask);
      while ((transitions.states[slot] ?? -1) !== -1) {
        slot = (slot + 1) & transitions.mask;
      }
      transitions.states[slot] = state;
      transitions.symbols[slot] = symbol;
      transitions.targets[slot] = child;
    }
  }
  // Failure and output links, breadth first.
  const fail = new Int32Array(stateCount);
  const outputLink = new Int32Array(stateCount);
  const queue = new Int32Array(stateCount);
  let head = 0;
  let tail = 0;
  for (const child of (children[0] ?? new Map<number, number>()).values()) {
    queue[tail] = child;
    tail += 1;
  }
  while (head < tail) {
    const state = queue[head] ?? 0;
    head += 1;
    for (const [symbol, child] of children[state] ?? new Map<number, number>()) {
      let fallback = fail[state] ?? 0;
      let target = -1;
      for (;;) {
        target =
          fallback === 0
            ? (rootNext[symbol] ?? 0)
            : lookupTransition(transitions, fallback, symbol);
        if (target >= 0 || fallback === 0) {
          break;
        }
        fallback = fail[fallback] ?? 0;
      }
      const childFail = target > 0 && target !== child ? target : 0;
      fail[child] = childFail;
      outputLink[child] =
        (endings[childFail]?.length ?? 0) > 0 ? childFail : (outputLink[childFail] ?? 0);
      queue[tail] = child;
      tail += 1;
    }
  }
  const patternStart = new Int32Array(stateCount + 1);
  const statePatterns = new Int32Array(texts.length);
  let written = 0;
  for (let state = 0; state < stateCount; state += 1) {
    patternStart[state] = written;
    for (const pattern of endings[state] ?? []) {
      statePatterns[written] = pattern;
      written += 1;
    }
  }
  patternStart[stateCount] = written;
  return { alphabet, rootNext, transitions, fail, outputLink, patternStart, statePatterns };
}

/**
 * True when pattern `patternId` needs no more hits in the part being scanned: it has hit in this
 * field and either keeps no positions or already keeps as many as it may.
 */
function isPatternSatisfied(set: CompiledRuleSet, patternId: number, fieldBit: number): boolean {
  const { scratch } = set;
  return (
    scratch.patternGeneration[patternId] === scratch.generation &&
    ((scratch.patternFields[patternId] ?? 0) & fieldBit) !== 0 &&
    (set.patterns[patternId]?.hasPositions !== true ||
      (scratch.positions[patternId]?.length ?? 0) >= maxNearPositions * 3)
  );
}

/**
 * The first state from `state` on along output links that may still hold an unsatisfied pattern
 * (0 for none), skipping states marked satisfied in this part and shortening the links walked
 * (path compression), so each state's chain is walked in full about once per part.
 */
function firstUnsatisfiedOutput(
  satisfiedEpoch: Uint32Array,
  nextUnsatisfied: Int32Array,
  epoch: number,
  state: number,
): number {
  let found = state;
  while (found > 0 && satisfiedEpoch[found] === epoch) {
    found = nextUnsatisfied[found] ?? 0;
  }
  let current = state;
  while (current !== found) {
    const following = nextUnsatisfied[current] ?? 0;
    nextUnsatisfied[current] = found;
    current = following;
  }
  return found;
}

/**
 * Scans one folded part and records the pattern hits evaluation needs: the fields each pattern
 * hit in, and positions (up to `maxNearPositions`) for NEAR operands. A pattern needing nothing
 * more is skipped, and so is a state of the automaton all of whose outputs are, so the work per
 * position stays bounded however rule terms nest (`外`, `外外`, `外外外`, …).
 */
function scanPart(
  set: CompiledRuleSet,
  part: ItemPart,
  partIndex: number,
  candidates: number[],
): void {
  const { alphabet, rootNext, transitions, fail, outputLink, patternStart, statePatterns } =
    set.automaton;
  const { scratch, patterns } = set;
  const generation = scratch.generation;
  const text = part.text;
  const length = text.length;
  if (length === 0) {
    return;
  }
  scratch.partEpoch = (scratch.partEpoch + 1) >>> 0;
  if (scratch.partEpoch === 0) {
    scratch.satisfiedEpoch.fill(0);
    scratch.partEpoch = 1;
  }
  const epoch = scratch.partEpoch;
  const { satisfiedEpoch, nextUnsatisfied } = scratch;
  const spaceSymbol = alphabet[0x20] ?? 0;
  let state = 0;
  // The text is read between two spaces (`index` 0 and `length + 1`), so patterns bounded by a
  // space also match at its ends; `index` is the offset in the text just past the unit read.
  for (let index = 0; index <= length + 1; index += 1) {
    const symbol =
      index === 0 || index > length ? spaceSymbol : (alphabet[text.charCodeAt(index - 1)] ?? 0);
    if (symbol === 0) {
      state = 0;
      continue;
    }
    for (;;) {
      if (state === 0) {
        state = rootNext[symbol] ?? 0;
        break;
      }
      const next = lookupTransition(transitions, state, symbol);
      if (next >= 0) {
        state = next;
        break;
      }
      state = fail[state] ?? 0;
    }
    let output = firstUnsatisfiedOutput(
      satisfiedEpoch,
      nextUnsatisfied,
      epoch,
      (patternStart[state + 1] ?? 0) > (patternStart[state] ?? 0)
        ? state
        : (outputLink[state] ?? 0),
    );
    while (output > 0) {
      let isStateSatisfied = true;
      const last = patternStart[output + 1] ?? 0;
      for (let slot = patternStart[output] ?? 0; slot < last; slot += 1) {
        const patternId = statePatterns[slot] ?? 0;
        const pattern = patterns[patternId];
        if (pattern === undefined || isPatternSatisfied(set, patternId, part.fieldBit)) {
          continue;
        }
        const end = index - pattern.trailingSpace;
        const start = end - pattern.length;
        if (scratch.patternGeneration[patternId] !== generation) {
          scratch.patternGeneration[patternId] = generation;
          scratch.patternFields[patternId] = 0;
          const positions = scratch.positions[patternId];
          if (positions !== undefined) {
            positions.length = 0;
          }
          for (const rule of pattern.rules) {
            if (scratch.ruleGeneration[rule] !== generation) {
              scratch.ruleGeneration[rule] = generation;
              candidates.push(rule);
            }
          }
        }
        scratch.patternFields[patternId] = (scratch.patternFields[patternId] ?? 0) | part.fieldBit;
        if (pattern.hasPositions) {
          const positions = scratch.positions[patternId];
          if (positions !== undefined && positions.length < maxNearPositions * 3) {
            positions.push(partIndex, start, end);
          }
        }
        isStateSatisfied &&= isPatternSatisfied(set, patternId, part.fieldBit);
      }
      const following = outputLink[output] ?? 0;
      if (isStateSatisfied) {
        satisfiedEpoch[output] = epoch;
        nextUnsatisfied[output] = following;
      }
      output = firstUnsatisfiedOutput(satisfiedEpoch, nextUnsatisfied, epoch, following);
    }
  }
}

/** Fields a leaf hit in, for the item being matched. */
function leafFields(set: CompiledRuleSet, leaf: CompiledLeaf): number {
  const { scratch } = set;
  let fields = 0;
  for (const patternId of leaf.patterns) {
    if (scratch.patternGeneration[patternId] === scratch.generation) {
      fields |= scratch.patternFields[patternId] ?? 0;
    }
  }
  return fields & leaf.fieldMask;
}

let segmenter: Intl.Segmenter | null = null;

/** The shared word segmenter, created on first use of NEAR. */
function wordSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return segmenter;
}

/** True for a UTF-16 unit of a CJK run in folded text (Han, kana, Hangul, Bopomofo, or a surrogate). */
function isCjkUnit(unit: number): boolean {
  return (
    (unit >= 0x2e80 && unit <= 0x9fff) ||
    (unit >= 0xac00 && unit <= 0xd7af) ||
    (unit >= 0xd800 && unit <= 0xdfff) ||
    (unit >= 0xf900 && unit <= 0xfaff) ||
    (unit >= 0x3040 && unit <= 0x31ff)
  );
}

/**
 * End of the non-CJK word starting at `start` of folded text: the next space, CJK unit or end.
 */
function otherWordEnd(text: string, start: number): number {
  let end = start + 1;
  while (end < text.length) {
    const unit = text.charCodeAt(end);
    if (unit === 0x20 || isCjkUnit(unit)) {
      break;
    }
    end += 1;
  }
  return end;
}

/**
 * The CJK run (maximal span of CJK units) holding `position`, cut into words by
 * `Intl.Segmenter` on first need and kept on the part; null for a run of one unit, which is one
 * word. The whole run is always segmented, never a piece of it: the segmenter's dictionary pass
 * looks at the run as a whole, so a piece could be cut differently.
 */
function cjkRunAt(part: ItemPart, position: number): SegmentedRun | null {
  const known = part.runOfUnit?.[position] ?? 0;
  if (known > 0) {
    return part.runs[known - 1] ?? null;
  }
  const text = part.text;
  let start = position;
  while (start > 0 && isCjkUnit(text.charCodeAt(start - 1))) {
    start -= 1;
  }
  let end = position + 1;
  while (end < text.length && isCjkUnit(text.charCodeAt(end))) {
    end += 1;
  }
  if (end - start === 1) {
    return null;
  }
  const localWords = new Int32Array(end - start);
  let words = 0;
  for (const segment of wordSegmenter().segment(text.slice(start, end))) {
    localWords.fill(words, segment.index, segment.index + segment.segment.length);
    if (segment.isWordLike === true) {
      words += 1;
    }
  }
  const run: SegmentedRun = { start, end, words, localWords };
  part.runs.push(run);
  part.runOfUnit ??= new Int32Array(text.length);
  part.runOfUnit.fill(part.runs.length, start, end);
  return run;
}

/**
 * Words from offset `from` to offset `to` (`from < to`) of a part's folded text: the index of the
 * word at `to` minus that of the word at `from`, an offset between words counting as the next
 * word. Words of other scripts are space-separated (folding guarantees it); a CJK run counts its
 * segmenter words. Only the gap is walked, and only the CJK runs it touches are segmented; the
 * walk stops once more than `limit` words are passed and then returns some count above `limit`.
 */
function wordsBetween(part: ItemPart, from: number, to: number, limit: number): number {
  const text = part.text;
  let total = 0;
  let position = from;
  if (position < text.length && text.charCodeAt(position) !== 0x20) {
    const run = isCjkUnit(text.charCodeAt(position)) ? cjkRunAt(part, position) : null;
    if (run !== null) {
      const local = run.localWords[position - run.start] ?? 0;
      if (to < run.end) {
        return (run.localWords[to - run.start] ?? 0) - local;
      }
      total = run.words - local;
      position = run.end;
    } else {
      const end = isCjkUnit(text.charCodeAt(position))
        ? position + 1
        : otherWordEnd(text, position);
      if (to < end) {
        return 0;
      }
      total = 1;
      position = end;
    }
  }
  while (position < to) {
    if (total > limit) {
      return total;
    }
    const unit = text.charCodeAt(position);
    if (unit === 0x20) {
      position += 1;
      continue;
    }
    const run = isCjkUnit(unit) ? cjkRunAt(part, position) : null;
    if (run !== null) {
      if (to < run.end) {
        return total + (run.localWords[to - run.start] ?? 0);
      }
      total += run.words;
      position = run.end;
    } else {
      const end = isCjkUnit(unit) ? position + 1 : otherWordEnd(text, position);
      if (to < end) {
        return total;
      }
      total += 1;
      position = end;
    }
  }
  return total;
}

/**
 * Hits of a leaf usable for NEAR, as flat (part, start, end) triples sorted by part then start.
 * One pattern's hits are already in that order (scan order, all of one length) and are returned
 * as they are; a leaf with synonyms merges its patterns' hits.
 */
function leafHits(set: CompiledRuleSet, leaf: CompiledLeaf): readonly number[] {
  let single: number[] | null = null;
  let merged: number[] | null = null;
  for (const patternId of leaf.patterns) {
    if (set.scratch.patternGeneration[patternId] !== set.scratch.generation) {
      continue;
    }
    const positions = set.scratch.positions[patternId] ?? [];
    if (single === null) {
      single = positions;
    } else {
      merged ??= [...single];
      merged.push(...positions);
    }
  }
  if (merged === null) {
    return single ?? [];
  }
  const all = merged;
  const order = Array.from({ length: all.length / 3 }, (_, index) => index * 3);
  order.sort((a, b) => (all[a] ?? 0) - (all[b] ?? 0) || (all[a + 1] ?? 0) - (all[b + 1] ?? 0));
  return order.flatMap((slot) => [all[slot] ?? 0, all[slot + 1] ?? 0, all[slot + 2] ?? 0]);
}

/** Adds `value` to a binary min-heap kept in `heap`. */
function pushHeap(heap: number[], value: number): void {
  let slot = heap.length;
  heap.push(value);
  while (slot > 0) {
    const parent = (slot - 1) >> 1;
    const parentValue = heap[parent] ?? 0;
    if (parentValue <= value) {
      break;
    }
    heap[slot] = parentValue;
    slot = parent;
  }
  heap[slot] = value;
}

/** Removes the smallest value of a non-empty binary min-heap and returns it. */
function popHeap(heap: number[]): number {
  const smallest = heap[0] ?? 0;
  const last = heap.pop() ?? 0;
  const size = heap.length;
  if (size === 0) {
    return smallest;
  }
  let slot = 0;
  for (;;) {
    let child = slot * 2 + 1;
    if (child >= size) {
      break;
    }
    if (child + 1 < size && (heap[child + 1] ?? 0) < (heap[child] ?? 0)) {
      child += 1;
    }
    const childValue = heap[child] ?? 0;
    if (childValue >= last) {
      break;
    }
    heap[slot] = childValue;
    slot = child;
  }
  heap[slot] = last;
  return smallest;
}

/**
 * Largest of `ended` and the values of `pending` (a min-heap of hit ends) at most `position`,
 * which leave the heap: hits ending there no longer overlap any hit starting there or later.
 */
function releaseEnded(pending: number[], ended: number, position: number): number {
  let largest = ended;
  while (pending.length > 0 && (pending[0] ?? 0) <= position) {
    largest = Math.max(largest, popHeap(pending));
  }
  return largest;
}

/**
 * Smallest word distance, if at most `maxDistance`, between a left and a right hit in one part
 * whose field is in `fields`, else -1. Both lists are (part, start, end) triples sorted by part
 * then start. Only two distinct hits that do not overlap count (one hit on both sides, or a hit
 * inside the other, is no pair); their distance is the later-starting one's first word minus the
 * other's last word. In one merged pass, each hit is measured from the other side's hit ending
 * furthest among those already ended at its start (hits not yet ended wait in a heap), and only
 * when that changed since the last hit of its side, as a later hit measured from the same point
 * is never nearer. So at most one gap per alternation of sides is walked, and each walk stops
 * past the best distance found so far.
 */
function nearestDistance(
  left: readonly number[],
  right: readonly number[],
  parts: readonly ItemPart[],
  fields: number,
  maxDistance: number,
): number {
  let best = -1;
  let limit = maxDistance;
  let leftSlot = 0;
  let rightSlot = 0;
  let currentPart = -1;
  const leftPending: number[] = [];
  const rightPending: number[] = [];
  let leftEnd = -1;
  let rightEnd = -1;
  let leftEndUsed = -1;
  let rightEndUsed = -1;
  while (leftSlot < left.length || rightSlot < right.length) {
    let isLeft = rightSlot >= right.length;
    if (!isLeft && leftSlot < left.length) {
      const leftPart = left[leftSlot] ?? 0;
      const rightPart = right[rightSlot] ?? 0;
      isLeft =
        leftPart < rightPart ||
        (leftPart === rightPart && (left[leftSlot + 1] ?? 0) <= (right[rightSlot + 1] ?? 0));
    }
    const list = isLeft ? left : right;
    const slot = isLeft ? leftSlot : rightSlot;
    if (isLeft) {
      leftSlot += 3;
    } else {
      rightSlot += 3;
    }
    const partIndex = list[slot] ?? 0;
    const part = parts[partIndex];
    if (part === undefined || (part.fieldBit & fields) === 0) {
      continue;
    }
    const start = list[slot + 1] ?? 0;
    const end = list[slot + 2] ?? 0;
    if (partIndex !== currentPart) {
      currentPart = partIndex;
      leftPending.length = 0;
      rightPending.length = 0;
      leftEnd = -1;
      rightEnd = -1;
      leftEndUsed = -1;
      rightEndUsed = -1;
    }
    // Starts only grow within a part, so a hit ended here has ended for every later hit.
    leftEnd = releaseEnded(leftPending, leftEnd, start);
    rightEnd = releaseEnded(rightPending, rightEnd, start);
    const otherEnd = isLeft ? rightEnd : leftEnd;
    if (otherEnd >= 0 && otherEnd !== (isLeft ? rightEndUsed : leftEndUsed)) {
      if (isLeft) {
        rightEndUsed = otherEnd;
      } else {
        leftEndUsed = otherEnd;
      }
      const distance = wordsBetween(part, otherEnd - 1, start, limit);
      if (distance <= limit) {
        best = distance;
        limit = distance - 1;
        if (limit < 0) {
          return best;
        }
      }
    }
    pushHeap(isLeft ? leftPending : rightPending, end);
  }
  return best;
}

/**
 * The NEAR distance matching computes within one field, on its folded text: the smallest word
 * distance, if at most `maxDistance`, between a `left` and a `right` span (flat `[start, end)`
 * offset pairs, non-empty, each list sorted by start) that do not overlap, else -1. Exported so
 * tests can compare it with counting words over the whole text.
 */
export function nearestWordDistance(
  foldedText: string,
  left: readonly number[],
  right: readonly number[],
  maxDistance: number,
): number {
  const asHits = (spans: readonly number[]) => {
    const hits: number[] = [];
    for (let slot = 0; slot + 1 < spans.length; slot += 2) {
      hits.push(0, spans[slot] ?? 0, spans[slot + 1] ?? 0);
    }
    return hits;
  };
  const part: ItemPart = { fieldBit: textBit, text: foldedText, runs: [], runOfUnit: null };
  return nearestDistance(asHits(left), asHits(right), [part], textBit, maxDistance);
}

type Evaluation = { set: CompiledRuleSet; parts: readonly ItemPart[]; nearHits: NearHit[] };

function evaluate(node: CompiledNode, context: Evaluation, isPositive: boolean): boolean {
  const { set } = context;
  switch (node.kind) {
    case 'leaf': {
      const leaf = set.leaves[node.leaf];
      return leaf !== undefined && leafFields(set, leaf) !== 0;
    }
    case 'and':
      return node.children.every((child) => evaluate(child, context, isPositive));
    case 'or':
      return node.children.some((child) => evaluate(child, context, isPositive));
    case 'not':
      return !evaluate(node.child, context, !isPositive);
    case 'near': {
      const left = set.leaves[node.left];
      const right = set.leaves[node.right];
      if (left === undefined || right === undefined) {
        return false;
      }
      const fields = leafFields(set, left) & leafFields(set, right);
      if (fields === 0) {
        return false;
      }
      const distance = nearestDistance(
        leafHits(set, left),
        leafHits(set, right),
        context.parts,
        fields,
        node.distance,
      );
      const holds = distance >= 0;
      if (holds && isPositive) {
        context.nearHits.push({ left: left.text, right: right.text, distance });
      }
      return holds;
    }
  }
}

/**
 * The rules `item` matches, in rule order: each with the leaf texts that hit (as typed; negated
 * leaves left out) and, for NEAR clauses that held, their leaves and distance. Folds and scans
 * the title, the text, the source name and each source tag once (source names and tags are
 * folded once per rule set and kept, as they repeat across a source's items).
 */
export function matchItem(set: CompiledRuleSet, item: MatchableItem): RuleMatch[] {
  const { scratch } = set;
  scratch.generation = (scratch.generation + 1) >>> 0 || 1;
  const parts: ItemPart[] = [
    { fieldBit: titleBit, text: foldTextForMatching(item.title), runs: [], runOfUnit: null },
    { fieldBit: textBit, text: foldTextForMatching(item.text), runs: [], runOfUnit: null },
    {
      fieldBit: sourceBit,
      text: foldSourceText(set, item.sourceName),
      runs: [],
      runOfUnit: null,
    },
  ];
  for (const tag of item.sourceTags) {
    parts.push({ fieldBit: sourceBit, text: foldSourceText(set, tag), runs: [], runOfUnit: null });
  }
  const candidates: number[] = [];
  for (const [index, part] of parts.entries()) {
    scanPart(set, part, index, candidates);
  }
  for (const rule of set.alwaysEvaluated) {
    if (scratch.ruleGeneration[rule] !== scratch.generation) {
      scratch.ruleGeneration[rule] = scratch.generation;
      candidates.push(rule);
    }
  }
  candidates.sort((a, b) => a - b);
  const matches: RuleMatch[] = [];
  for (const ruleIndex of candidates) {
    const rule = set.rules[ruleIndex];
    if (rule === undefined) {
      continue;
    }
    const context: Evaluation = { set, parts, nearHits: [] };
    if (!evaluate(rule.root, context, true)) {
      continue;
    }
    const terms: string[] = [];
    for (const leafIndex of rule.leaves) {
      const leaf = set.leaves[leafIndex];
      if (leaf !== undefined && leaf.isPositive && leafFields(set, leaf) !== 0) {
        if (!terms.includes(leaf.text)) {
          terms.push(leaf.text);
        }
      }
    }
    matches.push(
      context.nearHits.length > 0
        ? { ruleId: rule.id, terms, nearHits: context.nearHits }
        : { ruleId: rule.id, terms },
    );
  }
  return matches;
}
