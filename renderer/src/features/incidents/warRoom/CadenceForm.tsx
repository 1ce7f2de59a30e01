import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  cadenceFor,
  defaultIncidentCadence,
  maxCadenceMinutes,
} from '../../../../../shared/domain/incidents/cadence';
import type { IncidentCadenceEntry } from '../../../../../shared/domain/incidents/cadence';
import { localize } from '../../../../../shared/domain/localizedText';
import type { SeverityLevel } from '../../../../../shared/domain/severity';
import { useLanguage } from '../../../i18n/useLanguage';
import { storageCodes } from '../../../lib/commandResult';
import type { FieldIssue } from '../../../lib/commandResult';
import { useAppStore } from '../../../stores/appStore';
import { incidentIssueMessageKey } from '../incidentCommands';
import { checkIncidentCadence, saveIncidentCadence } from './incidentSettingsCommands';
import { CadenceCell } from './CadenceCell';
import { useSpanText } from './useSpanText';

/** The three intervals of a level's cadence, in the order of the table's columns. */
const cadenceFields = [
  'firstStatementMinutes',
  'updateEveryMinutes',
  'sitrepEveryMinutes',
] as const;

/** One of {@link cadenceFields}. */
type CadenceField = (typeof cadenceFields)[number];

/** One row of the form: a level's intervals as typed. */
type CadenceRow = { severityId: string } & Record<CadenceField, string>;

/** Props of {@link CadenceForm}. */
export type CadenceFormProps = {
  /** The saved severity levels, worst first: one row each. */
  levels: readonly SeverityLevel[];
  /** The saved cadence. */
  saved: readonly IncidentCadenceEntry[];
};

/** The rows of `levels`: each level's own cadence, or the fallback it uses now. */
function rowsOf(
  levels: readonly SeverityLevel[],
  cadence: readonly IncidentCadenceEntry[],
): CadenceRow[] {
  return levels.map((level) => {
    const entry = cadenceFor(cadence, level.id);
    return {
      severityId: level.id,
      firstStatementMinutes: String(entry.firstStatementMinutes),
      updateEveryMinutes: String(entry.updateEveryMinutes),
      sitrepEveryMinutes: String(entry.sitrepEveryMinutes),
    };
  });
}

/** The entries the rows stand for; a blank or non-numeric field is NaN, which the schema refuses. */
function entriesOf(rows: readonly CadenceRow[]): IncidentCadenceEntry[] {
  const minutes = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
  return rows.map((row) => ({
    severityId: row.severityId,
    firstStatementMinutes: minutes(row.firstStatementMinutes),
    updateEveryMinutes: minutes(row.updateEveryMinutes),
    sitrepEveryMinutes: minutes(row.sitrepEveryMinutes),
  }));
}

/**
 * The update cadence editor: a table with one row per severity level and a number field per
 * interval (first statement within, update every, situation report every; whole minutes), each
 * with the span in words ("every 2 h") under it. A level without its own entry shows the
 * cadence it falls back to and says so. Values are checked with the shared schema on save and a
 * refused value (0, a fraction, more than 30 days) is marked at its field; nothing is saved then.
 */
export function CadenceForm({ levels, saved }: CadenceFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const spanText = useSpanText();
  const pushNotice = useAppStore((state) => state.pushNotice);
  const headingId = useId();
  const introId = useId();
  const [rows, setRows] = useState<CadenceRow[]>(() => rowsOf(levels, saved));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [isSaving, setIsSaving] = useState(false);
  const [statusMessage, setStatusMessage] = useState<string | null>(null);
  const ownIds = new Set(saved.map((entry) => entry.severityId));

  function change(next: CadenceRow[]) {
    setRows(next);
    setStatusMessage(null);
    if (issues.length > 0) {
      setIssues(checkIncidentCadence(entriesOf(next)));
    }
  }

  function hasErrorAt(index: number, field: CadenceField): boolean {
    return issues.some((issue) => issue.path === `${String(index)}.${field}`);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatusMessage(null);
    const entries = entriesOf(rows);
    const checked = checkIncidentCadence(entries);
    setIssues(checked);
    if (checked.length > 0) return;
    setIsSaving(true);
    const result = await saveIncidentCadence(entries);
    setIsSaving(false);
    if (result.ok) {
      setStatusMessage(t('incidents.settings.cadence.saved'));
      return;
    }
    const storage = result.issues.find((issue) => storageCodes.has(issue.code));
    if (storage !== undefined) {
      pushNotice({ kind: 'error', messageKey: incidentIssueMessageKey(storage.code) });
      return;
    }
    setIssues(result.issues);
  }

  return (
    <section className="settings-section incident-settings" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('incidents.settings.cadence.heading')}</h2>
      <p id={introId}>{t('incidents.settings.cadence.intro')}</p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <div className="incident-settings__table-frame">
          <table className="incident-settings__cadence" aria-describedby={introId}>
            <caption>{t('incidents.settings.cadence.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('incidents.settings.cadence.level')}</th>
                {cadenceFields.map((field) => (
                  <th key={field} scope="col">
                    {t(`incidents.settings.cadence.${field}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => {
                const level = levels.find((candidate) => candidate.id === row.severityId);
                const levelName =
                  level === undefined ? row.severityId : localize(level.name, language);
                return (
                  <tr key={row.severityId}>
                    <th scope="row">
                      {levelName}
                      {!ownIds.has(row.severityId) && (
                        <p className="field__description">
                          {t('incidents.settings.cadence.notSet')}
                        </p>
                      )}
                    </th>
                    {cadenceFields.map((field) => (
                      <CadenceCell
                        key={field}
                        label={t('incidents.settings.cadence.fieldLabel', {
                          field: t(`incidents.settings.cadence.${field}`),
                          level: levelName,
                        })}
                        value={row[field]}
                        hint={(minutes) =>
                          t(
                            field === 'firstStatementMinutes'
                              ? 'incidents.settings.cadence.within'
                              : 'incidents.settings.cadence.every',
                            { duration: spanText(minutes) },
                          )
                        }
                        error={
                          hasErrorAt(index, field)
                            ? t('incidents.settings.cadence.minutesRange', {
                                max: maxCadenceMinutes,
                              })
                            : undefined
                        }
                        onChange={(value) =>
                          change(
                            rows.map((current, at) =>
                              at === index ? { ...current, [field]: value } : current,
                            ),
                          )
                        }
                      />
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {issues.length > 0 && (
          <p className="field__error" role="alert">
            {t('incidents.settings.cadence.hasErrors')}
          </p>
        )}
        {statusMessage !== null && <p role="status">{statusMessage}</p>}
        <div className="button-row">
          <button type="submit" className="button--primary" disabled={isSaving}>
            {t('incidents.settings.cadence.save')}
          </button>
          <button
            type="button"
            disabled={isSaving}
            onClick={() => {
              change(rowsOf(levels, defaultIncidentCadence));
              setStatusMessage(t('incidents.settings.cadence.resetDone'));
            }}
          >
            {t('incidents.settings.cadence.reset')}
          </button>
        </div>
      </form>
    </section>
  );
}
