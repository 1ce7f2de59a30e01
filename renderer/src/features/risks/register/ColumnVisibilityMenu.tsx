import { useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  alwaysVisibleColumnIds,
  registerColumnIds,
  registerColumnLabelKeys,
} from './registerViewState';
import type { RegisterColumnId } from './registerViewState';

/** Props of {@link ColumnVisibilityMenu}. */
export type ColumnVisibilityMenuProps = {
  hiddenColumns: readonly RegisterColumnId[];
  onChange: (hiddenColumns: RegisterColumnId[]) => void;
};

/**
 * A "Columns" button that shows a checkbox per column (reference and title always stay). It is a
 * disclosure rather than an ARIA menu: checkboxes are ordinary form controls, reached with Tab and
 * toggled with Space; Escape closes it and returns focus to the button.
 */
export function ColumnVisibilityMenu({ hiddenColumns, onChange }: ColumnVisibilityMenuProps) {
  const { t } = useTranslation();
  const id = useId();
  const [isOpen, setIsOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      setIsOpen(false);
      buttonRef.current?.focus();
    }
  }

  function toggle(columnId: RegisterColumnId, isVisible: boolean) {
    const others = hiddenColumns.filter((hidden) => hidden !== columnId);
    onChange(isVisible ? others : [...others, columnId]);
  }

  return (
    <div className="column-menu">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={isOpen}
        aria-controls={`${id}-columns`}
        onClick={() => setIsOpen((open) => !open)}
      >
        {t('risks.register.columnsMenu.button')}
      </button>
      {isOpen && (
        <fieldset id={`${id}-columns`} className="column-menu__panel">
          <legend>{t('risks.register.columnsMenu.legend')}</legend>
          {registerColumnIds
            .filter((columnId) => !alwaysVisibleColumnIds.includes(columnId))
            .map((columnId) => (
              <label key={columnId} className="choice">
                <input
                  type="checkbox"
                  checked={!hiddenColumns.includes(columnId)}
                  onKeyDown={handleKeyDown}
                  onChange={(event) => toggle(columnId, event.currentTarget.checked)}
                />
                {t(registerColumnLabelKeys[columnId])}
              </label>
            ))}
        </fieldset>
      )}
    </div>
  );
}
