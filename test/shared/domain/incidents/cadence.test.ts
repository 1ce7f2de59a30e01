import { describe, expect, it } from 'vitest';
import {
  cadenceFor,
  defaultIncidentCadence,
  incidentCadenceSchema,
  maxCadenceMinutes,
} from '../../../../shared/domain/incidents/cadence';
import type { IncidentCadenceEntry } from '../../../../shared/domain/incidents/cadence';
import { defaultSeverityLevels } from '../../../../shared/domain/severity';

/** A cadence entry with `overrides` applied. */
function entry(overrides: Partial<IncidentCadenceEntry> = {}): IncidentCadenceEntry {
  return {
    severityId: 'sev-1',
    firstStatementMinutes: 60,
    updateEveryMinutes: 60,
    sitrepEveryMinutes: 240,
    ...overrides,
  };
}

/** The issues of a cadence as `path: message`. */
function cadenceIssues(cadence: unknown): string[] {
  const result = incidentCadenceSchema.safeParse(cadence);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('defaultIncidentCadence', () => {
  it('is valid and covers every default severity level', () => {
    expect(cadenceIssues(defaultIncidentCadence)).toEqual([]);
    expect(defaultIncidentCadence.map(({ severityId }) => severityId)).toEqual(
      defaultSeverityLevels.map(({ id }) => id),
    );
  });

  it('is never stricter for a milder level, and reports daily at the mildest (Dispatch)', () => {
    for (const [index, current] of defaultIncidentCadence.entries()) {
      const milder = defaultIncidentCadence[index + 1];
      if (milder !== undefined) {
        expect(milder.firstStatementMinutes).toBeGreaterThanOrEqual(current.firstStatementMinutes);
        expect(milder.updateEveryMinutes).toBeGreaterThanOrEqual(current.updateEveryMinutes);
        expect(milder.sitrepEveryMinutes).toBeGreaterThanOrEqual(current.sitrepEveryMinutes);
      }
    }
    expect(defaultIncidentCadence.at(-1)?.sitrepEveryMinutes).toBe(24 * 60);
    expect(defaultIncidentCadence[0]?.firstStatementMinutes).toBe(60);
  });
});

describe('incidentCadenceSchema', () => {
  it('accepts 1 minute and 30 days, the bounds', () => {
    expect(maxCadenceMinutes).toBe(43_200);
    expect(
      cadenceIssues([
        entry({ firstStatementMinutes: 1, updateEveryMinutes: 1, sitrepEveryMinutes: 1 }),
        entry({
          severityId: 'sev-2',
          firstStatementMinutes: 43_200,
          updateEveryMinutes: 43_200,
          sitrepEveryMinutes: 43_200,
        }),
      ]),
    ).toEqual([]);
  });

  it('refuses zero, more than 30 days and fractions of a minute', () => {
    expect(cadenceIssues([entry({ firstStatementMinutes: 0 })])).toEqual([
      '0.firstStatementMinutes: too-small',
    ]);
    expect(cadenceIssues([entry({ updateEveryMinutes: 43_201 })])).toEqual([
      '0.updateEveryMinutes: too-large',
    ]);
    expect(cadenceIssues([entry({ sitrepEveryMinutes: 1.5 })])).toEqual([
      '0.sitrepEveryMinutes: whole-minutes',
    ]);
  });

  it('refuses an empty cadence, a second entry for one severity and a bad severity id', () => {
    expect(cadenceIssues([])).toEqual([': required']);
    expect(cadenceIssues([entry(), entry({ updateEveryMinutes: 30 })])).toEqual([
      ': duplicate-severity',
    ]);
    expect(cadenceIssues([entry({ severityId: 'SEV 1' })])).toEqual([
      '0.severityId: severity-format',
    ]);
  });

  it('refuses unknown keys', () => {
    expect(cadenceIssues([{ ...entry(), reminder: true }])).toHaveLength(1);
  });
});

describe('cadenceFor', () => {
  it("returns the severity's own entry", () => {
    expect(cadenceFor(defaultIncidentCadence, 'sev-2')).toBe(defaultIncidentCadence[1]);
  });

  it('falls back to the least strict entry, wherever it is listed, for an unknown severity', () => {
    const mildest = entry({ severityId: 'sev-4', updateEveryMinutes: 600 });
    const cadence = [entry(), mildest, entry({ severityId: 'sev-2', updateEveryMinutes: 120 })];
    expect(cadenceFor(cadence, 'sev-9')).toBe(mildest);
    expect(cadenceFor(defaultIncidentCadence, 'custom-level')).toBe(defaultIncidentCadence[3]);
  });

  it('breaks a tie on the update interval by the first-statement target, then the report interval', () => {
    const laterStatement = entry({ severityId: 'b', firstStatementMinutes: 90 });
    expect(cadenceFor([entry({ severityId: 'a' }), laterStatement], 'x')).toBe(laterStatement);
    const rarerReports = entry({ severityId: 'b', sitrepEveryMinutes: 480 });
    expect(cadenceFor([entry({ severityId: 'a' }), rarerReports], 'x')).toBe(rarerReports);
    const first = entry({ severityId: 'a' });
    expect(cadenceFor([first, entry({ severityId: 'b' })], 'x')).toBe(first);
  });

  it('throws for an empty cadence', () => {
    expect(() => cadenceFor([], 'sev-1')).toThrow(RangeError);
  });
});
