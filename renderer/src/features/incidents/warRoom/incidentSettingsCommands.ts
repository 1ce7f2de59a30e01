import type { z } from 'zod';
import { incidentCadenceSchema } from '../../../../../shared/domain/incidents/cadence';
import type { IncidentCadence } from '../../../../../shared/domain/incidents/cadence';
import { severityLevelsSchema } from '../../../../../shared/domain/severity';
import type { SeverityLevel } from '../../../../../shared/domain/severity';
import { readIncidents } from '../../../db/repositories/incidentRepository';
import {
  readSetting,
  saveSetting,
  saveSettings,
} from '../../../db/repositories/settingsRepository';
import { attemptWrite } from '../../../lib/commandResult';
import type { CommandResult, FieldIssue } from '../../../lib/commandResult';

/**
 * Commands of Settings → Severity levels and Settings → Update cadence. Each validates with the
 * shared schema and answers with field issues (paths like `2.definition.zh-TW` or
 * `1.updateEveryMinutes`) the forms show beside the field; nothing is written on a refusal.
 */

/**
 * The issue code of a zod issue of the severity levels: a missing text is `required`, an overlong
 * one `too-long`, too few or too many levels `too-few` / `too-many`, anything else `invalid`.
 */
function severityIssueCode(issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_small') {
    return issue.origin === 'array' ? 'too-few' : 'required';
  }
  if (issue.code === 'too_big') {
    return issue.origin === 'array' ? 'too-many' : 'too-long';
  }
  return 'invalid';
}

/** Field issues of the severity levels' zod issues, one per path and code. */
function toSeverityIssues(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  const seen = new Set<string>();
  return issues.flatMap((issue) => {
    const path = issue.path.map(String).join('.');
    const code = severityIssueCode(issue);
    const key = `${path}\u0000${code}`;
    if (seen.has(key)) {
      return [];
    }
    seen.add(key);
    return [{ path, code }];
  });
}

/**
 * Checks the severity levels against the shared schema (names and definitions in every language,
 * two to six levels, unique ids); the issues the form shows, or none.
 */
export function checkSeverityLevels(levels: readonly SeverityLevel[]): FieldIssue[] {
  const parsed = severityLevelsSchema.safeParse(levels);
  return parsed.success ? [] : toSeverityIssues(parsed.error.issues);
}

/**
 * Saves the severity levels, worst first. A level removed from the saved list while an incident
 * still uses it is refused (`severity-in-use` on the whole form), since that incident's severity
 * would lose its name, definition and cadence; the form refuses it earlier, and this checks again
 * against what is stored now. The cadence entries of removed levels go in the same transaction.
 */
export function saveSeverityLevels(
  levels: readonly SeverityLevel[],
): Promise<CommandResult<SeverityLevel[]>> {
  return attemptWrite(async () => {
    const parsed = severityLevelsSchema.safeParse(levels);
    if (!parsed.success) {
      return { ok: false, issues: toSeverityIssues(parsed.error.issues) };
    }
    const kept = new Set(parsed.data.map((level) => level.id));
    const saved = await readSetting('severityLevels');
    const removed = new Set(saved.map((level) => level.id).filter((id) => !kept.has(id)));
    if (removed.size === 0) {
      await saveSetting('severityLevels', parsed.data);
      return { ok: true, value: parsed.data };
    }
    const incidents = await readIncidents();
    if (incidents.some((incident) => removed.has(incident.severityId))) {
      return { ok: false, issues: [{ path: '', code: 'severity-in-use' }] };
    }
    const cadence = await readSetting('incidentCadence');
    const keptCadence = cadence.filter((entry) => !removed.has(entry.severityId));
    // The cadence needs at least one entry; with none left the old ones stay as the fallback.
    await saveSettings(
      keptCadence.length > 0
        ? { severityLevels: parsed.data, incidentCadence: keptCadence }
        : { severityLevels: parsed.data },
    );
    return { ok: true, value: parsed.data };
  });
}

/**
 * Checks a cadence against the shared schema (whole minutes from 1 to 30 days, one entry per
 * level); issue codes are the schema's (`too-small`, `too-large`, `whole-minutes`, …).
 */
export function checkIncidentCadence(cadence: readonly unknown[]): FieldIssue[] {
  const parsed = incidentCadenceSchema.safeParse(cadence);
  if (parsed.success) {
    return [];
  }
  return parsed.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    code: issue.message,
  }));
}

/** Saves the update cadence after {@link checkIncidentCadence}; refusals come back as issues. */
export function saveIncidentCadence(
  cadence: readonly unknown[],
): Promise<CommandResult<IncidentCadence>> {
  return attemptWrite(async () => {
    const parsed = incidentCadenceSchema.safeParse(cadence);
    if (!parsed.success) {
      return { ok: false, issues: checkIncidentCadence(cadence) };
    }
    await saveSetting('incidentCadence', parsed.data);
    return { ok: true, value: parsed.data };
  });
}
