/**
 * The vocabulary statement templates and the communication matrix share, kept in a module of its
 * own without imports so that settings (which hold the matrix's groups) can use it without an
 * import cycle.
 */

/** The stages of communication a template is written for, in the order they are usually sent. */
export const statementStages = [
  'holding',
  'first-statement',
  'update',
  'resolution',
  'apology',
] as const;

/** One of {@link statementStages}. */
export type StatementStage = (typeof statementStages)[number];

/** The built-in stakeholder groups (audiences of statements), in display order. */
export const builtInStakeholders = [
  'customers',
  'employees',
  'media',
  'regulators',
  'partners',
  'investors',
  'public',
] as const;
