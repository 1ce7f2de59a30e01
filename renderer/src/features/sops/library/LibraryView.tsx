import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useToday } from '../../../lib/useNow';
import { SopSearch } from '../search/SopSearch';
import { usePublishedSops, useStatementTemplates } from '../useSopData';
import { InstallStarterButton } from './InstallStarterButton';
import { LibraryEmptyState } from './LibraryEmptyState';
import { LibraryFilterControls } from './LibraryFilterControls';
import { filterLibraryRows, libraryRows } from './libraryRows';
import type { LibraryFilters } from './libraryRows';
import { SopTable } from './SopTable';

/**
 * The SOP library (`#/sops`). With no SOPs it explains what the library is for and offers the
 * starter library and a new SOP; otherwise it lists every SOP as it is in force (its latest
 * published version; the draft, marked "Not published", before the first one) with its crisis
 * type, owner, published version, unpublished draft changes and review state, filterable by crisis
 * type and overdue review, beside the full-text search over the same SOP texts and the templates.
 */
export function LibraryView() {
  const { t } = useTranslation();
  const sops = usePublishedSops();
  const templates = useStatementTemplates();
  const today = useToday();
  const headingId = useId();
  const [filters, setFilters] = useState<LibraryFilters>({
    crisisTypeId: null,
    isOverdueOnly: false,
  });
  const rows = useMemo(
    () => (sops === undefined ? undefined : libraryRows(sops, today)),
    [sops, today],
  );
  const searchable = useMemo(
    () =>
      sops?.map(({ sop, content, isPublished }) => ({ id: sop.id, content, isPublished })) ?? [],
    [sops],
  );
  const shownRows = useMemo(
    () => (rows === undefined ? undefined : filterLibraryRows(rows, filters)),
    [rows, filters],
  );

  if (sops === undefined || rows === undefined || shownRows === undefined) {
    return <p role="status">{t('sops.library.loading')}</p>;
  }
  if (sops.length === 0) {
    return <LibraryEmptyState />;
  }
  return (
    <section className="sop-library" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('sops.library.heading')}</h2>
      <div className="button-row toolbar" role="group" aria-label={t('sops.library.actions.label')}>
        <Link href="~/sops/new" className="sop-link-button sop-link-button--primary">
          {t('sops.library.actions.newSop')}
        </Link>
        <InstallStarterButton hint={t('sops.library.actions.installMissingHint')} />
      </div>
      {templates !== undefined && <SopSearch sops={searchable} templates={templates} />}
      <LibraryFilterControls sops={sops} filters={filters} onChange={setFilters} />
      <p role="status" className="sop-library__count">
        {t('sops.library.filters.showing', { shown: shownRows.length, total: rows.length })}
      </p>
      {shownRows.length === 0 ? (
        <p>{t('sops.library.filters.noMatches')}</p>
      ) : (
        <SopTable rows={shownRows} />
      )}
    </section>
  );
}
