import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../../../../shared/domain/localizedText';
import { callListFor, resolveCallList } from '../../../../../shared/domain/roster/callTree';
import type { CallTree } from '../../../../../shared/domain/roster/callTree';
import type { CrisisRole } from '../../../../../shared/domain/roster/crisisRoles';
import type { Person } from '../../../../../shared/domain/roster/person';
import type { SeverityLevel } from '../../../../../shared/domain/severity';
import { SelectField } from '../../../components/fields/SelectField';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime } from '../../../lib/dates';
import { useNow } from '../../../lib/useNow';
import { availabilityInstant } from '../useRosterData';
import { ResolvedCallStepItem } from './ResolvedCallStepItem';

/** Props of {@link WhoToCallNowPanel}. */
export type WhoToCallNowPanelProps = {
  /** The saved call tree. */
  tree: CallTree;
  levels: readonly SeverityLevel[];
  roles: readonly CrisisRole[];
  people: readonly Person[];
};

/**
 * "Who to call now": pick a severity level and see its call list resolved against the roster at
 * this moment, skipping people who are away or outside the hours they may be called in. It
 * re-resolves every 30 seconds and whenever the roster changes, so marking someone unavailable
 * moves the step to their backup at once.
 */
export function WhoToCallNowPanel({ tree, levels, roles, people }: WhoToCallNowPanelProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const now = useNow();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const level = levels.find((candidate) => candidate.id === chosenId) ?? levels[0];
  const at = availabilityInstant(now, people);
  const resolved = useMemo(
    () =>
      level === undefined ? [] : resolveCallList(callListFor(tree, level.id), roles, people, at),
    [level, tree, roles, people, at],
  );
  const rolesById = useMemo(() => new Map(roles.map((role) => [role.id, role])), [roles]);
  const peopleById = useMemo(() => new Map(people.map((person) => [person.id, person])), [people]);

  return (
    <section aria-labelledby={headingId} className="panel call-now">
      <h2 id={headingId}>{t('roster.callTree.now.heading')}</h2>
      {level !== undefined && (
        <>
          <SelectField
            label={t('roster.callTree.now.severity')}
            error={undefined}
            value={level.id}
            options={levels.map(({ id }) => id)}
            optionLabel={(id) => {
              const option = levels.find((candidate) => candidate.id === id);
              return option === undefined ? id : localize(option.name, language);
            }}
            onChange={setChosenId}
          />
          <p className="call-now__definition">{localize(level.definition, language)}</p>
          <p className="call-now__checked">
            {t('roster.callTree.now.checkedAt', { time: formatDateTime(at, language) })}
          </p>
          {resolved.length === 0 ? (
            <p>{t('roster.callTree.now.empty')}</p>
          ) : (
            <ol
              className="call-now__list plain-list"
              aria-label={t('roster.callTree.now.listLabel', {
                level: localize(level.name, language),
              })}
            >
              {resolved.map((entry) => (
                <ResolvedCallStepItem
                  key={entry.step.id}
                  resolved={entry}
                  rolesById={rolesById}
                  peopleById={peopleById}
                  at={at}
                />
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
