import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Incident } from '../../../../../shared/domain/incidents/incident';
import type { SopRun } from '../../../../../shared/domain/sops/sopRuns';
import { DialogForm } from '../../../components/DialogForm';
import { ModalDialog } from '../../../components/ModalDialog';
import { SelectField } from '../../../components/fields/SelectField';
import type { CommandResult, FieldIssue } from '../../../lib/commandResult';
import { issueTextAt, unplacedIssueMessages } from '../../../lib/fieldIssueText';
import { useIssueSubmit } from '../../../lib/useIssueSubmit';
import { useOperatorName } from '../../../lib/useOperatorName';
import { startSopRun, useCrisisTypeName } from '../../sops';
import type { PublishedSop } from '../../sops';
import { addTimelineEntry } from '../incidentCommands';
import { workIssueMessageKey } from './workIssues';

/** Props of {@link StartIncidentRunDialog}. */
export type StartIncidentRunDialogProps = {
  incident: Incident;
  /** Every SOP with the content in force (loaded before the dialog opens). */
  sops: readonly PublishedSop[];
  /** Called with the run once it is started (and its timeline entry written). */
  onStarted: (run: SopRun) => void;
  onClose: () => void;
};

/**
 * The published SOPs in the order to offer them: those written for the incident's crisis type,
 * then those for every crisis, then the rest, each group in the library's title order.
 */
function offeredSops(sops: readonly PublishedSop[], crisisTypeId: string | null): PublishedSop[] {
  const rank = (sop: PublishedSop) =>
    crisisTypeId !== null && sop.content.crisisTypeId === crisisTypeId
      ? 0
      : sop.content.crisisTypeId === null
        ? 1
        : 2;
  return sops
    .filter((sop) => sop.isPublished)
    .map((sop, index) => ({ sop, index }))
    .sort((left, right) => rank(left.sop) - rank(right.sop) || left.index - right.index)
    .map(({ sop }) => sop);
}

/** A command's issues with an SOP that is gone named as such, not as a missing incident. */
function sopIssues(issues: readonly FieldIssue[]): FieldIssue[] {
  return issues.map((issue) =>
    issue.code === 'not-found' ? { path: 'sopId', code: 'sop-not-found' } : issue,
  );
}

/**
 * "Start an SOP run": choose a published SOP (those for the incident's crisis type first) and
 * start a run of its latest version attached to the incident, as a live checklist, with an
 * action entry on the timeline saying which SOP and version were started.
 */
export function StartIncidentRunDialog({
  incident,
  sops,
  onStarted,
  onClose,
}: StartIncidentRunDialogProps) {
  const { t } = useTranslation();
  const crisisTypeName = useCrisisTypeName();
  const [operatorName] = useOperatorName();
  const form = useIssueSubmit();
  const offered = offeredSops(sops, incident.crisisTypeId);
  const [chosenId, setChosenId] = useState('');
  const sopId = chosenId === '' ? (offered[0]?.sop.id ?? '') : chosenId;

  if (offered.length === 0) {
    return (
      <ModalDialog title={t('incidents.work.runs.startTitle')} onRequestClose={onClose}>
        <p>
          {t('incidents.work.runs.noSops')}{' '}
          <Link href="~/sops">{t('incidents.work.runs.libraryLink')}</Link>
        </p>
        <div className="button-row modal__actions">
          <button type="button" onClick={onClose}>
            {t('incidents.work.runs.cancel')}
          </button>
        </div>
      </ModalDialog>
    );
  }

  async function start() {
    const chosen = offered.find((candidate) => candidate.sop.id === sopId);
    if (chosen === undefined) {
      form.showIssues([{ path: 'sopId', code: 'required' }]);
      return;
    }
    await form.submit(async (): Promise<CommandResult<SopRun>> => {
      const started = await startSopRun(chosen.sop.id, incident.id);
      if (!started.ok) {
        return { ok: false, issues: sopIssues(started.issues) };
      }
      const run = started.value;
      const entry = await addTimelineEntry(incident.id, {
        kind: 'action',
        at: run.activatedAt,
        author: operatorName,
        source: 'system',
        isExternal: false,
        text: t('incidents.work.runs.entryText', {
          title: chosen.content.title,
          version: run.version,
        }),
        supersedesId: null,
      });
      // The run is attached whatever happens to its entry: say so rather than hide it.
      return entry.ok
        ? { ok: true, value: run }
        : { ok: false, issues: [{ path: '', code: 'run-entry-failed' }] };
    }, onStarted);
  }

  return (
    <DialogForm
      title={t('incidents.work.runs.startTitle')}
      onRequestClose={onClose}
      form={form}
      onSubmit={start}
      otherErrors={unplacedIssueMessages(form.issues, ['sopId'], t, workIssueMessageKey)}
      labels={{
        cancel: t('incidents.work.runs.cancel'),
        save: t('incidents.work.runs.startButton'),
        saving: t('incidents.work.runs.starting'),
      }}
      formClassName="incident-work-form"
    >
      <SelectField
        label={t('incidents.work.runs.sop')}
        hint={t('incidents.work.runs.sopHint')}
        error={issueTextAt(form.issues, 'sopId', t, workIssueMessageKey)}
        value={sopId}
        options={offered.map((candidate) => candidate.sop.id)}
        optionLabel={(id) => {
          const candidate = offered.find((option) => option.sop.id === id);
          return candidate === undefined
            ? id
            : t('incidents.work.runs.sopOption', {
                title: candidate.content.title,
                version: candidate.version ?? 0,
                crisisType: crisisTypeName(candidate.content.crisisTypeId),
              });
        }}
        onChange={setChosenId}
      />
    </DialogForm>
  );
}
