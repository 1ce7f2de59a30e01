import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ActionItemLink } from '../../../../../shared/domain/postmortems/actionItems';
import type { ActionItemNames } from './useActionItemNames';

/** Props of {@link ActionItemLinkLabel}. */
export type ActionItemLinkLabelProps = {
  link: ActionItemLink | null;
  names: ActionItemNames;
};

/**
 * The risk (reference and title) or SOP (title in force) an item changes, as a link to its page;
 * a plain note when nothing is linked or the record is gone.
 */
export function ActionItemLinkLabel({ link, names }: ActionItemLinkLabelProps) {
  const { t } = useTranslation();
  if (link === null) {
    return <span className="action-items__muted">{t('postmortems.actions.noLink')}</span>;
  }
  if (link.kind === 'risk') {
    const risk = names.riskOf(link.riskId);
    return risk === null ? (
      <span className="action-items__muted">{t('postmortems.actions.missingRisk')}</span>
    ) : (
      <Link href={`~/risks/${encodeURIComponent(risk.id)}`}>
        {t('postmortems.actions.riskLink', { reference: risk.reference, title: risk.title })}
      </Link>
    );
  }
  const sop = names.sopOf(link.sopId);
  return sop === null ? (
    <span className="action-items__muted">{t('postmortems.actions.missingSop')}</span>
  ) : (
    <Link href={`~/sops/${encodeURIComponent(sop.sop.id)}`}>{sop.content.title}</Link>
  );
}
