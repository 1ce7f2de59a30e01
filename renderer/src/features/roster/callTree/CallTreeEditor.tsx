import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../../../../shared/domain/localizedText';
import { callListFor, defaultCallTree } from '../../../../../shared/domain/roster/callTree';
import type { CallStep, CallTree } from '../../../../../shared/domain/roster/callTree';
import type { CrisisRole } from '../../../../../shared/domain/roster/crisisRoles';
import type { Person } from '../../../../../shared/domain/roster/person';
import type { SeverityLevel } from '../../../../../shared/domain/severity';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { SelectField } from '../../../components/fields/SelectField';
import { useLanguage } from '../../../i18n/useLanguage';
import { announce } from '../../../lib/commandResult';
import { useIssueSubmit } from '../../../lib/useIssueSubmit';
import { rosterIssueMessageKey, saveCallTree } from '../rosterCommands';
import { AddCallStepControls } from './AddCallStepControls';
import { movedStep, placeCallTreeIssues, withoutStep, withStepNote } from './callTreeEditing';
import { CallStepRow } from './CallStepRow';
import type { StepFocusRequest } from './CallStepRow';
import { useCallTreeDraft } from './useCallTreeDraft';

/** Props of {@link CallTreeEditor}. */
export type CallTreeEditorProps = {
  /** The saved call tree. */
  savedTree: CallTree;
  levels: readonly SeverityLevel[];
  roles: readonly CrisisRole[];
  people: readonly Person[];
};

/**
 * The call tree editor: for one severity level at a time, its steps in calling order, each with
 * a note and buttons to move or remove it, and controls to add a role or a person. Edits of every
 * level stay in one draft (kept across reloads) until "Save call tree" stores them all; "Discard
 * changes" and "Reset to default" ask first. Refused steps are explained beside the step.
 */
