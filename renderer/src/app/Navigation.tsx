import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { areas, isAreaPath } from './areas';

/** The main navigation: a link to every area, the current one marked `aria-current="page"`. */
export function Navigation() {
  const { t } = useTranslation();
  const [location] = useLocation();
  return (
    <nav className="navigation" aria-label={t('shell.navigationLabel')}>
      <ul className="navigation__list">
        {areas.map((area) => (
          <li key={area.id}>
            <Link
              href={area.path}
              className="navigation__link"
              aria-current={isAreaPath(area, location) ? 'page' : undefined}
            >
              {t(area.titleKey)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
