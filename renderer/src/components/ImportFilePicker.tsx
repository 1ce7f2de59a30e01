import { useState } from 'react';
import type { ChangeEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/useLanguage';
import { formatBytes } from '../lib/numbers';
import { textCharsets } from '../lib/textDecoding';
import type { DecodedText, TextCharset } from '../lib/textDecoding';
import { FormField } from './FormField';

/** Props of {@link ImportFilePicker}: already-translated text, except the shared file messages. */
export type ImportFilePickerProps = {
  label: string;
  hint: string;
  /** The `accept` list of the file input (extensions and media types). */
  accept: string;
  /** Largest file read, in bytes; a larger one is refused unread. */
  maxBytes: number;
  /** How the picked file's bytes were decoded, or null while nothing is picked. */
  decoded: DecodedText | null;
  onPick: (name: string, bytes: Uint8Array) => void;
  onChooseCharset: (charset: TextCharset) => void;
  /** Shown under the character set once a file is picked (what was read, what is wrong). */
  children?: ReactNode;
};

/** Why the last pick was not taken. */
type PickError = { kind: 'too-large'; size: number } | { kind: 'read-failed' };

/** True when `value` is one of the offered charsets. */
function isTextCharset(value: string): value is TextCharset {
  return (textCharsets as readonly string[]).includes(value);
}

/**
 * The file part of an import's first step, the same for every import: a size-limited file input
 * (a refused or unreadable pick says why and keeps the previous pick), then, once a file is read,
 * the character set it was read in (from its byte order mark, detected, or chosen) and a choice
 * of another for when Chinese looks garbled.
 */
export function ImportFilePicker({
  label,
  hint,
  accept,
  maxBytes,
  decoded,
  onPick,
  onChooseCharset,
  children,
}: ImportFilePickerProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [pickError, setPickError] = useState<PickError | null>(null);

  async function pick(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (file === undefined) return;
    if (file.size > maxBytes) {
      setPickError({ kind: 'too-large', size: file.size });
      return;
    }
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      setPickError(null);
      onPick(file.name, bytes);
    } catch {
      setPickError({ kind: 'read-failed' });
    }
  }

  const pickErrorText =
    pickError === null
      ? undefined
      : pickError.kind === 'too-large'
        ? t('fileImport.tooLarge', {
            size: formatBytes(pickError.size, language),
            limit: formatBytes(maxBytes, language),
          })
        : t('fileImport.readFailed');

  const charsetName = decoded === null ? '' : t(`fileImport.charsets.${decoded.charset}`);
  const charsetSource =
    decoded === null
      ? ''
      : decoded.source === 'bom'
        ? t('fileImport.charsetBom', { charset: charsetName })
        : decoded.source === 'chosen'
          ? t('fileImport.charsetChosen', { charset: charsetName })
          : t('fileImport.charsetDetected', { charset: charsetName });

  return (
    <>
      <FormField label={label} hint={hint} error={pickErrorText}>
        {(control) => (
          <input {...control} type="file" accept={accept} onChange={(event) => void pick(event)} />
        )}
      </FormField>
      {decoded !== null && (
        <>
          <FormField
            label={t('fileImport.charsetLabel')}
            hint={`${charsetSource} ${t('fileImport.charsetHint')}`}
          >
            {(control) => (
              <select
                {...control}
                value={decoded.charset}
                onChange={(event) => {
                  if (isTextCharset(event.target.value)) onChooseCharset(event.target.value);
                }}
              >
                {textCharsets.map((charset) => (
                  <option key={charset} value={charset}>
                    {t(`fileImport.charsets.${charset}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          {children}
        </>
      )}
    </>
  );
}
