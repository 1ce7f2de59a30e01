import { localize } from '../../../../../shared/domain/localizedText';
import type { SeverityLevel } from '../../../../../shared/domain/severity';
import { StatusBadge } from '../../../components/StatusBadge';
import type { StatusTone } from '../../../components/StatusBadge';
import { useLanguage } from '../../../i18n/useLanguage';

/** Props of {@link IncidentSeverityBadge}. */
export type IncidentSeverityBadgeProps = {
  severityId: string;
  /** The severity levels setting, worst first. */
  levels: readonly SeverityLevel[];
};

/** How a level reads at a glance: the worst level danger, the next one warning, the rest neutral. */
function severityTone(position: number): StatusTone {
  if (position === 0) {
    return 'danger';
  }
  return position === 1 ? 'warning' : 'neutral';
}

/**
 * An incident's severity as a badge with the level's name in the UI language ("SEV 1 · Critical");
 * the words carry the meaning, the colour only helps the eye. A level removed from the settings
 * after the incident was declared shows its id.
 */
export function IncidentSeverityBadge({ severityId, levels }: IncidentSeverityBadgeProps) {
  const language = useLanguage();
  const position = levels.findIndex((level) => level.id === severityId);
  const level = levels[position];
  return (
    <StatusBadge tone={severityTone(position)}>
      {level === undefined ? severityId : localize(level.name, language)}
    </StatusBadge>
  );
}
