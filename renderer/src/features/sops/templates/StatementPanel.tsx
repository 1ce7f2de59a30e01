import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Statement } from '../../../../../shared/domain/sops/statements';
import type { StoredStatementTemplate } from '../../../../../shared/domain/sops/statementTemplates';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime } from '../../../lib/dates';
import { unplacedIssueMessages } from '../../../lib/fieldIssueText';
import { sopIssueMessageKey } from '../sopCommands';
import { ApprovalFields } from './ApprovalFields';
import { ClipboardFallback } from './ClipboardFallback';
import { ReleaseActions } from './ReleaseActions';
import { ReleasedStatement } from './ReleasedStatement';
import { StatementList } from './StatementList';
import { StatementPreview } from './StatementPreview';
import { StatementValueFields } from './StatementValueFields';
import { useSampleValues } from './useSampleValues';
import { useStatementPanel } from './useStatementPanel';

/** Props of {@link StatementPanel}. */
export type StatementPanelProps = {
  template: StoredStatementTemplate;
  /** The template's statements, newest first (undefined while loading). */
  statements: readonly Statement[] | undefined;
};

/** A change that would replace what the panel holds, waiting for the user's answer. */
type PendingChange = { kind: 'open'; statement: Statement } | { kind: 'new' } | { kind: 'sample' };

/** Which question a pending change asks: replacing with the sample, or discarding unsaved values. */
function questionOf(change: PendingChange): 'replaceSample' | 'discard' {
  return change.kind === 'sample' ? 'replaceSample' : 'discard';
}

/**
 * "Fill a statement" and the template's saved statements. The panel has a field per placeholder
 * the template needs, "Fill in sample values" (a fictional example in the template's language,
 * labelled as such while any sample value is left), the approvals the template needs, a preview
 * that appears only once nothing is missing, and save, copy and export (see
 * {@link useStatementPanel}). Replacing values that were typed and not saved (opening another
 * statement, starting a new one, filling in the sample) asks first. A released statement opens
 * read-only (see {@link ReleasedStatement}); a new statement can be started from it.
 */
export function StatementPanel({ template, statements }: StatementPanelProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const panel = useStatementPanel(template, statements);
  const sample = useSampleValues(template.language);
  const [pending, setPending] = useState<PendingChange | null>(null);

  function apply(change: PendingChange) {
    switch (change.kind) {
      case 'open':
        panel.open(change.statement);
        break;
      case 'new':
        panel.startNew();
        break;
      case 'sample':
        panel.fillValues(sample);
        break;
    }
  }

  /** Applies a change at once when nothing typed would be lost, else asks first. */
  function request(change: PendingChange) {
    const wouldLoseValues =
      change.kind === 'sample'
        ? panel.names.some((name) => {
            const value = panel.values.context[name].trim();
            return value !== '' && value !== sample[name];
          })
        : panel.isDirty;
    if (wouldLoseValues) {
      setPending(change);
    } else {
      apply(change);
    }
  }

  const hasSampleValues = panel.names.some(
    (name) => panel.values.context[name].trim() === sample[name] && sample[name] !== '',
  );
  const otherErrors = unplacedIssueMessages(
    panel.issues,
    ['context', 'legalApprovedBy', 'spokespersonApprovedBy'],
    t,
    sopIssueMessageKey,
  );
  const stored = panel.stored;
  let status =
    panel.startedFromReleasedAt === null
      ? t('sops.templates.panel.newStatement')
      : t('sops.templates.panel.newFromReleased', {
          released: formatDateTime(panel.startedFromReleasedAt, language),
        });
  if (stored !== null) {
    const time = formatDateTime(stored.createdAt, language);
    status =
      stored.releasedAt === null
        ? t('sops.templates.panel.savedStatement', { time })
        : t('sops.templates.panel.releasedStatement', {
            time,
            released: formatDateTime(stored.releasedAt, language),
          });
  }
  return (
    <>
      <section aria-labelledby={headingId} className="panel statement-panel">
        <h3 id={headingId} ref={headingRef} tabIndex={-1}>
          {t('sops.templates.panel.heading')}
        </h3>
        {!panel.isReleased && <p>{t('sops.templates.panel.intro')}</p>}
        <div className="statement-panel__status">
          <p>{status}</p>
          <div className="button-row button-row--compact">
            {panel.statementId !== null && (
              <button type="button" onClick={() => request({ kind: 'new' })}>
                {t('sops.templates.panel.startNew')}
              </button>
            )}
            {panel.names.length > 0 && !panel.isReleased && (
              <button type="button" onClick={() => request({ kind: 'sample' })}>
                {t('sops.templates.panel.sample')}
              </button>
            )}
          </div>
        </div>
        {stored !== null && stored.releasedAt !== null ? (
          <ReleasedStatement
            statement={stored}
            releasedAt={stored.releasedAt}
            template={template}
            busy={panel.busy}
            onCopy={() => void panel.copy()}
            onExport={() => void panel.exportFile()}
            onStartFrom={() => {
              panel.startFrom(stored);
              // The button goes away with the read-only view: focus stays in the panel.
              headingRef.current?.focus();
            }}
          />
        ) : (
          <>
            {hasSampleValues && (
              <p role="status" className="statement-panel__sample">
                {t('sops.templates.panel.sampleNotice')}
              </p>
            )}
            <div role="alert" className="statement-panel__errors">
              {otherErrors.map((text) => (
                <p key={text} className="field__error">
                  {text}
                </p>
              ))}
            </div>
            <StatementValueFields
              names={panel.names}
              values={panel.values.context}
              onChange={panel.setValue}
              issues={panel.issues}
            />
            <ApprovalFields
              template={template}
              legalApprovedBy={panel.values.legalApprovedBy}
              spokespersonApprovedBy={panel.values.spokespersonApprovedBy}
              onChange={panel.setApprover}
              stored={stored}
              hasChangedSinceApproval={panel.hasChangedSinceApproval}
              issues={panel.issues}
            />
            <StatementPreview template={template} context={panel.input.context} />
            <ReleaseActions
              blockers={panel.blockers}
              busy={panel.busy}
              onSave={() => void panel.save()}
              onCopy={() => void panel.copy()}
              onExport={() => void panel.exportFile()}
            />
          </>
        )}
        {/* Outside both views: copying releases the statement, which switches the view, and
            the box must stay put (and keep its selection) while that happens. */}
        {panel.fallbackText !== null && (
          <ClipboardFallback
            text={panel.fallbackText}
            textLanguage={template.language}
            onDismiss={panel.dismissFallback}
          />
        )}
      </section>
      <StatementList
        statements={statements}
        openId={panel.statementId}
        onOpen={(statement) => request({ kind: 'open', statement })}
      />
      {pending !== null && (
        <ConfirmDialog
          title={t(`sops.templates.panel.${questionOf(pending)}.title`)}
          message={t(`sops.templates.panel.${questionOf(pending)}.message`)}
          confirmLabel={t(`sops.templates.panel.${questionOf(pending)}.confirm`)}
          cancelLabel={t(`sops.templates.panel.${questionOf(pending)}.cancel`)}
          isDestructive
          onConfirm={() => {
            apply(pending);
            setPending(null);
          }}
          onCancel={() => setPending(null)}
        />
      )}
    </>
  );
}
