/** One diagnostic fact as text: shown in Settings and written to the report. */
export type DiagnosticFact = {
  /** Stable key. */
  id: string;
  label: string;
  /** Plain text; several lines are separated by `\n`. */
  value: string;
  /** Shown as a file path (monospace). */
  isPath?: boolean;
};

/**
 * The diagnostics report a user saves and sends when asking for help: a Markdown list of the
 * same facts Settings → Diagnostics shows, in the UI language, with the time it was made. It
 * holds no saved records, only facts about the installation.
 */
export function diagnosticsReport(
  title: string,
  generatedAt: string,
  facts: readonly DiagnosticFact[],
): string {
  const lines = facts.map((fact) => {
    const [first = '', ...rest] = fact.value.split('\n');
    return [`- **${fact.label}**: ${first}`, ...rest.map((line) => `  ${line}`)].join('\n');
  });
  return `# ${title}\n\n${generatedAt}\n\n${lines.join('\n')}\n`;
}

/** File name of a diagnostics report made at `date`, e.g. `crisis-room-diagnostics-20261122-0915.md`. */
export function diagnosticsFileName(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const stamp = `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}`;
  return `crisis-room-diagnostics-${stamp}.md`;
}
