import { useId } from 'react';
import type { ReactNode } from 'react';

/** Props of {@link ReportSection}. */
export type ReportSectionProps = {
  /** The section's heading, in the document's language. */
  heading: string;
  /** A class for the print stylesheet (e.g. a section that may start a new page). */
  className?: string;
  children: ReactNode;
};

/** One titled section of the incident report, a region named by its heading. */
export function ReportSection({ heading, className, children }: ReportSectionProps) {
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className={
        className === undefined
          ? 'incident-report__section'
          : `incident-report__section ${className}`
      }
    >
      <h3 id={headingId} className="incident-report__section-heading">
        {heading}
      </h3>
      {children}
    </section>
  );
}
