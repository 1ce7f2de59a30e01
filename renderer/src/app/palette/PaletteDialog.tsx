import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useAppStore } from '../../stores/appStore';
import { languages } from '../../../../shared/domain/settings';
import { commandLabel, commands } from './commands';
import type { CommandDefinition } from './commands';
import { filterCommands } from './filterCommands';
import { runCommand } from './runCommand';

/** A command with its label in the current language, as the list shows and searches it. */
type PaletteItem = {
  readonly command: CommandDefinition;
  readonly label: string;
  readonly keywords: readonly string[];
};

/**
 * The open command palette: a modal `<dialog>` holding a combobox and a listbox of the commands
 * that match what is typed (in the UI language or by English keyword), with a polite status that
 * announces how many match, or that none does. Arrow keys move the selection, Enter runs it,
 * Escape closes; on closing, focus returns to where it was.
 */
export function PaletteDialog() {
  const { t, i18n } = useTranslation();
  const [, navigate] = useLocation();
  const closePalette = useAppStore((state) => state.closePalette);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);
  const listId = useId();
  const hintId = useId();
  const optionIdPrefix = useId();

  const items = useMemo(
    () =>
      commands.map((command): PaletteItem => ({
        command,
        label: commandLabel(command, t),
        // Labels in every UI language too: people type Traditional and Simplified interchangeably.
        keywords: [
          ...command.keywords,
          ...languages.map((language) => commandLabel(command, i18n.getFixedT(language))),
        ],
      })),
    [t, i18n],
  );
  const matches = filterCommands(items, query);
  const active = matches.length === 0 ? -1 : Math.min(activeIndex, matches.length - 1);
  const activeOptionId =
    active === -1 ? undefined : `${optionIdPrefix}${matches[active]?.command.id ?? ''}`;

  useEffect(() => {
    const dialog = dialogRef.current;
    const previouslyFocused =
      document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog?.showModal();
    inputRef.current?.focus();
    return () => {
      if (dialog?.open === true) {
        dialog.close();
      }
      if (previouslyFocused?.isConnected === true) {
        previouslyFocused.focus();
      }
    };
  }, []);

  useEffect(() => {
    if (activeOptionId !== undefined) {
      // jsdom has no scrollIntoView; browsers keep the selected command visible.
      document.getElementById(activeOptionId)?.scrollIntoView?.({ block: 'nearest' });
    }
  }, [activeOptionId]);

  function run(item: PaletteItem) {
    closePalette();
    void runCommand(item.command.action, { navigate: (path) => navigate(path) });
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (matches.length > 0) {
          setActiveIndex((active + 1) % matches.length);
        }
        return;
      case 'ArrowUp':
        event.preventDefault();
        if (matches.length > 0) {
          setActiveIndex((active - 1 + matches.length) % matches.length);
        }
        return;
      case 'Enter': {
        event.preventDefault();
        const item = matches[active];
        if (item !== undefined) {
          run(item);
        }
        return;
      }
      case 'Escape':
        event.preventDefault();
        closePalette();
        return;
    }
  }

  function handleCancel(event: SyntheticEvent<HTMLDialogElement>) {
    // The browser closes a modal dialog on Escape by itself; let the store decide instead.
    event.preventDefault();
    closePalette();
  }

  return (
    <dialog
      ref={dialogRef}
      className="palette"
      aria-label={t('palette.title')}
      onCancel={handleCancel}
      onClose={closePalette}
    >
      <input
        ref={inputRef}
        className="palette__input"
        type="text"
        role="combobox"
        aria-label={t('palette.inputLabel')}
        aria-describedby={hintId}
        aria-expanded={matches.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeOptionId}
        placeholder={t('palette.placeholder')}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActiveIndex(0);
        }}
        onKeyDown={handleKeyDown}
      />
      <p id={hintId} className="palette__hint">
        {t('palette.hint')}
      </p>
      <ul id={listId} role="listbox" aria-label={t('palette.listLabel')} className="palette__list">
        {matches.map((item, index) => (
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events -- WAI-ARIA combobox pattern: options never take focus; the keyboard drives them from the combobox through aria-activedescendant (handleKeyDown), so a click is the pointer's way to the same action.
          <li
            key={item.command.id}
            id={`${optionIdPrefix}${item.command.id}`}
            role="option"
            aria-selected={index === active}
            className="palette__option"
            onClick={() => run(item)}
            onMouseMove={() => setActiveIndex(index)}
          >
            {item.label}
          </li>
        ))}
      </ul>
      {/* Always rendered, so screen readers hear each change: how many commands match, or that
          none does. role="status" is polite: it never interrupts what is being read. */}
      <p role="status" className="palette__status">
        {matches.length === 0
          ? t('palette.noResults', { query })
          : t('palette.resultCount', { count: matches.length })}
      </p>
    </dialog>
  );
}
