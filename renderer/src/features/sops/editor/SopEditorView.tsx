import { EditSopEditor } from './EditSopEditor';
import { SopEditorForm } from './SopEditorForm';

/** Props of {@link SopEditorView}. */
export type SopEditorViewProps = {
  /** The SOP whose working draft is edited (`#/sops/<id>/edit`), or null for a new one (`#/sops/new`). */
  sopId: string | null;
};

/**
 * The SOP editor page, routed from `#/sops/new` and `#/sops/<id>/edit`: a new SOP, or the
 * working draft of a stored one. Publishing is separate, on the SOP page.
 */
export function SopEditorView({ sopId }: SopEditorViewProps) {
  return sopId === null ? <SopEditorForm sop={null} /> : <EditSopEditor sopId={sopId} />;
}
