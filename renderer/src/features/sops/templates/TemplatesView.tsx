import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useCommStakeholders, useStatementTemplates } from '../useSopData';
import { NewTemplateButton } from './NewTemplateButton';
import { TemplateFiltersBar } from './TemplateFiltersBar';
import { TemplateTable } from './TemplateTable';
import { filterTemplates, hasTemplateFilters, noTemplateFilters } from './templateFilters';
import type { TemplateFilters } from './templateFilters';

/**
 * The statement templates (`#/sops/templates`): every template by title with its crisis type,
 * stage, audience, language, approvals and starter badge, filtered by crisis type, stage, audience
 * and language (all off at first, with a switch for the app's own language), and "New template".
 * With no template at all, it says so and points to the starter library on the SOP library page.
 */
export function TemplatesView() {
  const { t } = useTranslation();
  const headingId = useId();
  const templates = useStatementTemplates();
  const groups = useCommStakeholders();
  const [filters, setFilters] = useState<TemplateFilters>(noTemplateFilters);
  const shown = useMemo(
    () => (templates === undefined ? [] : filterTemplates(templates, filters)),
    [templates, filters],
  );

  let content;
  if (templates === undefined || groups === undefined) {
    content = <p role="status">{t('sops.templates.list.loading')}</p>;
  } else if (templates.length === 0) {
    content = (
      <section className="empty-state" aria-labelledby={`${headingId}-empty`}>
        <h3 id={`${headingId}-empty`} className="empty-state__heading">
          {t('sops.templates.list.empty.heading')}
        </h3>
        <p className="empty-state__summary">{t('sops.templates.list.empty.summary')}</p>
        <p>
          {/* Absolute: a nested link to '/' would address `#/sops/` with a trailing slash. */}
          <Link href="~/sops">{t('sops.templates.list.empty.libraryLink')}</Link>
        </p>
      </section>
    );
  } else {
    content = (
      <>
        <TemplateFiltersBar
          templates={templates}
          groups={groups}
          filters={filters}
          onChange={(update) => setFilters((current) => ({ ...current, ...update }))}
        />
        <p role="status" className="templates-view__count">
          {t('sops.templates.list.showing', { shown: shown.length, count: templates.length })}
        </p>
        {shown.length === 0 ? (
          <div className="templates-view__no-match">
            <p>{t('sops.templates.list.noMatch')}</p>
            {hasTemplateFilters(filters) && (
              <button type="button" onClick={() => setFilters(noTemplateFilters)}>
                {t('sops.templates.list.clearFilters')}
              </button>
            )}
          </div>
        ) : (
          <TemplateTable templates={shown} groups={groups} />
        )}
      </>
    );
  }
  return (
    <section aria-labelledby={headingId} className="templates-view">
      <h2 id={headingId}>{t('sops.templates.list.heading')}</h2>
      <p className="templates-view__intro">{t('sops.templates.list.intro')}</p>
      <div className="button-row toolbar">
        <NewTemplateButton />
      </div>
      {content}
    </section>
  );
}
