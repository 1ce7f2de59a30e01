import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { causeCategories, maxWhys } from '../../../../../shared/domain/postmortems/postmortem';
import type { CauseCategory } from '../../../../../shared/domain/postmortems/postmortem';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { SelectField } from '../../../components/fields/SelectField';
import { TextAreaField } from '../../../components/fields/TextAreaField';
import { TextField } from '../../../components/fields/TextField';
import type { PostmortemEditorDraft } from './postmortemEditorDraft';

/** A 5-whys chain as the form holds it. */
type WhyChainDraft = PostmortemEditorDraft['whyChains'][number];

/** Props of {@link WhyChainsEditor}. */
export type WhyChainsEditorProps = {
  chains: readonly WhyChainDraft[];
  onChange: (chains: WhyChainDraft[]) => void;
  /** Starts an empty chain. */
  onStart: () => void;
  /** Turns an answer into a root cause of `category`. */
  onAddRootCause: (text: string, category: CauseCategory) => void;
  errorFor: (path: string) => string | undefined;
};

/**
 * The 5-whys helper: a chain starts from the problem, then each "Ask why" adds the next answer
 * (up to five); "Add as root cause" files the last answer as a root cause under the chosen
 * category. Removing a chain asks first.
 */
export function WhyChainsEditor({
  chains,
  onChange,
  onStart,
  onAddRootCause,
  errorFor,
}: WhyChainsEditorProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [categories, setCategories] = useState<Readonly<Record<string, CauseCategory>>>({});
  const [removing, setRemoving] = useState<string | null>(null);

  function change(id: string, update: Partial<WhyChainDraft>) {
    onChange(chains.map((chain) => (chain.id === id ? { ...chain, ...update } : chain)));
  }

  return (
    <fieldset className="postmortem-editor__group" aria-labelledby={headingId}>
      <legend id={headingId}>{t('postmortems.page.whys')}</legend>
      <p className="field__description">{t('postmortems.page.whysHint')}</p>
      {chains.length === 0 && <p>{t('postmortems.page.noWhyChains')}</p>}
      {chains.map((chain, index) => {
        const number = index + 1;
        const lastAnswer = chain.whys.at(-1)?.trim() ?? '';
        const category = categories[chain.id] ?? 'process';
        return (
          <fieldset key={chain.id} className="postmortem-why-chain">
            <legend>{t('postmortems.page.whyChainHeading', { number })}</legend>
            <TextField
              label={t('postmortems.page.problem')}
              error={errorFor(`whyChains.${index}.problem`)}
              isWide
              value={chain.problem}
              onChange={(problem) => change(chain.id, { problem })}
            />
            <ol className="postmortem-why-chain__whys">
              {chain.whys.map((answer, whyIndex) => (
                // Answers are only appended, so their position is their identity.
                <li key={whyIndex}>
                  <TextAreaField
                    label={t('postmortems.page.why', { number: whyIndex + 1 })}
                    error={errorFor(`whyChains.${index}.whys.${whyIndex}`)}
                    rows={2}
                    value={answer}
                    onChange={(text) =>
                      change(chain.id, {
                        whys: chain.whys.map((item, at) => (at === whyIndex ? text : item)),
                      })
                    }
                  />
                </li>
              ))}
            </ol>
            {chain.whys.length < maxWhys ? (
              <button
                type="button"
                disabled={
                  chain.problem.trim() === '' || (chain.whys.length > 0 && lastAnswer === '')
                }
                onClick={() => change(chain.id, { whys: [...chain.whys, ''] })}
              >
                {t('postmortems.page.addWhy')}
              </button>
            ) : (
              <p>{t('postmortems.page.whysFull')}</p>
            )}
            <div className="postmortem-why-chain__cause">
              <SelectField
                label={t('postmortems.page.rootCauseCategory')}
                error={undefined}
                value={category}
                options={causeCategories}
                optionLabel={(option) => t(`postmortems.causeCategories.${option}`)}
                onChange={(chosen) => setCategories({ ...categories, [chain.id]: chosen })}
              />
              <button
                type="button"
                disabled={lastAnswer === ''}
                onClick={() => onAddRootCause(lastAnswer, category)}
              >
                {t('postmortems.page.addAsRootCause')}
              </button>
            </div>
            <button type="button" onClick={() => setRemoving(chain.id)}>
              {t('postmortems.page.removeChain', { number })}
            </button>
          </fieldset>
        );
      })}
      <button type="button" onClick={onStart}>
        {t('postmortems.page.startChain')}
      </button>
      {removing !== null && (
        <ConfirmDialog
          title={t('postmortems.page.removeChainTitle')}
          message={t('postmortems.page.removeChainMessage')}
          confirmLabel={t('postmortems.page.remove')}
          cancelLabel={t('postmortems.page.cancel')}
          isDestructive
          onConfirm={() => {
            onChange(chains.filter((chain) => chain.id !== removing));
            setRemoving(null);
          }}
          onCancel={() => setRemoving(null)}
        />
      )}
    </fieldset>
  );
}
