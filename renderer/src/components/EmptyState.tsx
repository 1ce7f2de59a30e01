import { useId } from 'react';

/** Props of {@link EmptyState}: already-translated text. */
export type EmptyStateProps = {
  /** A short heading naming what the area will hold. */
  heading: string;
  /** One or two sentences on what will be kept here. */
  summary: string;
  /** Says plainly that nothing has been recorded yet. */
  status: string;
};

/**
 * The honest placeholder of an area with no records: what the area is for and that it is empty,
 * with no sample data and no controls that do nothing.
 */
export function EmptyState({ heading, summary, status }: EmptyStateProps) {
  const headingId = useId();
  return (
    <section className="empty-state" aria-labelledby={headingId}>
      <h2 id={headingId} className="empty-state__heading">
        {heading}
      </h2>
      <p className="empty-state__summary">{summary}</p>
      <p className="empty-state__status">{status}</p>
    </section>
  );
}
