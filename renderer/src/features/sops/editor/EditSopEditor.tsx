import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useSop } from '../useSopData';
import { SopEditorForm } from './SopEditorForm';

/**
 * The editor of a stored SOP's working draft: waits for the SOP, says plainly when there is no
 * SOP with that id (deleted, or a mistyped address) with a way back to the library, and otherwise
 * opens the editor on it.
 */
export function EditSopEditor({ sopId }: { sopId: string }) {
  const { t } = useTranslation();
  const sop = useSop(sopId);
  if (sop === undefined) {
    return <p role="status">{t('sops.editor.loading')}</p>;
  }
  if (sop === null) {
    return (
      <section className="sop-editor">
        <h2>{t('sops.editor.notFoundTitle')}</h2>
        <p>{t('sops.editor.notFoundMessage')}</p>
        <Link href="~/sops">{t('sops.editor.backToLibrary')}</Link>
      </section>
    );
  }
  return <SopEditorForm sop={sop} />;
}
