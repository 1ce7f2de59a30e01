import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNow, useToday } from '../../../lib/useNow';
import { ExportPeopleButtons } from '../transfer/ExportPeopleButtons';
import { ImportPeopleButton } from '../transfer/ImportPeopleButton';
import { availabilityInstant, usePeople, useRoles } from '../useRosterData';
import { peopleRows } from './peopleRows';
import { PeopleTable } from './PeopleTable';
import { NewPersonButton } from './PersonFormDialog';

/**
 * Crisis team → People (`#/roster`): everyone in the roster in a sortable table with a text
 * filter, what roles they hold, whether they can be called now (re-checked every 30 seconds, so
 * an absence that ends shows without a reload) and which qualifications need renewing. The
 * toolbar adds, imports and exports people; it stays in place whatever the list shows, so an
 * import dialog opened from an empty roster is not torn down when its people arrive.
 */
export function PeopleView() {
  const { t } = useTranslation();
  const headingId = useId();
  const emptyHeadingId = useId();
  const filterId = useId();
  const filterHintId = useId();
  const people = usePeople();
  const roles = useRoles();
  const clock = useNow();
  const today = useToday();
  const [filter, setFilter] = useState('');

  const rows = useMemo(() => {
    if (people === undefined || roles === undefined) {
      return undefined;
    }
    const now = availabilityInstant(clock, people);
    return peopleRows(people, roles, now, today);
  }, [people, roles, clock, today]);

  let body;
  if (rows === undefined) {
    body = <p role="status">{t('roster.people.loading')}</p>;
  } else if (rows.length === 0) {
    body = (
      <section className="empty-state" aria-labelledby={emptyHeadingId}>
        <h3 id={emptyHeadingId} className="empty-state__heading">
          {t('roster.people.empty.heading')}
        </h3>
        <p className="empty-state__summary">{t('roster.people.empty.summary')}</p>
        <p className="empty-state__status">{t('roster.people.empty.status')}</p>
      </section>
    );
  } else {
    body = (
      <>
        <div className="field people-view__filter">
          <label htmlFor={filterId}>{t('roster.people.filterLabel')}</label>
          <p id={filterHintId} className="field__description">
            {t('roster.people.filterHint')}
          </p>
          <input
            id={filterId}
            type="search"
            autoComplete="off"
            aria-describedby={filterHintId}
            value={filter}
            onChange={(event) => setFilter(event.currentTarget.value)}
          />
        </div>
        <PeopleTable
          rows={rows}
          filter={filter}
          noMatches={
            <div className="empty-state">
              <p className="empty-state__status">
                {t('roster.people.noMatches', { filter: filter.trim() })}
              </p>
              <div className="button-row">
                <button type="button" onClick={() => setFilter('')}>
                  {t('roster.people.clearFilter')}
                </button>
              </div>
            </div>
          }
        />
      </>
    );
  }

  return (
    <section aria-labelledby={headingId} className="people-view">
      <h2 id={headingId}>{t('roster.people.heading')}</h2>
      <div className="toolbar button-row">
        <NewPersonButton />
        <ImportPeopleButton />
        <ExportPeopleButtons />
      </div>
      {body}
    </section>
  );
}
