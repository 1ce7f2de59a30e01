import type { Language } from '../../../../../shared/domain/settings';

/** Number formatting of the report, in the document's language (not the UI's). */

/** A count with the digit grouping of `language`. */
export function reportCount(value: number, language: Language): string {
  return new Intl.NumberFormat(language).format(value);
}

/**
 * An amount of money in `currency` (an ISO 4217 code the postmortem validated) in the conventions
 * of `language`; the code is written out when the runtime does not know the currency.
 */
export function reportMoney(amount: number, currency: string, language: Language): string {
  try {
    return new Intl.NumberFormat(language, { style: 'currency', currency }).format(amount);
  } catch {
    // A well-formed code the runtime's currency data lacks: number and code, never a crash.
    return `${new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(amount)} ${currency}`;
  }
}

/** A percentage from 0 to 100 in `language`. */
export function reportPercent(percent: number, language: Language): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(
    percent / 100,
  );
}
