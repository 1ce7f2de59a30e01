import type { ReactNode } from 'react';

/** How a {@link StatusBadge} reads at a glance. */
export type StatusTone = 'neutral' | 'success' | 'warning' | 'danger' | 'busy';

/** Props of {@link StatusBadge}. */
export type StatusBadgeProps = {
  tone: StatusTone;
  /** The status in words: colour alone never carries the meaning. */
  children: ReactNode;
};

/**
 * A short status word in a coloured pill ("Healthy", "Failing 2×", "Unhealthy"). The words say
 * everything; the colour and the icon-like marker only help the eye find the bad ones.
 */
export function StatusBadge({ tone, children }: StatusBadgeProps) {
  return <span className={`status-badge status-badge--${tone}`}>{children}</span>;
}
