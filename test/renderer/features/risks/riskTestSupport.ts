import { vi } from 'vitest';
import { getDatabase } from '../../../../renderer/src/db/database';
import { createRisk } from '../../../../renderer/src/features/risks/riskCommands';
import { emptyRiskInput } from '../../../../shared/domain/risks/risk';
import type { Risk, RiskControl, RiskInput } from '../../../../shared/domain/risks/risk';

/**
 * A valid risk input: an open supply-chain risk with a title, rated likelihood 2 × impact 3,
 * current and target derived from its (absent) controls, with `overrides` applied. Tests state
 * only the fields their rule is about.
 */
export function riskInput(overrides: Partial<RiskInput> = {}): RiskInput {
  return {
    ...emptyRiskInput('supply-chain'),
    title: 'If the sole chip supplier stops shipping, then production halts',
    status: 'open',
    inherent: { likelihood: 2, impact: 3, dimensions: {} },
    ...overrides,
  };
}

/** A valid control, implemented at 50 % effectiveness, with `overrides` applied. */
export function riskControl(overrides: Partial<RiskControl> = {}): RiskControl {
  return {
    id: 'control-1',
    title: 'Qualify a second supplier',
    owner: 'Procurement',
    dueDate: null,
    cost: null,
    effort: null,
    effectiveness: 50,
    status: 'implemented',
    ...overrides,
  };
}

/**
 * Stores a risk through the real command (validation, reference, history) and returns it; a
 * refusal fails the test at once with the issues, since seeding data must be valid.
 */
export async function createValidRisk(input: RiskInput = riskInput()): Promise<Risk> {
  const result = await createRisk(input);
  if (!result.ok) {
    throw new Error(`expected a valid risk, got ${JSON.stringify(result.issues)}`);
  }
  return result.value;
}

/** Empties the tables the risk screens write, leaving settings (language, theme) as they are. */
export async function clearRiskTables(): Promise<void> {
  const db = getDatabase();
  await Promise.all([
    db.risks.clear(),
    db.riskEvents.clear(),
    db.riskCategories.clear(),
    db.savedViews.clear(),
  ]);
}

/**
 * Before a register screen test: every table and the session's register state (filters, sort)
 * emptied, and the scroll area given a height, since jsdom lays nothing out and the virtualised
 * table would otherwise show no rows.
 */
export async function resetRegisterScreen(): Promise<void> {
  await Promise.all(getDatabase().tables.map((table) => table.clear()));
  window.sessionStorage.clear();
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800);
}
