import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/FormField';
import { TextAreaField } from '../../../components/fields/TextAreaField';
import type { PostmortemEditorDraft } from './postmortemEditorDraft';

/** A lesson as the form holds it. */
type LessonDraft = PostmortemEditorDraft['lessons'][number];

/** Props of {@link LessonsEditor}. */
export type LessonsEditorProps = {
  lessons: readonly LessonDraft[];
  onChange: (lessons: LessonDraft[]) => void;
  /** Adds a lesson with this text. */
  onAdd: (text: string) => void;
  /** Removes the lesson at `index` (the editor offers Undo). */
  onRemove: (index: number) => void;
  errorFor: (path: string) => string | undefined;
};

/**
 * The lessons learned: each one editable and removable, and a "New lesson" field with "Add
 * lesson" (Enter adds too). Action items can point at a lesson, so each keeps its id.
 */
export function LessonsEditor({
  lessons,
  onChange,
  onAdd,
  onRemove,
  errorFor,
}: LessonsEditorProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [newText, setNewText] = useState('');

  function add(event?: { preventDefault: () => void }) {
    event?.preventDefault();
    if (newText.trim() === '') {
      return;
    }
    onAdd(newText.trim());
    setNewText('');
  }

  return (
    <fieldset className="postmortem-editor__group" aria-labelledby={headingId}>
      <legend id={headingId}>{t('postmortems.page.lessons')}</legend>
      {lessons.length === 0 ? (
        <p>{t('postmortems.page.noLessons')}</p>
      ) : (
        <ol className="postmortem-list">
          {lessons.map((lesson, index) => {
            const number = index + 1;
            return (
              <li key={lesson.id} className="postmortem-list__item postmortem-lesson">
                <TextAreaField
                  label={t('postmortems.page.lessonLabel', { number })}
                  error={errorFor(`lessons.${index}.text`)}
                  rows={2}
                  value={lesson.text}
                  onChange={(text) =>
                    onChange(lessons.map((item, at) => (at === index ? { ...item, text } : item)))
                  }
                />
                <button type="button" onClick={() => onRemove(index)}>
                  {t('postmortems.page.removeLesson', { number })}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <div className="postmortem-lesson__new">
        <FormField label={t('postmortems.page.newLesson')}>
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              className="input--wide"
              value={newText}
              onChange={(event) => setNewText(event.currentTarget.value)}
              onKeyDown={(event) => {
                // Enter adds the lesson rather than submitting the whole postmortem form.
                if (event.key === 'Enter') {
                  add(event);
                }
              }}
            />
          )}
        </FormField>
        <button type="button" disabled={newText.trim() === ''} onClick={() => add()}>
          {t('postmortems.page.addLesson')}
        </button>
      </div>
    </fieldset>
  );
}
