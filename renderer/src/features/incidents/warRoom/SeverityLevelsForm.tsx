import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../../../../shared/domain/localizedText';
import { languages } from '../../../../../shared/domain/settings';
import type { Language } from '../../../../../shared/domain/settings';
import { defaultSeverityLevels } from '../../../../../shared/domain/severity';
import type { SeverityLevel } from '../../../../../shared/domain/severity';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { FormField } from '../../../components/FormField';
import { useLanguage } from '../../../i18n/useLanguage';
import { storageCodes } from '../../../lib/commandResult';
import type { FieldIssue } from '../../../lib/commandResult';
import { useAppStore } from '../../../stores/appStore';
import { incidentIssueMessageKey } from '../incidentCommands';
import { checkSeverityLevels, saveSeverityLevels } from './incidentSettingsCommands';

/** The fewest and most levels the `severityLevels` setting allows (severityLevelsSchema). */
const minLevels = 2;
const maxLevels = 6;

/** Longest name and definition (localizedTextSchema, localizedDefinitionSchema). */
const maxNameLength = 80;
const maxDefinitionLength = 500;

/** Codes with a message under `incidents.settings.errors`. */
const severityErrorCodes = [
  'required',
  'too-long',
  'too-few',
  'too-many',
  'severity-in-use',
  'invalid',
] as const;

/** One of {@link severityErrorCodes}. */
type SeverityErrorCode = (typeof severityErrorCodes)[number];

/** The known code of an issue, `invalid` for anything else. */
function errorCodeOf(code: string): SeverityErrorCode {
  return severityErrorCodes.find((known) => known === code) ?? 'invalid';
}

/** Props of {@link SeverityLevelsForm}. */
export type SeverityLevelsFormProps = {
  /** The saved levels, worst first. */
  saved: readonly SeverityLevel[];
  /** How many incidents (open or closed) use each level id. */
  incidentCounts: ReadonlyMap<string, number>;
};

/** A focus request after a move: the level and which of its move buttons. */
type FocusRequest = { id: string; direction: 'up' | 'down' };

/** The first `sev-<n>` id not taken by `taken`, and its number. */
function nextLevelId(taken: ReadonlySet<string>): { id: string; number: number } {
  let number = 1;
  while (taken.has(`sev-${String(number)}`)) {
    number += 1;
  }
  return { id: `sev-${String(number)}`, number };
}

/**
 * The severity levels editor: each level's name and written definition in every app language,
 * add a level (up to six), remove one that no incident uses (after a confirmation; one in use is
 * refused with the count), reorder with "Move up" / "Move down" (focus stays on the moved level's
 * button), reset to the defaults. Edits stay a draft until "Save severity levels"; refusals show
 * at the field they concern and the draft is kept.
 */
