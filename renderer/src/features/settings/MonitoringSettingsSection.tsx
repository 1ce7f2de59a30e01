import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { settingSchemas } from '../../../../shared/domain/settings';
import { useAppStore } from '../../stores/appStore';
import { changeSetting } from './settingsCommands';

/** Props of {@link MonitoringSettingsSection}. */
export type MonitoringSettingsSectionProps = {
  /** Saved days fetched items are kept. */
  retentionDays: number;
  /** Saved failures in a row after which a source is shown as unhealthy. */
  unhealthyAfter: number;
};

/** The allowed range of a whole-number setting, read from its schema so the two cannot drift. */
function rangeOf(key: 'monitoringRetentionDays' | 'monitoringUnhealthyAfter') {
  const schema = settingSchemas[key];
  return { min: schema.minValue ?? 1, max: schema.maxValue ?? Number.MAX_SAFE_INTEGER };
}

/** A typed whole number inside `range`, or null. */
function parseWhole(text: string, range: { min: number; max: number }): number | null {
  const value = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(value) && value >= range.min && value <= range.max
    ? value
    : null;
}

/**
 * Settings → Monitoring: how long fetched items are kept (pruned in the background) and after how
 * many failures in a row a source is shown as unhealthy. Both are saved together; an out-of-range
 * value is explained next to its field and the typed text is kept.
 */
export function MonitoringSettingsSection({
  retentionDays,
  unhealthyAfter,
}: MonitoringSettingsSectionProps) {
  const { t } = useTranslation();
  const pushNotice = useAppStore((state) => state.pushNotice);
  const [retentionText, setRetentionText] = useState(String(retentionDays));
  const [unhealthyText, setUnhealthyText] = useState(String(unhealthyAfter));
  const [isSubmitted, setIsSubmitted] = useState(false);
  const headingId = useId();
  const retentionId = useId();
  const unhealthyId = useId();
  const retentionRange = rangeOf('monitoringRetentionDays');
  const unhealthyRange = rangeOf('monitoringUnhealthyAfter');
  const retention = parseWhole(retentionText, retentionRange);
  const unhealthy = parseWhole(unhealthyText, unhealthyRange);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setIsSubmitted(true);
    if (retention === null || unhealthy === null) return;
    const isSaved =
      (await changeSetting('monitoringRetentionDays', retention)) &&
      (await changeSetting('monitoringUnhealthyAfter', unhealthy));
    if (isSaved) {
      pushNotice({ kind: 'info', messageKey: 'settings.monitoring.saved' });
    }
  }

  const fields = [
    {
      id: retentionId,
      label: t('settings.monitoring.retentionLabel'),
      hint: t('settings.monitoring.retentionHint'),
      text: retentionText,
      setText: setRetentionText,
      range: retentionRange,
      isInvalid: isSubmitted && retention === null,
    },
    {
      id: unhealthyId,
      label: t('settings.monitoring.unhealthyLabel'),
      hint: t('settings.monitoring.unhealthyHint'),
      text: unhealthyText,
      setText: setUnhealthyText,
      range: unhealthyRange,
      isInvalid: isSubmitted && unhealthy === null,
    },
  ];

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings.monitoring.heading')}</h2>
      <form noValidate onSubmit={(event) => void submit(event)}>
        {fields.map((field) => (
          <div key={field.id} className="field">
            <label htmlFor={field.id}>{field.label}</label>
            <input
              id={field.id}
              type="number"
              inputMode="numeric"
              min={field.range.min}
              max={field.range.max}
              value={field.text}
              aria-invalid={field.isInvalid}
              aria-describedby={`${field.id}-hint${field.isInvalid ? ` ${field.id}-error` : ''}`}
              onChange={(event) => field.setText(event.target.value)}
            />
            <p id={`${field.id}-hint`} className="field__description">
              {field.hint}
            </p>
            {field.isInvalid && (
              <p id={`${field.id}-error`} className="field__error" role="alert">
                {t('settings.monitoring.outOfRange', field.range)}
              </p>
            )}
          </div>
        ))}
        <button type="submit">{t('settings.monitoring.save')}</button>
      </form>
    </section>
  );
}
