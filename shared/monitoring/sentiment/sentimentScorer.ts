import type {
  CompiledSentimentLexicon,
  SentimentEntry,
  SentimentTrieNode,
  SentimentUnit,
} from './sentimentLexicon';
import { foldSentimentText, sentimentUnits } from './sentimentLexicon';

/**
 * A local, lexicon-based sentiment scorer for Chinese (Traditional and Simplified) and English
 * monitoring items. Text is folded like search text, cut into units (CJK characters, words,
 * emoji), and read left to right by longest match against the lexicon trie, so known phrases
 * (不錯, 沒誠意, waste of money) win over their parts. Negators flip the next sentiment term
 * within a short window, modifiers scale it, and a contrast (但是, but) halves what came before it
 * and strengthens what follows. Linear in the text: each position looks ahead at most the
 * lexicon's longest key, and input is cut at {@link maxSentimentTextLength}.
 */

/** Longest text scored, in UTF-16 units; the rest is ignored (an item's opening carries its tone). */
export const maxSentimentTextLength = 20_000;

/** The three labels a score maps to, in the order charts and mixes show them. */
export const sentimentLabels = ['positive', 'neutral', 'negative'] as const;

/** One of {@link sentimentLabels}. */
export type SentimentLabel = (typeof sentimentLabels)[number];

/** One lexicon term found in the text and what it contributed after negation, modifiers, contrast. */
export type SentimentHit = {
  /** The lexicon key as folded (Simplified Chinese, lower case). */
  term: string;
  weight: number;
  isNegated: boolean;
};

/** A text's sentiment: `score` in −1..1, its label, and the terms that produced it. */
export type SentimentResult = {
  score: number;
  label: SentimentLabel;
  hits: SentimentHit[];
};

/** Tuning knobs; defaults were chosen once on the labelled set (see the evaluation test). */
export type SentimentOptions = {
  /** |score| at or above which a text is positive or negative rather than neutral. */
  threshold: number;
  /** Units after a negator within which a term is negated (a clause break ends it sooner). */
  negationWindow: number;
  /** How much of a term's strength survives negation: "not good" is weaker than "bad". */
  negationScale: number;
  /** Units a negator may follow its term by and still negate it (一點誠意都沒有). */
  postNegationWindow: number;
  /** Units after a modifier within which it still applies (非常的好). */
  modifierWindow: number;
  /** Multiplier for terms before a contrast word, and for terms after it. */
  beforeContrast: number;
  afterContrast: number;
  /** Normalisation constant: score = sum / √(sum² + alpha); larger means one word counts less. */
  alpha: number;
};

/** The defaults; see {@link SentimentOptions}. */
export const defaultSentimentOptions: Readonly<SentimentOptions> = {
  threshold: 0.15,
  negationWindow: 4,
  negationScale: 0.75,
  postNegationWindow: 1,
  modifierWindow: 2,
  beforeContrast: 0.5,
  afterContrast: 1.5,
  alpha: 6,
};

/** Common English inflections tried when a word is not in the lexicon as written. */
function englishStems(word: string): string[] {
  if (!/^[a-z]+$/u.test(word) || word.length < 4) {
    return [];
  }
  const stems: string[] = [];
  if (word.endsWith('ies')) {
    stems.push(`${word.slice(0, -3)}y`);
  }
  if (word.endsWith('es')) {
    stems.push(word.slice(0, -2));
  }
  if (word.endsWith('s') && !word.endsWith('ss')) {
    stems.push(word.slice(0, -1));
  }
  if (word.endsWith('ed')) {
    stems.push(word.slice(0, -2), word.slice(0, -1));
  }
  if (word.endsWith('ing')) {
    stems.push(word.slice(0, -3), `${word.slice(0, -3)}e`);
  }
  return stems;
}

/** The longest lexicon entry starting at `start`, and how many units it spans. */
function longestMatch(
  units: readonly SentimentUnit[],
  start: number,
  root: SentimentTrieNode,
): { entry: SentimentEntry; length: number } | undefined {
  const first = units[start];
  if (first === undefined || first.kind === 'break') {
    return undefined;
  }
  let node = root.children.get(first.text);
  if (node === undefined) {
    // Inflected English words fall back to their stem, for single-word entries only.
    for (const stem of englishStems(first.text)) {
      const entry = root.children.get(stem)?.entry;
      if (entry !== undefined) {
        return { entry, length: 1 };
      }
    }
    return undefined;
  }
  let best = node.entry === undefined ? undefined : { entry: node.entry, length: 1 };
  for (let index = start + 1; index < units.length; index += 1) {
    const unit = units[index];
    if (unit === undefined || unit.kind === 'break') {
      break;
    }
    const next: SentimentTrieNode | undefined = node.children.get(unit.text);
    if (next === undefined) {
      break;
    }
    node = next;
    if (node.entry !== undefined) {
      best = { entry: node.entry, length: index - start + 1 };
    }
  }
  return best;
}

