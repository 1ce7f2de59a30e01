import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../../shared/domain/roster/person';
import type { Risk } from '../../../../../shared/domain/risks/risk';
import { useRiskViews } from '../../risks';
import { personDisplayName, usePeople } from '../../roster';
import { usePublishedSops } from '../../sops';
import type { PublishedSop } from '../../sops';

/**
 * What action-item screens show instead of ids: the owner's name from the roster, the linked risk
 * (reference and title) from the register and the linked SOP's title in force from the library,
 * with the lists the dialog offers. Undefined while any of them is loading.
 */
export type ActionItemNames = {
  /** The roster, by name. */
  people: readonly Person[];
  /** The register's risks (not those in the recycle bin), in reference order. */
  risks: readonly Risk[];
  /** The library's SOPs with the content in force, by title. */
  sops: readonly PublishedSop[];
  /** The owner's display name; "No owner" for null, a plain note for someone removed. */
  ownerName: (personId: string | null) => string;
  /** The risk of the register with this id, or null when it is gone. */
  riskOf: (riskId: string) => Risk | null;
  /** The SOP of the library with this id, or null when it is gone. */
  sopOf: (sopId: string) => PublishedSop | null;
};

/** See {@link ActionItemNames}. */
export function useActionItemNames(): ActionItemNames | undefined {
  const { t } = useTranslation();
  const people = usePeople();
  const riskViews = useRiskViews();
  const sops = usePublishedSops();
  const risks = useMemo(() => riskViews?.map(({ risk }) => risk), [riskViews]);
  const peopleById = useMemo(
    () => new Map((people ?? []).map((person) => [person.id, person])),
    [people],
  );
  const risksById = useMemo(() => new Map((risks ?? []).map((risk) => [risk.id, risk])), [risks]);
  const sopsById = useMemo(
    () => new Map((sops ?? []).map((entry) => [entry.sop.id, entry])),
    [sops],
  );
  const ownerName = useCallback(
    (personId: string | null) => {
      if (personId === null) return t('postmortems.actions.noOwner');
      const person = peopleById.get(personId);
      return person === undefined
        ? t('postmortems.actions.unknownPerson')
        : personDisplayName(person);
    },
    [peopleById, t],
  );
  const riskOf = useCallback((riskId: string) => risksById.get(riskId) ?? null, [risksById]);
  const sopOf = useCallback((sopId: string) => sopsById.get(sopId) ?? null, [sopsById]);
  return useMemo(
    () =>
      people === undefined || risks === undefined || sops === undefined
        ? undefined
        : { people, risks, sops, ownerName, riskOf, sopOf },
    [people, risks, sops, ownerName, riskOf, sopOf],
  );
}
