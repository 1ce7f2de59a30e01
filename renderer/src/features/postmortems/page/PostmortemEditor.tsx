import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { nistQuestions } from '../../../../../shared/domain/postmortems/postmortem';
import type {
  CauseCategory,
  Postmortem,
  PostmortemContent,
} from '../../../../../shared/domain/postmortems/postmortem';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { IssueSummary } from '../../../components/IssueSummary';
import { TextAreaField } from '../../../components/fields/TextAreaField';
import { TextField } from '../../../components/fields/TextField';
import { useLanguage } from '../../../i18n/useLanguage';
import { announce } from '../../../lib/commandResult';
import { formatDateTime } from '../../../lib/dates';
import { issueTextAt, unplacedIssueMessages } from '../../../lib/fieldIssueText';
import { useIssueSubmit } from '../../../lib/useIssueSubmit';
import { postmortemIssueMessageKey, savePostmortemContent } from '../postmortemCommands';
import { CausesEditor } from './CausesEditor';
import { ImpactFields } from './ImpactFields';
import { LessonsEditor } from './LessonsEditor';
import {
  contentFingerprint,
  forgetOutdatedEdit,
  keepEdit,
  postmortemDraftKey,
  readEditOnOpen,
  toContent,
  toEditorDraft,
} from './postmortemEditorDraft';
import type { PostmortemEditorDraft, StoredPostmortemEdit } from './postmortemEditorDraft';
import { WhyChainsEditor } from './WhyChainsEditor';

/** Props of {@link PostmortemEditor}. */
export type PostmortemEditorProps = {
  /** A draft postmortem (only drafts are edited). */
  postmortem: Postmortem;
  /** Told whenever the form starts or stops holding unsaved edits. */
  onDirtyChange: (hasUnsavedEdits: boolean) => void;
  /** Makes ids of new causes, lessons and chains. */
  newId?: () => string;
  /** The clock stamped on unsaved edits kept on this device (ms). */
  now?: () => number;
};

/** The free-text sections, in the order the form asks them. */
const openingSections = ['summary', 'detection', 'trigger'] as const;
const reflectionSections = ['wentWell', 'wentBadly', 'gotLucky'] as const;

/** Something just removed from a list, kept so the removal can be undone. */
type Removed =
  | { list: 'causes'; item: PostmortemEditorDraft['causes'][number]; index: number }
  | { list: 'lessons'; item: PostmortemEditorDraft['lessons'][number]; index: number };

/** The question about unsaved work being asked, if any. */
type Question = 'discardEdits' | 'discardOutdated' | null;

/** A new random id. */
function randomId(): string {
  return crypto.randomUUID();
}

/** The current time in ms. */
function currentTime(): number {
  return Date.now();
}

/** `list` with `item` put back at `index`. */
function withInserted<T>(list: readonly T[], index: number, item: T): T[] {
  return [...list.slice(0, index), item, ...list.slice(index)];
}

/**
 * The postmortem's content editor (drafts only): title, summary, impact, detection, trigger,
 * causes with the 5-whys helper, what went well or badly and where the team got lucky, the NIST
 * questions, result, lessons and tags. "Save draft" saves explicitly; a refused save shows each
 * problem beside its field, sums it up at the top, focuses the first, and writes nothing. Unsaved
 * edits are kept on this device as they are typed, so a reload loses nothing; edits of a version
 * saved over since are offered back ("Restore them / Discard them") instead of applied. Removing a
 * cause or lesson offers Undo.
 */
