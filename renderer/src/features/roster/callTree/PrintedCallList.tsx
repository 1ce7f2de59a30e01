import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../../../../shared/domain/localizedText';
import type { ResolvedCallStep } from '../../../../../shared/domain/roster/callTree';
import type { CrisisRole } from '../../../../../shared/domain/roster/crisisRoles';
import type { Person } from '../../../../../shared/domain/roster/person';
import type { SeverityLevel } from '../../../../../shared/domain/severity';
import { useLanguage } from '../../../i18n/useLanguage';
import { PrintedCallStep } from './PrintedCallStep';

/** Props of {@link PrintedCallList}. */
export type PrintedCallListProps = {
  level: SeverityLevel;
  /** The level's call list, resolved when the card is printed. */
  resolved: readonly ResolvedCallStep[];
  rolesById: ReadonlyMap<string, CrisisRole>;
  peopleById: ReadonlyMap<string, Person>;
};

/** One severity level on the printed card: its name and its steps in calling order. */
export function PrintedCallList({ level, resolved, rolesById, peopleById }: PrintedCallListProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="printed-level">
      <h2 id={headingId} className="printed-level__name">
        {localize(level.name, language)}
      </h2>
      {resolved.length === 0 ? (
        <p className="printed-level__empty">{t('roster.callTree.print.noSteps')}</p>
      ) : (
        <ol className="printed-level__steps">
          {resolved.map((entry) => (
            <PrintedCallStep
              key={entry.step.id}
              resolved={entry}
              rolesById={rolesById}
              peopleById={peopleById}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
