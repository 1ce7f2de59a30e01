import { Link } from 'wouter';

/** One link of a {@link SectionNavigation}: where it goes and its translated label. */
export type SectionLink = {
  /** Route relative to the current router (nested routes: relative to the area). */
  href: string;
  label: string;
  isCurrent: boolean;
};

/** Props of {@link SectionNavigation}. */
export type SectionNavigationProps = {
  /** Accessible name of the navigation landmark ("Monitoring sections"). */
  label: string;
  links: readonly SectionLink[];
};

/**
 * The sub-pages of an area as a row of links that look like tabs. They are links, not ARIA
 * tabs, because each one is an address (`#/monitoring/items`) that can be bookmarked, reloaded
 * and reached from the command palette; the current one is marked `aria-current="page"`.
 */
export function SectionNavigation({ label, links }: SectionNavigationProps) {
  return (
    <nav className="section-navigation" aria-label={label}>
      <ul className="section-navigation__list">
        {links.map((entry) => (
          <li key={entry.href}>
            <Link
              href={entry.href}
              className="section-navigation__link"
              aria-current={entry.isCurrent ? 'page' : undefined}
            >
              {entry.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
