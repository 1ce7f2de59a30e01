import {
  fillTemplate,
  isPlaceholderName,
  parsePlaceholders,
} from '../../../../../shared/domain/sops/statementTemplates';
import type {
  PlaceholderContext,
  StatementTemplate,
} from '../../../../../shared/domain/sops/statementTemplates';

/**
 * The text of a communication started from a statement template: the values the incident knows
 * filled in, the others left as their `{{name}}` for the person recording it to replace, and the
 * check that nothing of the kind is left when it is recorded as released.
 */

/** A template's text with what the incident knows filled in. */
export type PrefilledText = {
  text: string;
  /** Placeholders still in the text (or required by the template) without a value, in order. */
  missing: string[];
};

/**
 * Fills `template` from `context` as far as it can: the whole text when every value is known
 * (the shared {@link fillTemplate}), otherwise each placeholder with a value is replaced and the
 * rest stay as written, so the person sees exactly what is left to write. Values go in as they
 * are, in one pass, so a value containing braces is never filled again.
 */
export function prefillTemplate(
  template: Pick<StatementTemplate, 'body' | 'requiredPlaceholders'>,
  context: PlaceholderContext,
): PrefilledText {
  const filled = fillTemplate(template, context);
  if (filled.ok) {
    return { text: filled.text, missing: [] };
  }
  const { occurrences } = parsePlaceholders(template.body);
  const parts: string[] = [];
  let copiedUpTo = 0;
  for (const { name, start, end } of occurrences) {
    const value = isPlaceholderName(name) ? (context[name]?.trim() ?? '') : '';
    parts.push(
      template.body.slice(copiedUpTo, start),
      value === '' ? template.body.slice(start, end) : value,
    );
    copiedUpTo = end;
  }
  parts.push(template.body.slice(copiedUpTo));
  return { text: parts.join(''), missing: [...filled.unknown, ...filled.missing] };
}

/** What is left of placeholders in a text about to be released. */
export type LeftoverPlaceholders = {
  /** `{{name}}` placeholders still in the text, each once, in order. */
  names: string[];
  /** True when the text has stray or unclosed double braces. */
  hasMalformed: boolean;
};

/**
 * The placeholders left in `text`. A released text must have none, and no stray double braces
 * either: either would reach the audience as a blank or as markup.
 */
export function leftoverPlaceholders(text: string): LeftoverPlaceholders {
  const { names, issues } = parsePlaceholders(text);
  return { names, hasMalformed: issues.length > 0 };
}
