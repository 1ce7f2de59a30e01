import type { Page } from '@playwright/test';

/**
 * Helpers the end-to-end specs share: the app's own messages turned into the text a screen shows
 * (so a test finds elements by the same labels a user reads, in every language), and a watch on
 * page errors.
 */

/** i18next's `{{name}}` interpolation, for the handful of messages the test reads. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/gu, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for ${whole} in “${template}”`);
    return String(value);
  });
}

/**
 * The plural form i18next picks (`_one` for 1 where the language has it, `_other` otherwise),
 * filled with `count` and `values`.
 */
export function plural(
  group: Record<string, unknown>,
  key: string,
  count: number,
  values: Record<string, string | number> = {},
): string {
  const one = group[`${key}_one`];
  const other = group[`${key}_other`];
  const chosen = count === 1 && typeof one === 'string' ? one : other;
  if (typeof chosen !== 'string') throw new Error(`No plural forms for ${key}`);
  return fill(chosen, { ...values, count });
}

/** Collects uncaught page errors and console errors (a CSP violation is one) of a page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}
