import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommGroup, CommMatrixCell } from '../../../../../shared/domain/sops/commMatrix';
import { DialogForm } from '../../../components/DialogForm';
import { issueTextAt, unplacedIssueMessages } from '../../../lib/fieldIssueText';
import { useIssueSubmit } from '../../../lib/useIssueSubmit';
import { saveCommGroups, sopIssueMessageKey } from '../sopCommands';
import type { CommGroupKind } from '../sopCommands';
import { useChannelName, useStakeholderName } from '../sopLabels';
import { CommGroupRow } from './CommGroupRow';
import { movedGroup, newCustomGroup, renamedGroup, withoutGroup } from './commGroupEditing';
import { useGroupInUseText } from './useGroupInUseText';

/** Where focus goes after the list changed: a row's control, or the "Add" button. */
type FocusRequest = {
  groupId: string | null;
  control: 'up' | 'down' | 'name' | 'add';
  /** Grows with each request, so the same request twice focuses twice. */
  serial: number;
};

/** Props of {@link CommGroupsDialog}. */
export type CommGroupsDialogProps = {
  kind: CommGroupKind;
  /** The list as stored. */
  groups: readonly CommGroup[];
  /**
   * Every cell of the matrix, to say how many use an entry the save refused to remove (statement
   * templates using a stakeholder group as audience are counted too, see `useGroupInUseText`).
   */
  cells: readonly CommMatrixCell[];
  onClose: () => void;
};

/** The element of `list` marked with `groupId` (ids are data, so no selector is built from them). */
function rowOf(list: HTMLElement, groupId: string): HTMLElement | undefined {
  return [...list.querySelectorAll<HTMLElement>('[data-group-id]')].find(
    (row) => row.dataset['groupId'] === groupId,
  );
}

/**
 * Edits the matrix's stakeholder groups or channels: rename custom entries, add one (a new
 * `custom-` id), remove any entry, move entries up and down; Save writes the list through
 * `saveCommGroups`. Removing an entry that matrix cells or statement templates (as audience) use is
 * refused, and the message names the entry and how many cells and templates use it. Built-in
 * entries keep their translated names.
 */
export function CommGroupsDialog({ kind, groups, cells, onClose }: CommGroupsDialogProps) {
  const { t } = useTranslation();
  const stakeholderName = useStakeholderName();
  const channelName = useChannelName();
  const [draft, setDraft] = useState<CommGroup[]>(() => [...groups]);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const handledSerial = useRef(0);
  const form = useIssueSubmit();
  const groupName = kind === 'stakeholders' ? stakeholderName : channelName;
  const inUseText = useGroupInUseText(kind, cells);

  useEffect(() => {
    // The rows' DOM nodes move or go away with the list, so focus is placed once they have.
    if (focusRequest === null || focusRequest.serial === handledSerial.current) {
      return;
    }
    handledSerial.current = focusRequest.serial;
    const list = listRef.current;
    const row =
      list === null || focusRequest.groupId === null
        ? undefined
        : rowOf(list, focusRequest.groupId);
    if (row === undefined || focusRequest.control === 'add') {
      addRef.current?.focus();
      return;
    }
    if (focusRequest.control === 'name') {
      row.querySelector<HTMLElement>('input')?.focus();
      return;
    }
    // At the top or bottom the requested button is disabled: the other one keeps focus in the row.
    const buttons = [
      row.querySelector<HTMLButtonElement>(`[data-move="${focusRequest.control}"]`),
      row.querySelector<HTMLButtonElement>(
        `[data-move="${focusRequest.control === 'up' ? 'down' : 'up'}"]`,
      ),
    ];
    buttons.find((button) => button !== null && !button.disabled)?.focus();
  }, [focusRequest, draft]);

  function requestFocus(groupId: string | null, control: FocusRequest['control']) {
    setFocusRequest((current) => ({ groupId, control, serial: (current?.serial ?? 0) + 1 }));
  }

  function displayName(group: CommGroup, index: number): string {
    if (!group.isBuiltIn && group.name.trim() === '') {
      return t(`sops.matrix.groups.${kind}.entry`, { number: index + 1 });
    }
    return groupName(group.id, draft);
  }

  const inUseIssues = form.issues.filter((issue) => issue.code === 'group-in-use');
  const inUseMessages = inUseIssues.map((issue) => {
    const group = groups[Number(issue.path)];
    const id = group?.id ?? issue.path;
    return inUseText(id, groupName(id, groups));
  });
  const otherIssues = form.issues.filter((issue) => issue.code !== 'group-in-use');
  const otherErrors = [
    ...inUseMessages,
    ...unplacedIssueMessages(
      otherIssues,
      draft.map((_group, index) => `${index}.name`),
      t,
      sopIssueMessageKey,
    ),
  ];

  return (
    <DialogForm
      title={t(`sops.matrix.groups.${kind}.title`)}
      onRequestClose={onClose}
      className="modal--wide"
      form={form}
      onSubmit={() => form.submit(() => saveCommGroups(kind, draft), onClose)}
      otherErrors={otherErrors}
      labels={{
        cancel: t('sops.matrix.groups.cancel'),
        save: t('sops.matrix.groups.save'),
        saving: t('sops.matrix.groups.saving'),
      }}
      formClassName="comm-groups-form"
    >
      <p className="comm-groups-form__intro">{t(`sops.matrix.groups.${kind}.intro`)}</p>
      <ol
        ref={listRef}
        className="plain-list comm-groups-form__list"
        aria-label={t('sops.matrix.groups.listLabel')}
      >
        {draft.map((group, index) => (
          <CommGroupRow
            key={group.id}
            group={group}
            index={index}
            count={draft.length}
            displayName={displayName(group, index)}
            entryLabel={t(`sops.matrix.groups.${kind}.entry`, { number: index + 1 })}
            nameError={issueTextAt(otherIssues, `${index}.name`, t, sopIssueMessageKey)}
            onRename={(name) => setDraft((current) => renamedGroup(current, index, name))}
            onMove={(offset) => {
              setDraft((current) => movedGroup(current, index, offset));
              requestFocus(group.id, offset === -1 ? 'up' : 'down');
            }}
            onRemove={() => {
              setDraft((current) => withoutGroup(current, index));
              requestFocus(null, 'add');
            }}
          />
        ))}
      </ol>
      <div className="button-row">
        <button
          ref={addRef}
          type="button"
          onClick={() => {
            const added = newCustomGroup(() => crypto.randomUUID());
            setDraft((current) => [...current, added]);
            requestFocus(added.id, 'name');
          }}
        >
          {t(`sops.matrix.groups.${kind}.add`)}
        </button>
      </div>
    </DialogForm>
  );
}
