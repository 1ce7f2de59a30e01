import { DiffLine } from './DiffLine';

/** Props of {@link ValueChange}. */
export type ValueChangeProps = {
  before: string;
  after: string;
};

/** A value replaced by another (a crisis type, an owner role, a target time): old, then new. */
export function ValueChange({ before, after }: ValueChangeProps) {
  return (
    <>
      <DiffLine kind="removed">{before}</DiffLine>
      <DiffLine kind="added">{after}</DiffLine>
    </>
  );
}
