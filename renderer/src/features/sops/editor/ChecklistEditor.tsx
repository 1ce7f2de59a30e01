import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { maxChecklistItems } from '../../../../../shared/domain/sops/sop';
import { FormField } from '../../../components/FormField';
import { withItemInserted, withItemMoved } from './sopEditorDraft';
import type { ChecklistItemDraft } from './sopEditorDraft';

/** Props of {@link ChecklistEditor}. */
export type ChecklistEditorProps = {
  /** The step's number as shown (1-based), for the controls' names. */
  order: number;
  items: readonly ChecklistItemDraft[];
  onChange: (items: ChecklistItemDraft[]) => void;
  /** Makes the id of a new item (`crypto.randomUUID` in the app). */
  newId: () => string;
  /** The translated issue of one item, or undefined. */
  itemError: (itemId: string) => string | undefined;
  /** The translated issue of the whole list (too many items), or undefined. */
  listError: string | undefined;
};

/** Where focus goes after the list changed: a field or button that exists after the render. */
type FocusTarget = { itemId: string; control: 'text' | 'up' | 'down' } | { control: 'add' };

/**
 * The checklist of one step: its items in order, each with its text and buttons to move it up or
 * down or remove it, and a button to add one. Every control names its item and step ("Move item 2
 * of step 3 up"). Adding focuses the new item's text; moving keeps focus on the moved item's
 * button; removing moves focus to "Add", so focus is never lost on a button that is gone. Enter
 * in an item starts a new one after it instead of saving the SOP.
 */
export function ChecklistEditor({
  order,
  items,
  onChange,
  newId,
  itemError,
  listError,
}: ChecklistEditorProps) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<FocusTarget | null>(null);

  useEffect(() => {
    const target = pendingFocus.current;
    pendingFocus.current = null;
    if (target === null) {
      return;
    }
    if (target.control === 'add') {
      addRef.current?.focus();
      return;
    }
    const row = [...(listRef.current?.children ?? [])].find(
      (element): element is HTMLElement =>
        element instanceof HTMLElement && element.dataset['itemId'] === target.itemId,
    );
    const selector =
      target.control === 'text' ? 'input' : `[data-move="${target.control}"]:not(:disabled)`;
    // At the top or bottom the moved button is disabled: the other one keeps focus in the row.
    (
      row?.querySelector<HTMLElement>(selector) ?? row?.querySelector('[data-move]:not(:disabled)')
    )?.focus();
  }, [items]);

  function change(index: number, text: string) {
    onChange(items.map((item, position) => (position === index ? { ...item, text } : item)));
  }

  function move(index: number, offset: -1 | 1) {
    const moving = items[index];
    if (moving !== undefined) {
      pendingFocus.current = { itemId: moving.id, control: offset === -1 ? 'up' : 'down' };
      onChange(withItemMoved(items, index, offset));
    }
  }

  function remove(index: number) {
    pendingFocus.current = { control: 'add' };
    onChange(items.filter((_, position) => position !== index));
  }

  /** Adds an empty item after position `index` (at the end by default) and focuses it. */
  function add(index = items.length - 1) {
    if (items.length >= maxChecklistItems) {
      return;
    }
    const id = newId();
    pendingFocus.current = { itemId: id, control: 'text' };
    onChange(withItemInserted(items, index + 1, { id, text: '' }));
  }

  return (
    <fieldset className="form-group sop-editor__checklist">
      <legend>{t('sops.editor.checklist', { order })}</legend>
      {items.length === 0 ? (
        <p className="sop-editor__empty">{t('sops.editor.checklistEmpty')}</p>
      ) : (
        <ol ref={listRef} className="plain-list sop-editor__checklist-items">
          {items.map((item, index) => {
            const itemOrder = index + 1;
            const names = { item: itemOrder, order };
            return (
              <li key={item.id} data-item-id={item.id} className="sop-editor__checklist-item">
                <FormField
                  label={t('sops.editor.checklistItem', names)}
                  error={itemError(item.id)}
                  className="sop-editor__checklist-text"
                >
                  {(control) => (
                    <input
                      {...control}
                      type="text"
                      autoComplete="off"
                      className="input--wide"
                      value={item.text}
                      onChange={(event) => change(index, event.currentTarget.value)}
                      onKeyDown={(event) => {
                        // Enter starts the next item, as in a list, rather than saving the whole
                        // SOP; while an input method is composing, Enter belongs to it.
                        if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
                          event.preventDefault();
                          add(index);
                        }
                      }}
                    />
                  )}
                </FormField>
                <div className="button-row button-row--compact">
                  <button
                    type="button"
                    data-move="up"
                    aria-label={t('sops.editor.moveItemUp', names)}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    {t('sops.editor.up')}
                  </button>
                  <button
                    type="button"
                    data-move="down"
                    aria-label={t('sops.editor.moveItemDown', names)}
                    disabled={index === items.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    {t('sops.editor.down')}
                  </button>
                  <button
                    type="button"
                    aria-label={t('sops.editor.removeItem', names)}
                    onClick={() => remove(index)}
                  >
                    {t('sops.editor.remove')}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {listError !== undefined && <p className="field__error">{listError}</p>}
      <button
        ref={addRef}
        type="button"
        disabled={items.length >= maxChecklistItems}
        onClick={() => add()}
      >
        {t('sops.editor.addItem', { order })}
      </button>
    </fieldset>
  );
}
