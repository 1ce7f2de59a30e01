import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Props of {@link DiffLine}. */
export type DiffLineProps = {
  kind: 'added' | 'removed';
  children: ReactNode;
};

/**
 * One removed or added piece of a diff: a visible "Removed:" or "Added:" label (so neither colour
 * nor strike-through alone carries the meaning, and screen readers, which mostly ignore
 * `<del>`/`<ins>`, say it) and the text in `<del>` or `<ins>`.
 */
export function DiffLine({ kind, children }: DiffLineProps) {
  const { t } = useTranslation();
  return (
    <div className={`sop-diff__line sop-diff__line--${kind}`}>
      <span className="sop-diff__label">
        {kind === 'added' ? t('sops.library.diff.added') : t('sops.library.diff.removed')}
      </span>{' '}
      {kind === 'added' ? (
        <ins className="sop-diff__text">{children}</ins>
      ) : (
        <del className="sop-diff__text">{children}</del>
      )}
    </div>
  );
}
