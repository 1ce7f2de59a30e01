import { useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { TimelineEntrySource } from '../../../../../shared/domain/incidents/timeline';
import { clearDraft, readDraft, writeDraft } from '../../../lib/draftStorage';
import type { FieldIssue } from '../../../lib/commandResult';
import { useOperatorName } from '../../../lib/useOperatorName';
import { addTimelineEntry, incidentIssueMessageKey } from '../incidentCommands';
import {
  defaultQuickEntryKind,
  kindForShortcut,
  parseHappenedAt,
  quickEntryKinds,
} from './timelineView';
import type { QuickEntryKind } from './timelineView';

/** A "happened at" this far ahead of the clock is refused: entries record what has happened. */
const futureToleranceMs = 60_000;

/** The draft key of an incident's unsent quick entry. */
function draftKey(incidentId: string): string {
  return `incident-timeline-entry:${incidentId}`;
}

/** Whether this device is a Mac, where the shortcut is ⌘ rather than Ctrl. */
function isMac(): boolean {
  return /Mac|iPhone|iPad/u.test(navigator.userAgent);
}

/** Props of {@link QuickEntryForm}. */
export type QuickEntryFormProps = {
  incidentId: string;
  /** The current time (epoch ms); injected so tests are deterministic. */
  clock: () => number;
};

/**
 * The scribe's quick entry: type, press Enter, type the next. Enter adds the entry (source
 * "keyboard"; the button adds it as "manual"), Shift+Enter starts a new line, and Enter while an
 * input method is composing (Chinese, Japanese) only confirms the composition. Ctrl/⌘+1 … 7
 * chooses the kind from anywhere in the form. After an entry is added the form starts afresh
 * (kind note, internal, now) with focus still in the text; when it is refused the text stays as
 * typed with the reason beside it. The text is kept as a draft on this device until it is added,
 * so a reload or crash loses nothing. The author is the operator's name, remembered here.
 */
export function QuickEntryForm({ incidentId, clock }: QuickEntryFormProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [operatorName, setOperatorName] = useOperatorName();
  const [text, setText] = useState(() => readDraft(draftKey(incidentId), z.string()) ?? '');
  const [kind, setKind] = useState<QuickEntryKind>(defaultQuickEntryKind);
  const [isExternal, setIsExternal] = useState(false);
  const [happenedAt, setHappenedAt] = useState('');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [isSaving, setIsSaving] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const modifier = isMac() ? '⌘' : 'Ctrl';

  const ids = {
    text: `${baseId}-text`,
    hint: `${baseId}-hint`,
    textError: `${baseId}-text-error`,
    kind: `${baseId}-kind`,
    external: `${baseId}-external`,
    externalHint: `${baseId}-external-hint`,
    happenedAt: `${baseId}-at`,
    happenedAtHint: `${baseId}-at-hint`,
    happenedAtError: `${baseId}-at-error`,
    author: `${baseId}-author`,
    authorHint: `${baseId}-author-hint`,
    authorError: `${baseId}-author-error`,
  };

  /** The message of the first issue on `path`, or undefined. */
  function issueOn(path: string): string | undefined {
    const issue = issues.find((candidate) => candidate.path === path);
    return issue === undefined ? undefined : t(incidentIssueMessageKey(issue.code));
  }
  const textError = issueOn('text');
  const atError = issueOn('at');
  const authorError = issueOn('author');
  const otherErrors = issues
    .filter((issue) => !['text', 'at', 'author'].includes(issue.path))
    .map((issue) => t(incidentIssueMessageKey(issue.code)));

  function changeText(value: string) {
    setText(value);
    if (value.trim() === '') {
      clearDraft(draftKey(incidentId));
    } else {
      writeDraft(draftKey(incidentId), value);
    }
  }

  async function submit(source: TimelineEntrySource) {
    if (isSaving) return;
    const now = clock();
    const at = parseHappenedAt(happenedAt);
    if (at === 'invalid' || (at !== null && at > now + futureToleranceMs)) {
      setIssues([{ path: 'at', code: at === 'invalid' ? 'invalid-date' : 'in-future' }]);
      return;
    }
    const submitted = text;
    setIsSaving(true);
    const result = await addTimelineEntry(incidentId, {
      kind,
      at: at ?? now,
      author: operatorName.trim(),
      source,
      isExternal,
      text: submitted,
      supersedesId: null,
    });
    setIsSaving(false);
    if (!result.ok) {
      setIssues(result.issues);
      textRef.current?.focus();
      return;
    }
    // What was typed while the entry was being saved belongs to the next entry.
    const rest = textRef.current?.value.startsWith(submitted)
      ? textRef.current.value.slice(submitted.length).trimStart()
      : '';
    changeText(rest);
    setKind(defaultQuickEntryKind);
    setIsExternal(false);
    setHappenedAt('');
    setIssues([]);
    setAnnouncement(
      t('incidents.timeline.quickEntry.added', { number: result.value.sequence + 1 }),
    );
    textRef.current?.focus();
  }

  /** Ctrl/⌘+1 … 7 on any control of the form chooses the kind. */
  function handleShortcut(event: KeyboardEvent<HTMLElement>) {
    const chosen = kindForShortcut(event);
    if (chosen === null) return;
    event.preventDefault();
    setKind(chosen);
    setAnnouncement(
      t('incidents.timeline.quickEntry.kindChosen', { kind: t(`incidents.entryKinds.${chosen}`) }),
    );
  }

  function handleTextKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    handleShortcut(event);
    if (event.defaultPrevented) return;
    // keyCode 229 is Enter confirming an input method's composition in some browsers.
    const isComposing = event.nativeEvent.isComposing || event.keyCode === 229;
    if (event.key !== 'Enter' || event.shiftKey || isComposing) return;
    event.preventDefault();
    void submit('keyboard');
  }

  return (
    <form
      className="timeline-quick-entry"
      aria-labelledby={`${baseId}-heading`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit('manual');
      }}
    >
      <h3 id={`${baseId}-heading`} className="timeline-quick-entry__heading">
        {t('incidents.timeline.quickEntry.heading')}
      </h3>
      <div role="alert" className="timeline-quick-entry__errors">
        {otherErrors.map((message) => (
          <p key={message} className="field__error">
            {message}
          </p>
        ))}
      </div>
      <div className="field timeline-quick-entry__text">
        <label htmlFor={ids.text}>{t('incidents.timeline.quickEntry.text')}</label>
        <p id={ids.hint} className="field__description">
          {t('incidents.timeline.quickEntry.hint', { modifier })}
        </p>
        <textarea
          ref={textRef}
          id={ids.text}
          rows={3}
          value={text}
          aria-describedby={textError === undefined ? ids.hint : `${ids.hint} ${ids.textError}`}
          aria-invalid={textError === undefined ? undefined : true}
          aria-keyshortcuts="Enter"
          onChange={(event) => changeText(event.currentTarget.value)}
          onKeyDown={handleTextKeyDown}
        />
        {textError !== undefined && (
          <p id={ids.textError} className="field__error">
            {textError}
          </p>
        )}
      </div>
      <div className="timeline-quick-entry__options">
        <div className="field">
          <label htmlFor={ids.kind}>{t('incidents.timeline.quickEntry.kind')}</label>
          <select
            id={ids.kind}
            value={kind}
            aria-keyshortcuts={quickEntryKinds
              .map((_, index) => `${isMac() ? 'Meta' : 'Control'}+${index + 1}`)
              .join(' ')}
            onKeyDown={handleShortcut}
            onChange={(event) => {
              const chosen = quickEntryKinds.find((value) => value === event.currentTarget.value);
              if (chosen !== undefined) setKind(chosen);
            }}
          >
            {quickEntryKinds.map((value, index) => (
              <option key={value} value={value}>
                {t('incidents.timeline.quickEntry.kindOption', {
                  kind: t(`incidents.entryKinds.${value}`),
                  modifier,
                  key: index + 1,
                })}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--switch">
          <input
            id={ids.external}
            type="checkbox"
            checked={isExternal}
            aria-describedby={ids.externalHint}
            onChange={(event) => setIsExternal(event.currentTarget.checked)}
            onKeyDown={handleShortcut}
          />
          <label htmlFor={ids.external}>{t('incidents.timeline.quickEntry.isExternal')}</label>
          <p id={ids.externalHint} className="field__description">
            {t('incidents.timeline.quickEntry.isExternalHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor={ids.happenedAt}>{t('incidents.timeline.quickEntry.happenedAt')}</label>
          <p id={ids.happenedAtHint} className="field__description">
            {t('incidents.timeline.quickEntry.happenedAtHint')}
          </p>
          <input
            id={ids.happenedAt}
            type="datetime-local"
            value={happenedAt}
            aria-describedby={
              atError === undefined
                ? ids.happenedAtHint
                : `${ids.happenedAtHint} ${ids.happenedAtError}`
            }
            aria-invalid={atError === undefined ? undefined : true}
            onChange={(event) => setHappenedAt(event.currentTarget.value)}
            onKeyDown={handleShortcut}
          />
          {atError !== undefined && (
            <p id={ids.happenedAtError} className="field__error">
              {atError}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={ids.author}>{t('incidents.timeline.quickEntry.author')}</label>
          <p id={ids.authorHint} className="field__description">
            {t('incidents.timeline.quickEntry.authorHint')}
          </p>
          <input
            id={ids.author}
            type="text"
            autoComplete="name"
            value={operatorName}
            aria-describedby={
              authorError === undefined ? ids.authorHint : `${ids.authorHint} ${ids.authorError}`
            }
            aria-invalid={authorError === undefined ? undefined : true}
            onChange={(event) => setOperatorName(event.currentTarget.value)}
            onKeyDown={handleShortcut}
          />
          {authorError !== undefined && (
            <p id={ids.authorError} className="field__error">
              {authorError}
            </p>
          )}
        </div>
      </div>
      <div className="button-row">
        <button type="submit" className="button--primary" disabled={isSaving}>
          {isSaving
            ? t('incidents.timeline.quickEntry.adding')
            : t('incidents.timeline.quickEntry.add')}
        </button>
      </div>
      <p role="status" className="timeline-quick-entry__status">
        {announcement}
      </p>
    </form>
  );
}
