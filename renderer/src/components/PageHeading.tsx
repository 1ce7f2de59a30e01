import type { ReactNode } from 'react';

/** Props of {@link PageHeading}. */
export type PageHeadingProps = {
  children: ReactNode;
};

/**
 * The one `<h1>` of a page. It can take focus from script (`tabIndex={-1}`), so after a route
 * change the shell moves focus here and screen readers announce the new page.
 */
export function PageHeading({ children }: PageHeadingProps) {
  return (
    <h1 className="page-heading" tabIndex={-1}>
      {children}
    </h1>
  );
}
