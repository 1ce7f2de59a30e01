import { useTranslation } from 'react-i18next';
import { Route, Switch, useLocation } from 'wouter';
import { PageHeading } from '../../components/PageHeading';
import { SectionNavigation } from '../../components/SectionNavigation';
import { SopEditorView } from './editor/SopEditorView';
import { LibraryView } from './library/LibraryView';
import { SopPage } from './library/SopPage';
import { SopVersionsView } from './library/SopVersionsView';
import { CrisisTypePage } from './matrix/CrisisTypePage';
import { CrisisTypesView } from './matrix/CrisisTypesView';
import { MatrixView } from './matrix/MatrixView';
import { RunPage } from './runs/RunPage';
import { RunsView } from './runs/RunsView';
import { TemplatePage } from './templates/TemplatePage';
import { TemplatesView } from './templates/TemplatesView';

/**
 * The SOP library area, in a nested router under `#/sops`: the library (`/`), a new SOP (`/new`),
 * one SOP (`/<id>`), its editor (`/<id>/edit`) and versions with their diff (`/<id>/versions`),
 * runs (`/runs`, `/runs/<id>`), the communication matrix (`/matrix`), crisis types (`/types`,
 * `/types/<id>`) and statement templates (`/templates`, `/templates/<id>`).
 */
export function SopsPage() {
  const { t } = useTranslation();
  const [location] = useLocation();
  const isLibrary =
    location === '/' ||
    !['/runs', '/matrix', '/types', '/templates'].some((prefix) => location.startsWith(prefix));
  return (
    <>
      <PageHeading>{t('areas.sops.title')}</PageHeading>
      <SectionNavigation
        label={t('sops.sections.label')}
        links={[
          // Absolute: a nested link to '/' would address `#/sops/` with a trailing slash.
          { href: '~/sops', label: t('sops.sections.library'), isCurrent: isLibrary },
          {
            href: '/runs',
            label: t('sops.sections.runs'),
            isCurrent: location.startsWith('/runs'),
          },
          {
            href: '/matrix',
            label: t('sops.sections.matrix'),
            isCurrent: location.startsWith('/matrix'),
          },
          {
            href: '/templates',
            label: t('sops.sections.templates'),
            isCurrent: location.startsWith('/templates'),
          },
          {
            href: '/types',
            label: t('sops.sections.crisisTypes'),
            isCurrent: location.startsWith('/types'),
          },
        ]}
      />
      <Switch>
        <Route path="/new">{() => <SopEditorView sopId={null} />}</Route>
        <Route path="/runs" component={RunsView} />
        <Route path="/runs/:id">{(params) => <RunPage key={params.id} runId={params.id} />}</Route>
        <Route path="/matrix" component={MatrixView} />
        <Route path="/types" component={CrisisTypesView} />
        <Route path="/types/:id">
          {(params) => <CrisisTypePage key={params.id} crisisTypeId={params.id} />}
        </Route>
        <Route path="/templates" component={TemplatesView} />
        <Route path="/templates/:id">
          {(params) => <TemplatePage key={params.id} templateId={params.id} />}
        </Route>
        <Route path="/:id/edit">
          {(params) => <SopEditorView key={params.id} sopId={params.id} />}
        </Route>
        <Route path="/:id/versions">
          {(params) => <SopVersionsView key={params.id} sopId={params.id} />}
        </Route>
        <Route path="/:id">{(params) => <SopPage key={params.id} sopId={params.id} />}</Route>
        <Route component={LibraryView} />
      </Switch>
    </>
  );
}
