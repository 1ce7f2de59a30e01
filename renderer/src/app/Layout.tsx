import { useEffect, useRef } from 'react';
import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { findAreaByPath } from './areas';
import { Navigation } from './Navigation';
import { NoticeRegion } from './NoticeRegion';
import { TopBar } from './TopBar';
import { CommandPalette } from './palette/CommandPalette';

/** Props of {@link Layout}. */
export type LayoutProps = {
  /** The current page. */
  children: ReactNode;
};

/** Id of the `<main>` element, the target of the skip link. */
const mainId = 'main-content';

/**
 * The frame of every page: a skip link, the top bar, the navigation, `<main>` holding the page,
 * the notices and the command palette. After a route change focus moves to the new page's
 * heading, and the window title names the page.
 */
export function Layout({ children }: LayoutProps) {
  const { t } = useTranslation();
  const [location] = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previousLocation = useRef(location);

  useEffect(() => {
    if (previousLocation.current === location) {
      return;
    }
    previousLocation.current = location;
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [location]);

  const area = findAreaByPath(location);
  const areaTitle = area === undefined ? null : t(area.titleKey);
  useEffect(() => {
    document.title =
      areaTitle === null ? t('app.name') : t('app.documentTitle', { area: areaTitle });
  }, [areaTitle, t]);

  function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
    // The address hash holds the route, so the link must not change it: move focus instead.
    event.preventDefault();
    mainRef.current?.focus();
  }

  return (
    <div className="shell">
      <a className="skip-link" href={`#${mainId}`} onClick={skipToMain}>
        {t('shell.skipToContent')}
      </a>
      <TopBar />
      <div className="shell__body">
        <Navigation />
        <main id={mainId} ref={mainRef} className="shell__main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <NoticeRegion />
      <CommandPalette />
    </div>
  );
}