export function PostmortemEditor({
  postmortem,
  onDirtyChange,
  newId = randomId,
  now = currentTime,
}: PostmortemEditorProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const draftKey = postmortemDraftKey(postmortem.id);
  const [baseline, setBaseline] = useState<PostmortemContent>(postmortem.content);
  const [opened] = useState(() => readEditOnOpen(draftKey, contentFingerprint(postmortem.content)));
  const [restored, setRestored] = useState<StoredPostmortemEdit | null>(opened.restored);
  const [outdated, setOutdated] = useState<StoredPostmortemEdit | null>(opened.outdated);
  const [draft, setDraft] = useState<PostmortemEditorDraft>(
    () => opened.restored?.draft ?? toEditorDraft(postmortem.content),
  );
  const [removed, setRemoved] = useState<Removed | null>(null);
  const [question, setQuestion] = useState<Question>(null);
  const [isSaved, setIsSaved] = useState(false);
  const form = useIssueSubmit();
  const isDirty = JSON.stringify(draft) !== JSON.stringify(toEditorDraft(baseline));
  const basedOn = contentFingerprint(baseline);

  useEffect(() => {
    keepEdit(draftKey, isDirty ? { basedOn, savedAt: now(), draft } : null);
  }, [draft, draftKey, basedOn, isDirty, now]);

  useEffect(() => {
    onDirtyChange(isDirty);
  }, [isDirty, onDirtyChange]);

  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);

  useEffect(() => {
    if (!isDirty) {
      return undefined;
    }
    // Closing the window or reloading keeps the draft anyway; the browser's question is a reminder.
    function warn(event: BeforeUnloadEvent) {
      event.preventDefault();
    }
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty]);

  useEffect(() => {
    // Only once the issues have rendered is there an `aria-invalid` field to focus.
    if (form.focusRequest > 0) {
      const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
      (invalid ?? summaryRef.current)?.focus();
    }
  }, [form.focusRequest]);

  const errorFor = (path: string) => issueTextAt(form.issues, path, t, postmortemIssueMessageKey);
  const placedPaths = [
    'title',
    'summary',
    'impact',
    'detection',
    'trigger',
    'causes',
    'whyChains',
    'wentWell',
    'wentBadly',
    'gotLucky',
    'nist',
    'result',
    'lessons',
    'tags',
  ];
  const otherErrors = unplacedIssueMessages(form.issues, placedPaths, t, postmortemIssueMessageKey);

  function change(update: Partial<PostmortemEditorDraft>) {
    setIsSaved(false);
    setDraft((current) => ({ ...current, ...update }));
  }

  function removeCause(index: number) {
    const item = draft.causes[index];
    if (item !== undefined) {
      setRemoved({ list: 'causes', item, index });
      change({ causes: draft.causes.filter((_, at) => at !== index) });
    }
  }

  function removeLesson(index: number) {
    const item = draft.lessons[index];
    if (item !== undefined) {
      setRemoved({ list: 'lessons', item, index });
      change({ lessons: draft.lessons.filter((_, at) => at !== index) });
    }
  }

  function undoRemoval() {
    if (removed?.list === 'causes') {
      change({ causes: withInserted(draft.causes, removed.index, removed.item) });
    } else if (removed?.list === 'lessons') {
      change({ lessons: withInserted(draft.lessons, removed.index, removed.item) });
    }
    setRemoved(null);
  }

  function addRootCause(text: string, category: CauseCategory) {
    change({ causes: [...draft.causes, { id: newId(), kind: 'root', category, text }] });
    announce('success', 'postmortems.page.addedAsRootCause', {});
  }

  function save(event: FormEvent) {
    event.preventDefault();
    setIsSaved(false);
    void form.submit(
      () => savePostmortemContent(postmortem.id, toContent(draft)),
      (saved) => {
        setBaseline(saved.content);
        setDraft(toEditorDraft(saved.content));
        setRestored(null);
        setRemoved(null);
        form.showIssues([]);
        setIsSaved(true);
      },
    );
  }

  const hasIssues = form.issues.length > 0;
  return (
    <section className="postmortem-editor" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('postmortems.page.content')}</h3>
      {restored !== null && (
        <div className="postmortem-editor__notice" role="status">
          <p>
            {t('postmortems.page.restored', {
              time: formatDateTime(restored.savedAt, language),
            })}
          </p>
          <button type="button" onClick={() => setQuestion('discardEdits')}>
            {t('postmortems.page.discardEdits')}
          </button>
        </div>
      )}
      {outdated !== null && (
        <div className="postmortem-editor__notice" role="status">
          <p>
            {t('postmortems.page.outdated', {
              time: formatDateTime(outdated.savedAt, language),
            })}
          </p>
          <button
            type="button"
            onClick={() => {
              change(outdated.draft);
              forgetOutdatedEdit(draftKey);
              setOutdated(null);
            }}
          >
            {t('postmortems.page.restoreOutdated')}
          </button>
          <button type="button" onClick={() => setQuestion('discardOutdated')}>
            {t('postmortems.page.discardOutdated')}
          </button>
        </div>
      )}
      <form ref={formRef} noValidate onSubmit={save} className="postmortem-editor__form">
        <div ref={summaryRef} tabIndex={-1} className="postmortem-editor__summary">
          <IssueSummary
            heading={hasIssues ? t('postmortems.page.issueSummary') : null}
            otherErrors={otherErrors}
          />
        </div>
        <TextField
          label={t('postmortems.page.title')}
          error={errorFor('title')}
          isWide
          value={draft.title}
          onChange={(title) => change({ title })}
        />
        {openingSections.map((section) => (
          <TextAreaField
            key={section}
            label={t(`postmortems.page.${section}`)}
            hint={t('postmortems.page.markdownHint')}
            error={errorFor(section)}
            rows={section === 'summary' ? 5 : 3}
            value={draft[section]}
            onChange={(text) => change({ [section]: text })}
          />
        ))}
        <ImpactFields
          impact={draft.impact}
          onChange={(impact) => change({ impact })}
          errorFor={errorFor}
        />
        <CausesEditor
          causes={draft.causes}
          onChange={(causes) => change({ causes })}
          onAdd={() =>
            change({
              causes: [
                ...draft.causes,
                { id: newId(), kind: 'contributing', category: 'process', text: '' },
              ],
            })
          }
          onRemove={removeCause}
          errorFor={errorFor}
        />
        <WhyChainsEditor
          chains={draft.whyChains}
          onChange={(whyChains) => change({ whyChains })}
          onStart={() =>
            change({ whyChains: [...draft.whyChains, { id: newId(), problem: '', whys: [] }] })
          }
          onAddRootCause={addRootCause}
          errorFor={errorFor}
        />
        {reflectionSections.map((section) => (
          <TextAreaField
            key={section}
            label={t(`postmortems.page.${section}`)}
            hint={t('postmortems.page.markdownHint')}
            error={errorFor(section)}
            rows={3}
            value={draft[section]}
            onChange={(text) => change({ [section]: text })}
          />
        ))}
        <fieldset className="postmortem-editor__group">
          <legend>{t('postmortems.page.nist')}</legend>
          {nistQuestions.map((question) => (
            <TextAreaField
              key={question}
              label={t(`postmortems.nistQuestions.${question}`)}
              error={errorFor(`nist.${question}`)}
              rows={3}
              value={draft.nist[question]}
              onChange={(text) => change({ nist: { ...draft.nist, [question]: text } })}
            />
          ))}
        </fieldset>
        <TextAreaField
          label={t('postmortems.page.result')}
          hint={t('postmortems.page.markdownHint')}
          error={errorFor('result')}
          rows={3}
          value={draft.result}
          onChange={(result) => change({ result })}
        />
        <LessonsEditor
          lessons={draft.lessons}
          onChange={(lessons) => change({ lessons })}
          onAdd={(text) => change({ lessons: [...draft.lessons, { id: newId(), text }] })}
          onRemove={removeLesson}
          errorFor={errorFor}
        />
        <TextField
          label={t('postmortems.page.tags')}
          hint={t('postmortems.page.tagsHint')}
          error={errorFor('tags')}
          isWide
          value={draft.tags}
          onChange={(tags) => change({ tags })}
        />
        {removed !== null && (
          <div className="postmortem-editor__notice" role="status">
            <p>
              {removed.list === 'causes'
                ? t('postmortems.page.causeRemoved')
                : t('postmortems.page.lessonRemoved')}
            </p>
            <button type="button" onClick={undoRemoval}>
              {t('postmortems.page.undo')}
            </button>
          </div>
        )}
        <div className="button-row postmortem-editor__actions">
          <button type="submit" className="button--primary" disabled={form.isSaving}>
            {form.isSaving ? t('postmortems.page.saving') : t('postmortems.page.saveDraft')}
          </button>
          <p role="status" className="postmortem-editor__state">
            {isSaved && !isDirty ? t('postmortems.page.saved') : ''}
            {isDirty ? t('postmortems.page.unsaved') : ''}
          </p>
        </div>
      </form>
      {question === 'discardEdits' && (
        <ConfirmDialog
          title={t('postmortems.page.discardEditsTitle')}
          message={t('postmortems.page.discardEditsMessage')}
          confirmLabel={t('postmortems.page.discardEdits')}
          cancelLabel={t('postmortems.page.keepEditing')}
          isDestructive
          onConfirm={() => {
            setDraft(toEditorDraft(baseline));
            setRestored(null);
            setRemoved(null);
            setQuestion(null);
          }}
          onCancel={() => setQuestion(null)}
        />
      )}
      {question === 'discardOutdated' && outdated !== null && (
        <ConfirmDialog
          title={t('postmortems.page.discardOutdatedTitle')}
          message={t('postmortems.page.discardOutdatedMessage', {
            time: formatDateTime(outdated.savedAt, language),
          })}
          confirmLabel={t('postmortems.page.discardOutdated')}
          cancelLabel={t('postmortems.page.keepThem')}
          isDestructive
          onConfirm={() => {
            forgetOutdatedEdit(draftKey);
            setOutdated(null);
            setQuestion(null);
          }}
          onCancel={() => setQuestion(null)}
        />
      )}
    </section>
  );
}
