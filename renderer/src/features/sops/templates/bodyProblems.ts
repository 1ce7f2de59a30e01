import {
  isPlaceholderName,
  parsePlaceholders,
} from '../../../../../shared/domain/sops/statementTemplates';
import type { PlaceholderIssueCode } from '../../../../../shared/domain/sops/statementTemplates';

/**
 * Where a template body goes wrong, for the live check under the body field: each malformed
 * placeholder and each use of a name the app does not know, with the line and column a person
 * can find it by. The shared parser reports UTF-16 offsets; people count characters, so columns
 * count code points (an emoji or a rare CJK character outside the BMP is one column).
 */

/** One problem of a body, at a 1-based line and column. */
export type BodyProblem =
  | { kind: 'unknown'; name: string; line: number; column: number }
  | { kind: 'malformed'; code: PlaceholderIssueCode; line: number; column: number };

/** The offsets where each line starts (after `\n`, `\r\n` or a lone `\r`). */
function lineStarts(body: string): number[] {
  const starts = [0];
  for (let index = 0; index < body.length; index += 1) {
    const character = body[index];
    if (character === '\r' && body[index + 1] === '\n') {
      continue;
    }
    if (character === '\n' || character === '\r') {
      starts.push(index + 1);
    }
  }
  return starts;
}

/** The 1-based line and column of a UTF-16 offset, given the line starts. */
function positionOf(body: string, starts: readonly number[], offset: number) {
  // Binary search: a long body with many problems stays fast.
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((starts[middle] ?? 0) <= offset) {
      low = middle;
    } else {
      high = middle - 1;
    }
  }
  const lineStart = starts[low] ?? 0;
  return { line: low + 1, column: Array.from(body.slice(lineStart, offset)).length + 1 };
}

/** Every problem of `body` in text order: malformed braces and unknown placeholder names. */
export function findBodyProblems(body: string): BodyProblem[] {
  const { occurrences, issues } = parsePlaceholders(body);
  const starts = lineStarts(body);
  const located = [
    ...issues.map((issue) => ({
      offset: issue.offset,
      problem: (position: { line: number; column: number }): BodyProblem => ({
        kind: 'malformed',
        code: issue.code,
        ...position,
      }),
    })),
    ...occurrences
      .filter((occurrence) => !isPlaceholderName(occurrence.name))
      .map((occurrence) => ({
        offset: occurrence.start,
        problem: (position: { line: number; column: number }): BodyProblem => ({
          kind: 'unknown',
          name: occurrence.name,
          ...position,
        }),
      })),
  ].sort((left, right) => left.offset - right.offset);
  return located.map(({ offset, problem }) => problem(positionOf(body, starts, offset)));
}
