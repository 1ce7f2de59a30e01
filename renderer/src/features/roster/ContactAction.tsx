import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { dialableNumber } from '../../../../shared/domain/roster/person';
import { openExternalLink } from '../../lib/externalLinks';
import { useAppStore } from '../../stores/appStore';

/** Props of {@link ContactAction}. */
export type ContactActionProps = {
  /** `call` opens a `tel:` link, `email` a `mailto:` link. */
  kind: 'call' | 'email';
  /** The phone number or email address as stored. */
  address: string;
  /** The person's name, for the button's accessible name and the question. */
  personName: string;
  /** Shown on the button (e.g. the kind of number); the address is always shown. */
  detail: string;
};

/**
 * A button that calls or emails a person. It asks first (a click by mistake should not start a
 * call at 3 a.m.), then hands the `tel:`/`mailto:` link to the allowlisted external opener; a
 * refusal (an address the opener will not accept) is explained in a notice.
 */
export function ContactAction({ kind, address, personName, detail }: ContactActionProps) {
  const { t } = useTranslation();
  const [isAsking, setIsAsking] = useState(false);
  const url = kind === 'call' ? `tel:${dialableNumber(address)}` : `mailto:${address}`;
  const canOpen = kind === 'email' || dialableNumber(address) !== '';
  const label =
    kind === 'call'
      ? t('roster.contact.callLabel', { name: personName, detail, address })
      : t('roster.contact.emailLabel', { name: personName, detail, address });

  async function open() {
    setIsAsking(false);
    const outcome = await openExternalLink(url);
    if (outcome.kind === 'refused') {
      useAppStore.getState().pushNotice({ kind: 'error', messageKey: `errors.${outcome.code}` });
    }
  }

  return (
    <>
      <button
        type="button"
        className="contact-action"
        aria-label={label}
        disabled={!canOpen}
        onClick={() => setIsAsking(true)}
      >
        <span className="contact-action__verb">
          {kind === 'call' ? t('roster.contact.call') : t('roster.contact.email')}
        </span>{' '}
        <span className="contact-action__detail">{detail}</span>{' '}
        <span className="contact-action__address">{address}</span>
      </button>
      {isAsking && (
        <ConfirmDialog
          title={
            kind === 'call'
              ? t('roster.contact.confirmCallTitle')
              : t('roster.contact.confirmEmailTitle')
          }
          message={
            kind === 'call'
              ? t('roster.contact.confirmCall', { name: personName, address })
              : t('roster.contact.confirmEmail', { name: personName, address })
          }
          confirmLabel={kind === 'call' ? t('roster.contact.call') : t('roster.contact.email')}
          cancelLabel={t('roster.contact.cancel')}
          onConfirm={() => void open()}
          onCancel={() => setIsAsking(false)}
        />
      )}
    </>
  );
}
