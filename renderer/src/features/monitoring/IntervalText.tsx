import { useTranslation } from 'react-i18next';

/** Props of {@link IntervalText}. */
export type IntervalTextProps = {
  minutes: number;
};

/** A scan interval in words: whole hours as hours ("Every 2 hours"), anything else in minutes. */
export function IntervalText({ minutes }: IntervalTextProps) {
  const { t } = useTranslation();
  return (
    <>
      {minutes % 60 === 0
        ? t('monitoring.sources.everyHours', { count: minutes / 60 })
        : t('monitoring.sources.everyMinutes', { count: minutes })}
    </>
  );
}
