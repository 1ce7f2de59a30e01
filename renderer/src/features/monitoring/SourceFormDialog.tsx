import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { SourcePreview } from '../../../../shared/monitoring/preview';
import {
  charsetOverrides,
  maxIntervalMinutes,
  minIntervalMinutes,
  sourceKinds,
} from '../../../../shared/monitoring/source';
import type {
  CharsetOverride,
  SourceConfig,
  SourceKind,
} from '../../../../shared/monitoring/source';
import type { IpcErrorCode } from '../../../../shared/ipc/result';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormField } from '../../components/FormField';
import { ModalDialog } from '../../components/ModalDialog';
import { HeadersEditor } from './HeadersEditor';
import type { HeaderDraft } from './HeadersEditor';
import { JsonMappingFields } from './JsonMappingFields';
import type { JsonMappingDraft } from './JsonMappingFields';
import { saveSource, testSource, validateSource } from './monitoringCommands';
import type { SourceIssue } from './monitoringCommands';
import { SourcePreviewPanel } from './SourcePreviewPanel';

/** Interval presets offered in the form, in minutes; anything else in range is "custom". */
const intervalPresets = [5, 15, 30, 60, 120, 360, 1440] as const;

/** Display names of the character sets a user may force (technical names, not translated). */
const charsetNames = {
  'utf-8': 'UTF-8',
  big5: 'Big5',
  gbk: 'GBK',
  gb18030: 'GB18030',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
} as const satisfies Record<CharsetOverride, string>;

/** The form's state: every field as typed, so nothing is lost when a save is refused. */
type SourceDraft = {
  name: string;
  url: string;
  kind: SourceKind;
  /** A preset's minutes as text, or `custom`. */
  intervalChoice: string;
  customMinutes: string;
  isEnabled: boolean;
  tagsText: string;
  charset: CharsetOverride | '';
  headers: HeaderDraft[];
  mapping: JsonMappingDraft;
};

function toDraft(config: SourceConfig): SourceDraft {
  const isPreset = intervalPresets.some((minutes) => minutes === config.intervalMinutes);
  const mapping = config.jsonMapping;
  return {
    name: config.name,
    url: config.url,
    kind: config.kind,
    intervalChoice: isPreset ? String(config.intervalMinutes) : 'custom',
    customMinutes: String(config.intervalMinutes),
    isEnabled: config.enabled,
    tagsText: config.tags.join(', '),
    charset: config.charset ?? '',
    headers: config.headers.map((header, index) => ({ key: index, ...header })),
    mapping: {
      itemsPath: mapping?.itemsPath ?? '',
      title: mapping?.title ?? '',
      link: mapping?.link ?? '',
      text: mapping?.text ?? '',
      date: mapping?.date ?? '',
      id: mapping?.id ?? '',
      author: mapping?.author ?? '',
    },
  };
}

/** Blank optional mapping paths mean "not mapped". */
function optionalPath(text: string): string | null {
  return text.trim() === '' ? null : text;
}

/** The configuration the draft describes, for validation, testing and saving. */
function toConfig(id: string, draft: SourceDraft): SourceConfig {
  const minutes = draft.intervalChoice === 'custom' ? draft.customMinutes : draft.intervalChoice;
  return {
    id,
    name: draft.name,
    url: draft.url,
    kind: draft.kind,
    intervalMinutes: minutes.trim() === '' ? Number.NaN : Number(minutes),
    enabled: draft.isEnabled,
    // Commas in either script, and the Chinese enumeration comma, all separate tags.
    tags: draft.tagsText
      .split(/[,，、]/u)
      .map((tag) => tag.trim())
      .filter((tag) => tag !== ''),
    charset: draft.charset === '' ? null : draft.charset,
    headers: draft.headers.map((header) => ({ name: header.name, value: header.value })),
    jsonMapping:
      draft.kind === 'json-api'
        ? {
            itemsPath: draft.mapping.itemsPath.trim(),
            title: draft.mapping.title,
            link: optionalPath(draft.mapping.link),
            text: optionalPath(draft.mapping.text),
            date: optionalPath(draft.mapping.date),
            id: optionalPath(draft.mapping.id),
            author: optionalPath(draft.mapping.author),
          }
        : null,
  };
}

/** The first issue of each field path, translated. */
function errorsByPath(issues: readonly SourceIssue[], t: TFunction): Map<string, string> {
  const errors = new Map<string, string>();
  for (const issue of issues) {
    if (!errors.has(issue.path)) {
      errors.set(issue.path, t(`monitoring.validation.${issue.code}`));
    }
  }
  return errors;
}

/** Paths the form shows an error beside; an issue elsewhere is listed in the summary. */
function isShownBesideField(path: string): boolean {
  return (
    /^(name|url|kind|intervalMinutes|enabled|tags|charset|headers|jsonMapping)(\.|$)/u.test(path) &&
    path !== ''
  );
}

