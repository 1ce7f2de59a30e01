import { useTranslation } from 'react-i18next';
import type {
  TextDiff,
  TextDiffPart,
  WordSegment,
} from '../../../../../shared/domain/sops/sopVersions';
import { DiffLine } from './DiffLine';

/** Props of {@link TextDiffView}. */
export type TextDiffViewProps = {
  diff: TextDiff;
};

/** Unchanged runs longer than this show their first and last line around a count. */
const maxContextLines = 3;

/** The text of a changed block on one side, with the words that changed on that side marked. */
function changedWords(words: readonly WordSegment[], side: 'removed' | 'added') {
  return words
    .filter((segment) => segment.kind === 'same' || segment.kind === side)
    .map((segment, index) =>
      segment.kind === side ? (
        // Positions are stable: the segments of one diff never reorder.
        <mark key={index} className="sop-diff__word">
          {segment.text}
        </mark>
      ) : (
        segment.text
      ),
    );
}

/** One part of a line diff. */
function TextDiffPartView({ part }: { part: TextDiffPart }) {
  const { t } = useTranslation();
  switch (part.kind) {
    case 'same': {
      const { lines } = part;
      if (lines.length <= maxContextLines) {
        return <div className="sop-diff__context">{lines.join('\n')}</div>;
      }
      return (
        <div className="sop-diff__context">
          {lines[0]}
          {'\n'}
          <span className="sop-diff__skipped">
            {t('sops.library.diff.unchangedLines', { count: lines.length - 2 })}
          </span>
          {'\n'}
          {lines.at(-1)}
        </div>
      );
    }
    case 'removed':
    case 'added':
      return <DiffLine kind={part.kind}>{part.lines.join('\n')}</DiffLine>;
    case 'changed':
      // Both sides in full, so the old and the new text can each be read (and found) whole.
      return part.words === null ? (
        <>
          <DiffLine kind="removed">{part.before.join('\n')}</DiffLine>
          <DiffLine kind="added">{part.after.join('\n')}</DiffLine>
        </>
      ) : (
        <>
          <DiffLine kind="removed">{changedWords(part.words, 'removed')}</DiffLine>
          <DiffLine kind="added">{changedWords(part.words, 'added')}</DiffLine>
        </>
      );
  }
}

/**
 * A text field's diff: unchanged lines as context (long runs shortened), removed and added lines
 * labelled, and a replaced block shown as its old and new text with the changed words marked.
 */
export function TextDiffView({ diff }: TextDiffViewProps) {
  return (
    <div className="sop-diff__text-diff">
      {diff.parts.map((part, index) => (
        // Parts have no identity beyond their position in this diff.
        <TextDiffPartView key={index} part={part} />
      ))}
    </div>
  );
}
