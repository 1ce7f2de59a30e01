import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useLanguage } from '../../../i18n/useLanguage';
import { useOperatorName } from '../../../lib/useOperatorName';
import { useIncident } from '../../incidents';
import { createPostmortem, postmortemIssueMessageKey } from '../postmortemCommands';
import { usePostmortemOfIncident } from '../usePostmortemData';
import { currencyByLanguage } from './postmortemFormat';

/** Props of {@link WritePostmortemButton}. */
export type WritePostmortemButtonProps = {
  incidentId: string;
};

/**
 * On the incident page: a link to the incident's postmortem when it has one; "Write postmortem"
 * once the incident is stable or closed (created as a draft in the currency of the UI language,
 * then opened); nothing while it is still detected or active, when there is nothing to review yet.
 */
export function WritePostmortemButton({ incidentId }: WritePostmortemButtonProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [, navigate] = useLocation();
  const [operator] = useOperatorName();
  const incident = useIncident(incidentId);
  const postmortem = usePostmortemOfIncident(incidentId);
  const [isCreating, setIsCreating] = useState(false);
  const [errorCode, setErrorCode] = useState<string | null>(null);

  if (incident === undefined || postmortem === undefined || incident === null) {
    return null;
  }
  if (postmortem !== null) {
    return (
      <Link href={`~/postmortems/${postmortem.id}`} className="postmortem-entry">
        {t('postmortems.page.openExisting', { reference: postmortem.reference })}
      </Link>
    );
  }
  if (incident.status !== 'stable' && incident.status !== 'closed') {
    return null;
  }

  async function write() {
    setIsCreating(true);
    setErrorCode(null);
    try {
      const result = await createPostmortem(incidentId, currencyByLanguage[language], operator);
      if (result.ok) {
        navigate(`~/postmortems/${result.value.id}`);
        return;
      }
      setErrorCode(result.issues[0]?.code ?? 'invalid');
    } finally {
      setIsCreating(false);
    }
  }

  return (
    <span className="postmortem-entry">
      <button type="button" disabled={isCreating} onClick={() => void write()}>
        {isCreating ? t('postmortems.page.writing') : t('postmortems.page.write')}
      </button>
      {errorCode !== null && (
        <span role="alert" className="field__error">
          {t(postmortemIssueMessageKey(errorCode))}
        </span>
      )}
    </span>
  );
}