/** Props of {@link SourceFormDialog}. */
export type SourceFormDialogProps = {
  /** Whether a new source is being added or an existing one edited. */
  mode: 'add' | 'edit';
  /** The source as it is now (a fresh draft when adding). */
  initial: SourceConfig;
  onSaved: (source: SourceConfig) => void;
  onClose: () => void;
};

/**
 * Adds or edits a source in a modal dialog: name, URL, kind, interval (presets or custom within
 * 5–1440 minutes), enabled, tags, character set, request headers and, for a JSON API, the field
 * mapping. "Test" fetches the source as typed and shows a preview without saving anything;
 * "Save" validates and shows each problem beside its field, keeping everything typed. Closing
 * with unsaved changes asks first.
 */
export function SourceFormDialog({ mode, initial, onSaved, onClose }: SourceFormDialogProps) {
  const { t } = useTranslation();
  const [initialDraft] = useState(() => toDraft(initial));
  const [draft, setDraft] = useState(initialDraft);
  const [nextHeaderKey, setNextHeaderKey] = useState(initial.headers.length);
  const [issues, setIssues] = useState<SourceIssue[]>([]);
  const [focusRequest, setFocusRequest] = useState(0);
  const [preview, setPreview] = useState<SourcePreview | null>(null);
  const [testError, setTestError] = useState<IpcErrorCode | null>(null);
  const [isTesting, setIsTesting] = useState(false);
  const [isSaving, setIsSaving] = useState(false);
  const [isConfirmingDiscard, setIsConfirmingDiscard] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryId = useId();

  useEffect(() => {
    if (focusRequest > 0) {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
  }, [focusRequest]);

  const errors = errorsByPath(issues, t);
  const errorFor = (path: string) => errors.get(path);
  const otherErrors = [...errors].filter(([path]) => !isShownBesideField(path));

  function change(update: Partial<SourceDraft>) {
    setDraft((current) => ({ ...current, ...update }));
  }

  function showIssues(found: SourceIssue[]) {
    setIssues(found);
    setFocusRequest((count) => count + 1);
  }

  async function handleTest() {
    const validation = validateSource(toConfig(initial.id, draft));
    if (!validation.ok) {
      showIssues(validation.issues);
      return;
    }
    setIssues([]);
    setIsTesting(true);
    setTestError(null);
    try {
      const result = await testSource(validation.source);
      if (result.ok) {
        setPreview(result.value);
      } else {
        setPreview(null);
        setTestError(result.error.code);
      }
    } finally {
      setIsTesting(false);
    }
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setIsSaving(true);
    try {
      const result = await saveSource(toConfig(initial.id, draft));
      if (result.ok) {
        onSaved(result.source);
        return;
      }
      showIssues(result.issues);
    } finally {
      setIsSaving(false);
    }
  }

  function requestClose() {
    const isDirty =
      JSON.stringify(toConfig(initial.id, draft)) !==
      JSON.stringify(toConfig(initial.id, initialDraft));
    if (isDirty) {
      setIsConfirmingDiscard(true);
    } else {
      onClose();
    }
  }

  const isCustomInterval = draft.intervalChoice === 'custom';
  return (
    <ModalDialog
      title={mode === 'add' ? t('monitoring.form.addTitle') : t('monitoring.form.editTitle')}
      onRequestClose={requestClose}
      className="modal--wide"
    >
      <form
        ref={formRef}
        className="source-form"
        noValidate
        aria-describedby={issues.length > 0 ? summaryId : undefined}
        onSubmit={(event) => void handleSubmit(event)}
      >
        <div id={summaryId} role="alert" className="source-form__summary">
          {issues.length > 0 && (
            <>
              <p className="field__error">
                {t('monitoring.validation.summary', { count: errors.size })}
              </p>
              {otherErrors.length > 0 && (
                <ul className="plain-list">
                  {otherErrors.map(([path, text]) => (
                    <li key={path} className="field__error">
                      {text}
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </div>
        <FormField label={t('monitoring.form.name')} error={errorFor('name')}>
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              value={draft.name}
              onChange={(event) => change({ name: event.currentTarget.value })}
            />
          )}
        </FormField>
        <FormField
          label={t('monitoring.form.url')}
          hint={t('monitoring.form.urlHint')}
          error={errorFor('url')}
        >
          {(control) => (
            <input
              {...control}
              type="url"
              inputMode="url"
              autoComplete="off"
              spellCheck={false}
              className="input--wide"
              value={draft.url}
              onChange={(event) => change({ url: event.currentTarget.value })}
            />
          )}
        </FormField>
        <FormField label={t('monitoring.form.kind')} error={errorFor('kind')}>
          {(control) => (
            <select
              {...control}
              value={draft.kind}
              onChange={(event) => {
                const kind = sourceKinds.find((option) => option === event.currentTarget.value);
                if (kind !== undefined) change({ kind });
              }}
            >
              {sourceKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`monitoring.kinds.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          label={t('monitoring.form.interval')}
          hint={t('monitoring.form.intervalHint')}
          error={isCustomInterval ? undefined : errorFor('intervalMinutes')}
        >
          {(control) => (
            <select
              {...control}
              value={draft.intervalChoice}
              onChange={(event) => change({ intervalChoice: event.currentTarget.value })}
            >
              {intervalPresets.map((minutes) => (
                <option key={minutes} value={String(minutes)}>
                  {minutes % 60 === 0
                    ? t('monitoring.sources.everyHours', { count: minutes / 60 })
                    : t('monitoring.sources.everyMinutes', { count: minutes })}
                </option>
              ))}
              <option value="custom">{t('monitoring.form.intervalCustom')}</option>
            </select>
          )}
        </FormField>
        {isCustomInterval && (
          <FormField
            label={t('monitoring.form.intervalMinutes')}
            hint={t('monitoring.form.intervalMinutesHint', {
              min: minIntervalMinutes,
              max: maxIntervalMinutes,
            })}
            error={errorFor('intervalMinutes')}
          >
            {(control) => (
              <input
                {...control}
                type="number"
                min={minIntervalMinutes}
                max={maxIntervalMinutes}
                step={1}
                value={draft.customMinutes}
                onChange={(event) => change({ customMinutes: event.currentTarget.value })}
              />
            )}
          </FormField>
        )}
        <div className="field field--switch">
          <input
            id={`${summaryId}-enabled`}
            type="checkbox"
            role="switch"
            checked={draft.isEnabled}
            aria-describedby={`${summaryId}-enabled-hint`}
            onChange={(event) => change({ isEnabled: event.currentTarget.checked })}
          />
          <label htmlFor={`${summaryId}-enabled`}>{t('monitoring.form.enabled')}</label>
          <p id={`${summaryId}-enabled-hint`} className="field__description">
            {t('monitoring.form.enabledHint')}
          </p>
        </div>
        <FormField
          label={t('monitoring.form.tags')}
          hint={t('monitoring.form.tagsHint')}
          error={errorFor('tags') ?? [...errors].find(([path]) => path.startsWith('tags.'))?.[1]}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              value={draft.tagsText}
              onChange={(event) => change({ tagsText: event.currentTarget.value })}
            />
          )}
        </FormField>
        <FormField
          label={t('monitoring.form.charset')}
          hint={t('monitoring.form.charsetHint')}
          error={errorFor('charset')}
        >
          {(control) => (
            <select
              {...control}
              value={draft.charset}
              onChange={(event) => {
                const charset = charsetOverrides.find(
                  (option) => option === event.currentTarget.value,
                );
                change({ charset: charset ?? '' });
              }}
            >
              <option value="">{t('monitoring.form.charsetAuto')}</option>
              {charsetOverrides.map((charset) => (
                <option key={charset} value={charset}>
                  {charsetNames[charset]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <HeadersEditor
          headers={draft.headers}
          errorFor={errorFor}
          onChange={(headers) => change({ headers })}
          onAdd={() => {
            change({ headers: [...draft.headers, { key: nextHeaderKey, name: '', value: '' }] });
            setNextHeaderKey((key) => key + 1);
          }}
        />
        {draft.kind === 'json-api' && (
          <JsonMappingFields
            mapping={draft.mapping}
            errorFor={errorFor}
            onChange={(mapping) => change({ mapping })}
          />
        )}
        <div role="status" className="source-form__test-status">
          {isTesting && t('monitoring.form.testing')}
          {testError !== null &&
            t('monitoring.form.testFailed', { reason: t(`errors.${testError}`) })}
        </div>
        {preview !== null && <SourcePreviewPanel preview={preview} />}
        <div className="button-row modal__actions">
          <button type="button" disabled={isTesting} onClick={() => void handleTest()}>
            {isTesting ? t('monitoring.form.testing') : t('monitoring.form.test')}
          </button>
          <button type="button" onClick={requestClose}>
            {t('monitoring.form.cancel')}
          </button>
          <button type="submit" className="button--primary" disabled={isSaving}>
            {isSaving ? t('monitoring.form.saving') : t('monitoring.form.save')}
          </button>
        </div>
      </form>
      {isConfirmingDiscard && (
        <ConfirmDialog
          title={t('monitoring.form.discardTitle')}
          message={t('monitoring.form.discardMessage')}
          confirmLabel={t('monitoring.form.discard')}
          cancelLabel={t('monitoring.form.keepEditing')}
          isDestructive
          onConfirm={onClose}
          onCancel={() => setIsConfirmingDiscard(false)}
        />
      )}
    </ModalDialog>
  );
}
