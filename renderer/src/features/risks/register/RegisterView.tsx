import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NewRiskButton } from '../detail/NewRiskButton';
import { ExportRisksButton } from '../transfer/ExportRisksButton';
import { ImportRisksButton } from '../transfer/ImportRisksButton';
import { useRiskMatrix, useRiskViews, useToday } from '../useRiskData';
import { ColumnVisibilityMenu } from './ColumnVisibilityMenu';
import { RegisterFilters } from './RegisterFilters';
import {
  clearFilters,
  readSessionRegisterState,
  registerGroupings,
  writeSessionRegisterState,
} from './registerViewState';
import type { RegisterGrouping, RegisterViewState } from './registerViewState';
import { RiskTable } from './RiskTable';
import { SavedViewsControl } from './SavedViewsControl';

/** Value of the grouping select for "no grouping". */
const noGrouping = 'none';

function isGrouping(value: string): value is RegisterGrouping {
  return (registerGroupings as readonly string[]).includes(value);
}

/**
 * Risks → Register: every risk not in the recycle bin in a sortable, filterable, groupable table
 * with hideable columns and saved views. The view (filters, sort, grouping, columns) is kept for
 * the session, so it is as the user left it after visiting a risk or another page.
 */
export function RegisterView() {
  const { t } = useTranslation();
  const headingId = useId();
  const groupingId = useId();
  const views = useRiskViews();
  const matrix = useRiskMatrix();
  const today = useToday();
  const [viewState, setViewState] = useState<RegisterViewState>(readSessionRegisterState);
  const [collapsedGroups, setCollapsedGroups] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    writeSessionRegisterState(viewState);
  }, [viewState]);

  function update(change: Partial<RegisterViewState>) {
    setViewState((current) => ({ ...current, ...change }));
  }

  function toggleGroup(groupId: string) {
    setCollapsedGroups((current) => {
      const next = new Set(current);
      if (!next.delete(groupId)) {
        next.add(groupId);
      }
      return next;
    });
  }

  let body;
  if (views === undefined || matrix === undefined) {
    body = <p role="status">{t('risks.register.loading')}</p>;
  } else if (views.length === 0) {
    body = (
      <section className="empty-state" aria-labelledby={`${headingId}-empty`}>
        <h3 id={`${headingId}-empty`} className="empty-state__heading">
          {t('risks.register.empty.heading')}
        </h3>
        <p className="empty-state__summary">{t('risks.register.empty.summary')}</p>
        <div className="button-row">
          <NewRiskButton />
          <ImportRisksButton />
        </div>
      </section>
    );
  } else {
    body = (
      <>
        <div className="toolbar button-row">
          <NewRiskButton />
          <ImportRisksButton />
          <ExportRisksButton />
        </div>
        <RegisterFilters views={views} matrix={matrix} viewState={viewState} onChange={update} />
        <div className="register-options">
          <div className="field">
            <label htmlFor={groupingId}>{t('risks.register.grouping.label')}</label>
            <select
              id={groupingId}
              value={viewState.grouping ?? noGrouping}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setCollapsedGroups(new Set());
                update({ grouping: isGrouping(value) ? value : null });
              }}
            >
              <option value={noGrouping}>{t('risks.register.grouping.none')}</option>
              {registerGroupings.map((grouping) => (
                <option key={grouping} value={grouping}>
                  {t(`risks.register.grouping.by.${grouping}`)}
                </option>
              ))}
            </select>
          </div>
          <ColumnVisibilityMenu
            hiddenColumns={viewState.hiddenColumns}
            onChange={(hiddenColumns) => update({ hiddenColumns })}
          />
          <SavedViewsControl
            viewState={viewState}
            onApply={(state) => {
              setCollapsedGroups(new Set());
              setViewState(state);
            }}
          />
        </div>
        <RiskTable
          views={views}
          matrix={matrix}
          today={today}
          viewState={viewState}
          onSortingChange={(sorting) => update({ sorting })}
          collapsedGroups={collapsedGroups}
          onToggleGroup={toggleGroup}
          noMatches={
            <div className="empty-state">
              <p className="empty-state__status">{t('risks.register.noMatches')}</p>
              <div className="button-row">
                <button type="button" onClick={() => setViewState(clearFilters)}>
                  {t('risks.register.clearFilters')}
                </button>
              </div>
            </div>
          }
        />
      </>
    );
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('risks.register.heading')}</h2>
      {body}
    </section>
  );
}
