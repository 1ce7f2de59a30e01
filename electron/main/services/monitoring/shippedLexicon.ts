import lexiconData from '../../../../assets/sentiment/lexicon.json' with { type: 'json' };
import {
  parseSentimentLexicon,
  type SentimentLexicon,
} from '../../../../shared/monitoring/sentiment/sentimentLexicon';

/** The shipped lexicon, validated on first use (bundled into the main process by esbuild). */
let shippedLexicon: SentimentLexicon | null = null;

/**
 * The sentiment lexicon shipped in `assets/sentiment/lexicon.json` (source and licence beside it),
 * parsed once. Shared code cannot read assets, so the main process loads it here and merges the
 * user's words into it whenever the renderer sends rules. A broken shipped file throws: that is a
 * build error, not a user's.
 */
export function shippedSentimentLexicon(): SentimentLexicon {
  shippedLexicon ??= parseSentimentLexicon(lexiconData);
  return shippedLexicon;
}
