import { useMemo } from 'react';
import { useSeverityLevels } from '../../roster';
import { useIncidentCadence, useIncidents } from '../useIncidentData';
import { CadenceForm } from './CadenceForm';
import { SeverityLevelsForm } from './SeverityLevelsForm';

/**
 * Settings → Severity levels and Settings → Update cadence: the levels with their written
 * definitions and the cadence of each level. Waits for the saved settings and the incidents
 * (which say the levels in use) rather than showing defaults that might be wrong. The cadence
 * form starts again from the saved values when the levels change, so its rows follow them.
 */
export function IncidentSettingsSection() {
  const levels = useSeverityLevels();
  const cadence = useIncidentCadence();
  const incidents = useIncidents();
  const incidentCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const incident of incidents ?? []) {
      counts.set(incident.severityId, (counts.get(incident.severityId) ?? 0) + 1);
    }
    return counts;
  }, [incidents]);
  if (levels === undefined || cadence === undefined || incidents === undefined) return null;
  return (
    <>
      <SeverityLevelsForm saved={levels} incidentCounts={incidentCounts} />
      <CadenceForm
        key={levels.map((level) => level.id).join(' ')}
        levels={levels}
        saved={cadence}
      />
    </>
  );
}