export function SeverityLevelsForm({ saved, incidentCounts }: SeverityLevelsFormProps) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const pushNotice = useAppStore((state) => state.pushNotice);
  const headingId = useId();
  const [draft, setDraft] = useState<SeverityLevel[]>(() => [...saved]);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [isSaving, setIsSaving] = useState(false);
  const [statusMessage, setStatusMessage] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<{ id: string; message: string } | null>(null);
  const [pendingRemoval, setPendingRemoval] = useState<SeverityLevel | null>(null);
  const moveButtons = useRef(new Map<string, HTMLButtonElement>());
  // A ref, not state: the request is carried out by the next commit and must not render again.
  const focusRequest = useRef<FocusRequest | null>(null);

  useEffect(() => {
    const request = focusRequest.current;
    if (request === null) return;
    focusRequest.current = null;
    const index = draft.findIndex((level) => level.id === request.id);
    // At the top or bottom the pressed button is disabled: its sibling takes focus instead.
    const isAtEnd = request.direction === 'up' ? index === 0 : index === draft.length - 1;
    const direction = isAtEnd ? (request.direction === 'up' ? 'down' : 'up') : request.direction;
    moveButtons.current.get(`${request.id}:${direction}`)?.focus();
  }, [draft]);

  function change(next: SeverityLevel[]) {
    setDraft(next);
    setStatusMessage(null);
    setRefusal(null);
    // Errors shown after a save attempt follow the draft, so a fix clears its message at once.
    if (issues.length > 0) {
      setIssues(checkSeverityLevels(next));
    }
  }

  function nameOf(level: SeverityLevel): string {
    return localize(level.name, language).trim() || level.id;
  }

  function errorAt(path: string): string | undefined {
    const issue = issues.find((candidate) => candidate.path === path);
    return issue === undefined
      ? undefined
      : t(`incidents.settings.errors.${errorCodeOf(issue.code)}`);
  }

  function editText(
    index: number,
    field: 'name' | 'definition',
    fieldLanguage: Language,
    value: string,
  ) {
    change(
      draft.map((level, at) =>
        at === index ? { ...level, [field]: { ...level[field], [fieldLanguage]: value } } : level,
      ),
    );
  }

  function move(index: number, direction: 'up' | 'down') {
    const target = direction === 'up' ? index - 1 : index + 1;
    const moving = draft[index];
    const other = draft[target];
    if (moving === undefined || other === undefined) return;
    const next = [...draft];
    next[target] = moving;
    next[index] = other;
    change(next);
    focusRequest.current = { id: moving.id, direction };
  }

  function add() {
    const taken = new Set([...draft, ...saved].map((level) => level.id));
    const { id, number } = nextLevelId(taken);
    const name = (nameLanguage: Language) =>
      i18n.getFixedT(nameLanguage)('incidents.settings.newLevelName', { number });
    change([
      ...draft,
      {
        id,
        name: { en: name('en'), 'zh-TW': name('zh-TW'), 'zh-CN': name('zh-CN') },
        definition: { en: '', 'zh-TW': '', 'zh-CN': '' },
      },
    ]);
  }

  function requestRemoval(level: SeverityLevel) {
    const count = incidentCounts.get(level.id) ?? 0;
    if (count > 0) {
      setRefusal({
        id: level.id,
        message: t('incidents.settings.removeInUse', { name: nameOf(level), count }),
      });
      return;
    }
    if (draft.length <= minLevels) {
      setRefusal({
        id: level.id,
        message: t('incidents.settings.removeTooFew', { min: minLevels }),
      });
      return;
    }
    setRefusal(null);
    setPendingRemoval(level);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatusMessage(null);
    const checked = checkSeverityLevels(draft);
    setIssues(checked);
    if (checked.length > 0) return;
    setIsSaving(true);
    const result = await saveSeverityLevels(draft);
    setIsSaving(false);
    if (result.ok) {
      setDraft(result.value);
      setStatusMessage(t('incidents.settings.saved'));
      return;
    }
    const storage = result.issues.find((issue) => storageCodes.has(issue.code));
    if (storage !== undefined) {
      pushNotice({ kind: 'error', messageKey: incidentIssueMessageKey(storage.code) });
      return;
    }
    setIssues(result.issues);
  }

  const formError = errorAt('');

  return (
    <section className="settings-section incident-settings" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('incidents.settings.heading')}</h2>
      <p>{t('incidents.settings.intro')}</p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <ol className="incident-settings__levels">
          {draft.map((level, index) => {
            const count = incidentCounts.get(level.id) ?? 0;
            const name = nameOf(level);
            return (
              <li key={level.id} className="incident-settings__level">
                <fieldset>
                  <legend>{t('incidents.settings.levelLegend', { level: index + 1, name })}</legend>
                  <p className="field__description">
                    {t('incidents.settings.levelId', { id: level.id })}
                    {count > 0 && <> {t('incidents.settings.inUse', { count })}</>}
                  </p>
                  <div className="incident-settings__texts">
                    {languages.map((fieldLanguage) => (
                      <div key={fieldLanguage} className="incident-settings__language">
                        <FormField
                          label={t(`incidents.settings.nameLabels.${fieldLanguage}`)}
                          error={errorAt(`${String(index)}.name.${fieldLanguage}`)}
                        >
                          {(control) => (
                            <input
                              {...control}
                              lang={fieldLanguage}
                              value={level.name[fieldLanguage]}
                              maxLength={maxNameLength}
                              onChange={(event) =>
                                editText(index, 'name', fieldLanguage, event.target.value)
                              }
                            />
                          )}
                        </FormField>
                        <FormField
                          label={t(`incidents.settings.definitionLabels.${fieldLanguage}`)}
                          error={errorAt(`${String(index)}.definition.${fieldLanguage}`)}
                        >
                          {(control) => (
                            <textarea
                              {...control}
                              lang={fieldLanguage}
                              rows={3}
                              value={level.definition[fieldLanguage]}
                              maxLength={maxDefinitionLength}
                              onChange={(event) =>
                                editText(index, 'definition', fieldLanguage, event.target.value)
                              }
                            />
                          )}
                        </FormField>
                      </div>
                    ))}
                  </div>
                  <div className="button-row">
                    <button
                      type="button"
                      ref={(element) => {
                        if (element === null) moveButtons.current.delete(`${level.id}:up`);
                        else moveButtons.current.set(`${level.id}:up`, element);
                      }}
                      disabled={index === 0 || isSaving}
                      onClick={() => move(index, 'up')}
                    >
                      {t('incidents.settings.moveUp', { name })}
                    </button>
                    <button
                      type="button"
                      ref={(element) => {
                        if (element === null) moveButtons.current.delete(`${level.id}:down`);
                        else moveButtons.current.set(`${level.id}:down`, element);
                      }}
                      disabled={index === draft.length - 1 || isSaving}
                      onClick={() => move(index, 'down')}
                    >
                      {t('incidents.settings.moveDown', { name })}
                    </button>
                    <button
                      type="button"
                      className="button--danger"
                      disabled={isSaving}
                      onClick={() => requestRemoval(level)}
                    >
                      {t('incidents.settings.remove', { name })}
                    </button>
                  </div>
                  {refusal?.id === level.id && (
                    <p className="field__error" role="alert">
                      {refusal.message}
                    </p>
                  )}
                </fieldset>
              </li>
            );
          })}
        </ol>
        <div className="button-row">
          <button type="button" disabled={draft.length >= maxLevels || isSaving} onClick={add}>
            {t('incidents.settings.add')}
          </button>
          {draft.length >= maxLevels && (
            <p className="field__description">
              {t('incidents.settings.maxReached', { max: maxLevels })}
            </p>
          )}
        </div>
        {issues.length > 0 && (
          <p className="field__error" role="alert">
            {formError ?? t('incidents.settings.hasErrors')}
          </p>
        )}
        {statusMessage !== null && <p role="status">{statusMessage}</p>}
        <div className="button-row">
          <button type="submit" className="button--primary" disabled={isSaving}>
            {t('incidents.settings.save')}
          </button>
          <button
            type="button"
            disabled={isSaving}
            onClick={() => {
              change(defaultSeverityLevels.map((level) => ({ ...level })));
              setStatusMessage(t('incidents.settings.resetDone'));
            }}
          >
            {t('incidents.settings.reset')}
          </button>
        </div>
      </form>
      {pendingRemoval !== null && (
        <ConfirmDialog
          title={t('incidents.settings.confirmRemoveTitle', { name: nameOf(pendingRemoval) })}
          message={t('incidents.settings.confirmRemoveMessage')}
          confirmLabel={t('incidents.settings.confirmRemove')}
          cancelLabel={t('incidents.settings.cancel')}
          isDestructive
          onConfirm={() => {
            change(draft.filter((level) => level.id !== pendingRemoval.id));
            setPendingRemoval(null);
          }}
          onCancel={() => setPendingRemoval(null)}
        />
      )}
    </section>
  );
}
