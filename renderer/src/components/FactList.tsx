import type { ReactNode } from 'react';

/** One labelled fact of a {@link FactList}. */
export type Fact = {
  /** Stable key for React. */
  id: string;
  label: string;
  value: ReactNode;
};

/** Props of {@link FactList}. */
export type FactListProps = {
  facts: readonly Fact[];
};

/** Label/value pairs as a description list, e.g. the rows of Settings → Diagnostics. */
export function FactList({ facts }: FactListProps) {
  return (
    <dl className="fact-list">
      {facts.map((fact) => (
        <div key={fact.id} className="fact-list__row">
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