export function CallTreeEditor({ savedTree, levels, roles, people }: CallTreeEditorProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const draft = useCallTreeDraft(savedTree);
  const submit = useIssueSubmit();
  const [submittedTree, setSubmittedTree] = useState<CallTree>([]);
  const [levelId, setLevelId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<'discard' | 'reset' | null>(null);
  const [focusRequest, setFocusRequest] = useState<StepFocusRequest | null>(null);
  const rolesById = useMemo(() => new Map(roles.map((role) => [role.id, role])), [roles]);
  const peopleById = useMemo(() => new Map(people.map((person) => [person.id, person])), [people]);

  // An issue about a step the user has since removed is settled; the others stay until a save.
  const draftStepIds = new Set(draft.tree.flatMap((list) => list.steps.map((step) => step.id)));
  const placed = placeCallTreeIssues(submit.issues, submittedTree).filter(
    (issue) => issue.stepId === null || draftStepIds.has(issue.stepId),
  );
  const hasIssues = placed.length > 0;
  useEffect(() => {
    if (hasIssues) {
      summaryRef.current?.focus();
    }
    // Runs when a save is refused (a new request); settling an issue only ever clears them.
  }, [submit.focusRequest, hasIssues]);

  const level = levels.find((candidate) => candidate.id === levelId) ?? levels[0];
  if (level === undefined) {
    return null;
  }
  const steps = callListFor(draft.tree, level.id);
  const hasChanges = draft.changedSeverityIds.length > 0;
  // In the levels' order, then any list of a level that no longer exists.
  const changedNames = [
    ...levels.filter(({ id }) => draft.changedSeverityIds.includes(id)).map(({ id }) => id),
    ...draft.changedSeverityIds.filter((id) => !levels.some((candidate) => candidate.id === id)),
  ].map(levelName);

  function levelName(severityId: string): string {
    const found = levels.find((candidate) => candidate.id === severityId);
    return found === undefined ? severityId : localize(found.name, language);
  }

  function issueText(stepId: string, field: string): string | undefined {
    const issue = placed.find(
      (candidate) => candidate.stepId === stepId && candidate.field === field,
    );
    return issue === undefined ? undefined : t(rosterIssueMessageKey(issue.code));
  }

  function changeSteps(next: readonly CallStep[]) {
    if (level !== undefined) {
      draft.setSteps(level.id, next);
    }
  }

  function move(index: number, offset: -1 | 1) {
    const moving = steps[index];
    if (moving === undefined) {
      return;
    }
    changeSteps(movedStep(steps, index, offset));
    setFocusRequest((previous) => ({
      stepId: moving.id,
      direction: offset === -1 ? 'up' : 'down',
      serial: (previous?.serial ?? 0) + 1,
    }));
  }

  function remove(index: number) {
    changeSteps(withoutStep(steps, index));
    // The row and its buttons are gone: the editor's heading takes focus, not the page's body.
    headingRef.current?.focus();
  }

  function store(tree: CallTree, doneKey: 'saved' | 'resetDone') {
    setSubmittedTree(tree);
    void submit.submit(
      () => saveCallTree(tree),
      () => {
        draft.discard();
        submit.showIssues([]);
        announce('success', `roster.callTree.editor.${doneKey}`, {});
      },
    );
  }

  return (
    <section aria-labelledby={headingId} className="panel call-tree-editor">
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('roster.callTree.editor.heading')}
      </h2>
      <p>{t('roster.callTree.editor.intro')}</p>
      {hasIssues && (
        <div ref={summaryRef} role="alert" tabIndex={-1} className="call-tree-editor__issues">
          <p>{t('roster.callTree.editor.notSaved')}</p>
          <ul>
            {placed.map((issue, index) => {
              const message = t(rosterIssueMessageKey(issue.code));
              return (
                // Two issues may share a step and a code; their position tells them apart.
                <li key={`${index}-${issue.code}`}>
                  {issue.severityId === null || issue.stepIndex === null
                    ? message
                    : t('roster.callTree.editor.issueAtStep', {
                        level: levelName(issue.severityId),
                        order: issue.stepIndex + 1,
                        message,
                      })}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <SelectField
        label={t('roster.callTree.editor.level')}
        error={undefined}
        value={level.id}
        options={levels.map(({ id }) => id)}
        optionLabel={(id) =>
          draft.changedSeverityIds.includes(id)
            ? t('roster.callTree.editor.levelWithChanges', { level: levelName(id) })
            : levelName(id)
        }
        onChange={setLevelId}
      />
      {steps.length === 0 ? (
        <p>{t('roster.callTree.editor.empty')}</p>
      ) : (
        <ol
          className="call-tree-editor__steps plain-list"
          aria-label={t('roster.callTree.editor.stepsLabel', { level: levelName(level.id) })}
        >
          {steps.map((step, index) => (
            <CallStepRow
              key={step.id}
              step={step}
              index={index}
              count={steps.length}
              rolesById={rolesById}
              peopleById={peopleById}
              stepError={issueText(step.id, '')}
              noteError={issueText(step.id, 'note')}
              focusRequest={focusRequest}
              onNoteChange={(note) => changeSteps(withStepNote(steps, index, note))}
              onMove={(offset) => move(index, offset)}
              onRemove={() => remove(index)}
            />
          ))}
        </ol>
      )}
      <AddCallStepControls
        roles={roles}
        people={people}
        steps={steps}
        onAdd={(step) => changeSteps([...steps, step])}
      />
      {hasChanges && (
        <div className="call-tree-editor__unsaved">
          <p>
            {t('roster.callTree.editor.unsavedIn', {
              levels: new Intl.ListFormat(language, { type: 'conjunction' }).format(changedNames),
            })}
          </p>
          <p>{t('roster.callTree.editor.savedTreeOnly')}</p>
        </div>
      )}
      <div className="button-row call-tree-editor__actions">
        <button
          type="button"
          className="button--primary"
          disabled={!hasChanges || submit.isSaving}
          onClick={() => store(draft.tree, 'saved')}
        >
          {submit.isSaving ? t('roster.callTree.editor.saving') : t('roster.callTree.editor.save')}
        </button>
        <button
          type="button"
          disabled={!hasChanges || submit.isSaving}
          onClick={() => setConfirming('discard')}
        >
          {t('roster.callTree.editor.discard')}
        </button>
        <button type="button" disabled={submit.isSaving} onClick={() => setConfirming('reset')}>
          {t('roster.callTree.editor.reset')}
        </button>
      </div>
      {confirming === 'discard' && (
        <ConfirmDialog
          title={t('roster.callTree.editor.discardTitle')}
          message={t('roster.callTree.editor.discardMessage')}
          confirmLabel={t('roster.callTree.editor.discard')}
          cancelLabel={t('roster.callTree.editor.keepEditing')}
          isDestructive
          onConfirm={() => {
            setConfirming(null);
            draft.discard();
            submit.showIssues([]);
          }}
          onCancel={() => setConfirming(null)}
        />
      )}
      {confirming === 'reset' && (
        <ConfirmDialog
          title={t('roster.callTree.editor.resetTitle')}
          message={t('roster.callTree.editor.resetMessage')}
          confirmLabel={t('roster.callTree.editor.resetConfirm')}
          cancelLabel={t('roster.callTree.editor.keepEditing')}
          isDestructive
          onConfirm={() => {
            setConfirming(null);
            store(defaultCallTree, 'resetDone');
          }}
          onCancel={() => setConfirming(null)}
        />
      )}
    </section>
  );
}
