import { useTranslation } from 'react-i18next';
import { Route, Switch, useLocation } from 'wouter';
import { PageHeading } from '../../components/PageHeading';
import { SectionNavigation } from '../../components/SectionNavigation';
import { RiskDetailPage } from './detail/RiskDetailPage';
import { HeatMapView } from './register/HeatMapView';
import { RecycleBinView } from './register/RecycleBinView';
import { RegisterView } from './register/RegisterView';

/**
 * The Risks area: the register (`#/risks`), the heat map (`#/risks/heat-map`), the recycle bin
 * (`#/risks/bin`) and one risk's page (`#/risks/<id>`). Rendered in a nested router, so the
 * paths here are relative to `/risks`.
 */
export function RisksPage() {
  const { t } = useTranslation();
  const [location] = useLocation();
  const isHeatMap = location === '/heat-map';
  const isBin = location === '/bin';
  const isRegister = location === '/';
  return (
    <>
      <PageHeading>{t('areas.risks.title')}</PageHeading>
      <SectionNavigation
        label={t('risks.register.sectionsLabel')}
        links={[
          // Absolute: a nested link to '/' would address `#/risks/` with a trailing slash.
          { href: '~/risks', label: t('risks.register.heading'), isCurrent: isRegister },
          { href: '/heat-map', label: t('risks.register.heatMap.heading'), isCurrent: isHeatMap },
          { href: '/bin', label: t('risks.register.bin.heading'), isCurrent: isBin },
        ]}
      />
      <Switch>
        <Route path="/heat-map" component={HeatMapView} />
        <Route path="/bin" component={RecycleBinView} />
        <Route path="/:id">
          {(params) => <RiskDetailPage key={params.id} riskId={params.id} />}
        </Route>
        <Route component={RegisterView} />
      </Switch>
    </>
  );
}
