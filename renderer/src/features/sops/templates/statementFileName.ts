/**
 * The suggested file name of an exported statement: `<template title>-YYYY-MM-DD.txt`. The title
 * is user text, so characters that no file system accepts (or that would make a path: slashes,
 * control characters, `<>:"|?*`) become hyphens, runs of spaces shrink to one and the ends are
 * trimmed of spaces, dots and hyphens (Windows drops trailing dots). Chinese titles stay readable.
 */

/** Longest title part of the name, in characters; file systems allow 255 bytes in all. */
const maxTitleCharacters = 80;

/** Characters a file name may not hold on Windows, macOS or Linux. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go.
const forbiddenCharacters = /[\u0000-\u001f\u007f<>:"/\\|?*]/gu;

/** Trims spaces, dots and hyphens from both ends. */
function trimEnds(text: string): string {
  return text.replace(/^[\s.-]+|[\s.-]+$/gu, '');
}

/**
 * The file name for a statement from the template titled `title`, exported on `today`
 * (`YYYY-MM-DD`); `fallback` (the translated word "statement") stands in for a title with
 * nothing usable left.
 */
export function statementFileName(title: string, today: string, fallback: string): string {
  const cleaned = trimEnds(title.replace(forbiddenCharacters, '-').replace(/\s+/gu, ' '));
  const shortened = trimEnds(Array.from(cleaned).slice(0, maxTitleCharacters).join(''));
  return `${shortened === '' ? fallback : shortened}-${today}.txt`;
}
