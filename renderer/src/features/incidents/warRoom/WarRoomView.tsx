import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PageHeading } from '../../../components/PageHeading';
import { useIncident } from '../useIncidentData';
import { WarRoomBoard } from './WarRoomBoard';

/** Props of {@link WarRoomView}. */
export type WarRoomViewProps = {
  incidentId: string;
};

/**
 * The war-room view of one incident (`#/incidents/<id>/war-room`), for a projector: the board
 * once the incident is read, a short note while it loads, and a page saying so (with a way back to
 * the list) when there is no such incident. See {@link WarRoomBoard}.
 */
export function WarRoomView({ incidentId }: WarRoomViewProps) {
  const { t } = useTranslation();
  const incident = useIncident(incidentId);
  if (incident === undefined) {
    return <p role="status">{t('incidents.warRoom.loading')}</p>;
  }
  if (incident === null) {
    return (
      <>
        <PageHeading>{t('incidents.warRoom.notFoundHeading')}</PageHeading>
        <p>{t('incidents.warRoom.notFound')}</p>
        <p>
          <Link href="~/incidents">{t('incidents.warRoom.backToList')}</Link>
        </p>
      </>
    );
  }
  return <WarRoomBoard incident={incident} />;
}