/** Text cut to {@link maxSentimentTextLength} without splitting a surrogate pair. */
function boundText(text: string): string {
  if (text.length <= maxSentimentTextLength) {
    return text;
  }
  const last = text.charCodeAt(maxSentimentTextLength - 1);
  const isHighSurrogate = last >= 0xd800 && last <= 0xdbff;
  return text.slice(0, isHighSurrogate ? maxSentimentTextLength - 1 : maxSentimentTextLength);
}

/** The label for a score under a threshold. */
export function sentimentLabel(score: number, threshold: number): SentimentLabel {
  if (score >= threshold) {
    return 'positive';
  }
  if (score <= -threshold) {
    return 'negative';
  }
  return 'neutral';
}

/**
 * Scores one text against a compiled lexicon (see `compileSentimentLexicon`). Pure and
 * synchronous; the same text in Traditional or Simplified characters scores the same.
 */
export function scoreSentiment(
  text: string,
  lexicon: CompiledSentimentLexicon,
  options: Partial<SentimentOptions> = {},
): SentimentResult {
  const settings = { ...defaultSentimentOptions, ...options };
  const units = sentimentUnits(foldSentimentText(boundText(text)));
  const hits: SentimentHit[] = [];
  let negations = 0;
  let negationLeft = 0;
  let factorBeforeNegation = 1;
  let factorAfterNegation = 1;
  let modifierLeft = 0;
  let contrastFactor = 1;
  // The last hit of the current clause and the units read since, for negators that follow a term.
  let clauseHit: SentimentHit | undefined;
  let unitsSinceHit = 0;

  const clearNegation = (): void => {
    negations = 0;
    negationLeft = 0;
  };
  const clearModifiers = (): void => {
    factorBeforeNegation = 1;
    factorAfterNegation = 1;
    modifierLeft = 0;
  };
  // An ordinary unit (or a neutral term) uses up both windows.
  const passUnit = (): void => {
    unitsSinceHit += 1;
    if (negationLeft > 0) {
      negationLeft -= 1;
      if (negationLeft === 0) {
        clearNegation();
      }
    }
    if (modifierLeft > 0) {
      modifierLeft -= 1;
      if (modifierLeft === 0) {
        clearModifiers();
      }
    }
  };

  let index = 0;
  while (index < units.length) {
    const unit = units[index];
    if (unit === undefined) {
      break;
    }
    if (unit.kind === 'break') {
      clearNegation();
      clearModifiers();
      clauseHit = undefined;
      index += 1;
      continue;
    }
    const match = longestMatch(units, index, lexicon.root);
    index += match?.length ?? 1;
    if (match === undefined) {
      passUnit();
      continue;
    }
    const { entry } = match;
    switch (entry.kind) {
      case 'postNegator':
        if (clauseHit !== undefined && unitsSinceHit <= settings.postNegationWindow) {
          clauseHit.weight = -clauseHit.weight * settings.negationScale;
          clauseHit.isNegated = !clauseHit.isNegated;
          clauseHit = undefined;
          break;
        }
        // With no term just before it, it negates what follows (都沒有人理).
        negations += 1;
        negationLeft = settings.negationWindow;
        break;
      case 'negator':
        negations += 1;
        negationLeft = settings.negationWindow;
        break;
      case 'modifier':
        if (negations > 0) {
          factorAfterNegation *= entry.factor;
        } else {
          factorBeforeNegation *= entry.factor;
        }
        modifierLeft = settings.modifierWindow + 1;
        break;
      case 'contrast':
        for (const hit of hits) {
          hit.weight *= settings.beforeContrast;
        }
        contrastFactor = settings.afterContrast;
        clauseHit = undefined;
        clearNegation();
        clearModifiers();
        break;
      case 'term': {
        if (entry.weight === 0) {
          passUnit();
          break;
        }
        const isNegated = negations % 2 === 1;
        const strength = entry.weight * factorBeforeNegation;
        // After a negator a modifier softens instead: 不太好 is milder than 不好.
        const weight = isNegated
          ? (-strength * settings.negationScale) / factorAfterNegation
          : strength * factorAfterNegation;
        clauseHit = { term: entry.term, weight: weight * contrastFactor, isNegated };
        unitsSinceHit = 0;
        hits.push(clauseHit);
        clearNegation();
        clearModifiers();
        break;
      }
    }
  }

  const sum = hits.reduce((total, hit) => total + hit.weight, 0);
  const score = sum === 0 ? 0 : sum / Math.sqrt(sum * sum + settings.alpha);
  return { score, label: sentimentLabel(score, settings.threshold), hits };
}
