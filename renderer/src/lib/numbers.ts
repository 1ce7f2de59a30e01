import type { Language } from '../../../shared/domain/settings';

/** Decimal (SI) byte units, as disk and browser storage figures are usually quoted. */
const byteUnits = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/**
 * A byte count in the largest unit that keeps it at or above 1, in the number conventions of
 * `language` (e.g. "1.5 GB", "1.5 GB" in Chinese too, with localised separators).
 */
export function formatBytes(bytes: number, language: Language): string {
  let value = Math.max(0, bytes);
  let unitIndex = 0;
  while (value >= 1000 && unitIndex < byteUnits.length - 1) {
    value /= 1000;
    unitIndex += 1;
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: byteUnits[unitIndex],
    unitDisplay: 'short',
    maximumFractionDigits: unitIndex === 0 ? 0 : 1,
  }).format(value);
}

/** A percentage from 0 to 100 in the conventions of `language` (e.g. "42%"). */
export function formatPercent(percent: number, language: Language): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(
    percent / 100,
  );
}

/**
 * An amount (a control's cost) with the digit grouping of `language`. No currency symbol: the
 * register does not know which currency the company budgets in.
 */
export function formatAmount(amount: number, language: Language): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(amount);
}
