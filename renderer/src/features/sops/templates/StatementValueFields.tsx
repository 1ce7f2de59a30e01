import { useTranslation } from 'react-i18next';
import type { PlaceholderName } from '../../../../../shared/domain/sops/statementTemplates';
import { TextAreaField } from '../../../components/fields/TextAreaField';
import { TextField } from '../../../components/fields/TextField';
import type { FieldIssue } from '../../../lib/commandResult';
import { issueTextAt } from '../../../lib/fieldIssueText';
import { sopIssueMessageKey } from '../sopCommands';

/** Placeholders whose values run to sentences: they get a several-line field. */
const longValues: ReadonlySet<PlaceholderName> = new Set(['whatWeKnow', 'whatWeAreDoing']);

/** Placeholders that name a time, written as the statement should read. */
const timeValues: ReadonlySet<PlaceholderName> = new Set(['detectedAt', 'nextUpdateAt']);

/** Props of {@link StatementValueFields}. */
export type StatementValueFieldsProps = {
  /** The placeholders that get a field, in order. */
  names: readonly PlaceholderName[];
  values: Readonly<Record<PlaceholderName, string>>;
  onChange: (name: PlaceholderName, value: string) => void;
  /** Issues of the last refused save or release (`context.<name>`). */
  issues: readonly FieldIssue[];
};

/**
 * One field per placeholder a statement needs, labelled with the placeholder's name in the app's
 * language: several lines for what we know and what we are doing, one line for the rest, and a
 * hint on the time fields that they are written as the statement should read.
 */
export function StatementValueFields({
  names,
  values,
  onChange,
  issues,
}: StatementValueFieldsProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="form-group statement-values">
      <legend>{t('sops.templates.panel.valuesLegend')}</legend>
      {names.length === 0 && <p>{t('sops.templates.panel.noValues')}</p>}
      {names.map((name) => {
        const common = {
          label: t(`sops.placeholders.${name}`),
          error: issueTextAt(issues, `context.${name}`, t, sopIssueMessageKey),
          value: values[name],
          onChange: (value: string) => onChange(name, value),
        };
        return longValues.has(name) ? (
          <TextAreaField key={name} {...common} rows={4} />
        ) : (
          <TextField
            key={name}
            {...common}
            isWide
            {...(timeValues.has(name) ? { hint: t('sops.templates.panel.timeHint') } : {})}
          />
        );
      })}
    </fieldset>
  );
}
