import type { RoleCoverage } from '../../../../../shared/domain/roster/coverage';

/** How a role's coverage reads at a glance: covered, needs attention, or not covered. */
export type CoverageStatus = 'covered' | 'attention' | 'uncovered';

/** The status of a role's coverage: a problem leaves it uncovered, a warning needs attention. */
export function coverageStatusOf(coverage: RoleCoverage): CoverageStatus {
  if (!coverage.isCovered) {
    return 'uncovered';
  }
  return coverage.issues.length > 0 ? 'attention' : 'covered';
}

const urgency = { uncovered: 0, attention: 1, covered: 2 } as const satisfies Record<
  CoverageStatus,
  number
>;

/**
 * The roles with problems first, then those needing attention, then the covered ones, each group
 * in role order, so the coverage check reads from what to fix first.
 */
export function byUrgency(coverage: readonly RoleCoverage[]): RoleCoverage[] {
  return coverage
    .map((entry, index) => ({ entry, index }))
    .sort(
      (left, right) =>
        urgency[coverageStatusOf(left.entry)] - urgency[coverageStatusOf(right.entry)] ||
        left.index - right.index,
    )
    .map(({ entry }) => entry);
}
