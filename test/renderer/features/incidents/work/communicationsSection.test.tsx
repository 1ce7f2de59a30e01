import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  readIncident,
  readIncidentCommunications,
  readTimeline,
} from '../../../../../renderer/src/db/repositories/incidentRepository';
import { CommunicationsSection } from '../../../../../renderer/src/features/incidents/work/CommunicationsSection';
import { firstExternalStatementAt } from '../../../../../shared/domain/incidents/communications';
import { incidentMetrics } from '../../../../../shared/domain/incidents/metrics';
import { useAppTestEnvironment } from '../../../support/renderApp';
import { createValidTemplate } from '../../sops/templates/templatesTestSupport';
import {
  declareTestIncident,
  enabledButton,
  minute,
  renderSection,
  slowUiTimeout,
} from './workTestSupport';

useAppTestEnvironment();

/** A holding statement for customers of a data breach that needs legal approval only. */
function holdingTemplate() {
  return createValidTemplate({
    title: 'Holding statement',
    audience: 'customers',
    crisisTypeId: 'data-breach',
    body: '{{company}} is looking into {{incidentTitle}}, found on {{detectedAt}}.',
    needsLegalApproval: true,
    needsSpokespersonApproval: false,
  });
}

/** Opens "Record a communication…" and returns its dialog. */
async function openRecordDialog(user: ReturnType<typeof userEvent.setup>): Promise<HTMLElement> {
  await user.click(await enabledButton('Record a communication…'));
  const dialog = await screen.findByRole('dialog', { name: 'Record a communication' });
  await within(dialog).findByLabelText('Audience');
  return dialog;
}

/** Escape on a modal dialog: jsdom does not turn the key into the cancel event, so send it. */
function pressEscape(dialog: HTMLElement): void {
  fireEvent(dialog, new Event('cancel', { bubbles: false, cancelable: true }));
}

/** Sets a field's whole value at once (user-event reads braces as key names). */
function setValue(field: HTMLElement, value: string) {
  fireEvent.change(field, { target: { value } });
}

describe('Incident → communications log', { timeout: slowUiTimeout }, () => {
  it('records the first external statement from a template, marks it and sets the time to first statement', async () => {
    const template = await holdingTemplate();
    const incident = await declareTestIncident(Date.now() - 20 * minute);
    await renderSection(CommunicationsSection, incident.id);
    const user = userEvent.setup();
    expect(
      await screen.findByText(
        'No external statement yet: the first-statement clock is still running.',
      ),
    ).toBeTruthy();

    const dialog = await openRecordDialog(user);
    expect(within(dialog).getByLabelText<HTMLSelectElement>('Audience').value).toBe('customers');
    await user.selectOptions(
      within(dialog).getByLabelText('Statement template'),
      within(dialog).getByRole('option', { name: 'Holding statement (English)' }),
    );
    const text = within(dialog).getByLabelText<HTMLTextAreaElement>('Text as released');
    // What the incident knows is filled in; the company is left for the person to write.
    expect(text.value).toMatch(
      /^\{\{company\}\} is looking into Customer records exposed, found on /u,
    );
    expect(within(dialog).getByText('Still to replace in the text: {{company}}')).toBeTruthy();

    setValue(text, text.value.replace('{{company}}', 'Acme'));
    await user.type(within(dialog).getByLabelText('Legal approved by'), 'Lin Mei');
    await user.click(within(dialog).getByRole('button', { name: 'Record' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    const log = await screen.findByRole('list', { name: 'Communications, in order of release' });
    const item = within(log).getByRole('listitem');
    expect(within(item).getByText('First statement')).toBeTruthy();
    expect(within(item).getByRole('heading', { name: 'Customers via Website' })).toBeTruthy();
    expect(item.textContent).toContain('Lin Mei');
    expect(screen.queryByText(/No external statement yet/u)).toBeNull();

    const records = await readIncidentCommunications(incident.id);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      templateId: template.id,
      isExternal: true,
      legalApprovedBy: 'Lin Mei',
    });
    expect(records[0]?.text).toMatch(/^Acme is looking into Customer records exposed/u);
    const stored = await readIncident(incident.id);
    if (stored === undefined) {
      expect.fail('the incident is gone');
    }
    const metrics = incidentMetrics({
      incident: stored,
      firstExternalStatementAt: firstExternalStatementAt(records),
    });
    expect(metrics.timeToFirstStatement).not.toBeNull();
    expect((await readTimeline(incident.id)).at(-1)).toMatchObject({
      kind: 'communication',
      isExternal: true,
      text: 'Holding statement to Customers via Website',
    });
  });

  it('refuses to record without the approval the template needs', async () => {
    await holdingTemplate();
    const incident = await declareTestIncident(Date.now() - 20 * minute);
    await renderSection(CommunicationsSection, incident.id);
    const user = userEvent.setup();
    const dialog = await openRecordDialog(user);
    await user.selectOptions(
      within(dialog).getByLabelText('Statement template'),
      within(dialog).getByRole('option', { name: 'Holding statement (English)' }),
    );
    const text = within(dialog).getByLabelText<HTMLTextAreaElement>('Text as released');
    setValue(text, text.value.replace('{{company}}', 'Acme'));
    await user.click(within(dialog).getByRole('button', { name: 'Record' }));

    const legal = within(dialog).getByLabelText('Legal approved by');
    await waitFor(() => expect(legal.getAttribute('aria-invalid')).toBe('true'));
    expect(
      within(dialog).getByText('The chosen template needs this approval: enter who gave it.'),
    ).toBeTruthy();
    expect(
      within(dialog).getByLabelText('Spokesperson approved by').getAttribute('aria-invalid'),
    ).toBeNull();
    expect(await readIncidentCommunications(incident.id)).toHaveLength(0);
  });

  it('refuses a text that still holds a placeholder, with or without a template', async () => {
    const incident = await declareTestIncident(Date.now() - 20 * minute);
    await renderSection(CommunicationsSection, incident.id);
    const user = userEvent.setup();
    const dialog = await openRecordDialog(user);
    const text = within(dialog).getByLabelText('Text as released');
    setValue(text, 'We are sorry. Contact {{spokesperson}} for more.');
    expect(within(dialog).getByText('Still to replace in the text: {{spokesperson}}')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Record' }));
    await waitFor(() => expect(text.getAttribute('aria-invalid')).toBe('true'));
    expect(
      within(dialog).getByText(
        'Replace every placeholder (a name between double braces) before recording the text as released.',
      ),
    ).toBeTruthy();

    setValue(text, 'We are sorry. Contact {{spokesperson for more.');
    await user.click(within(dialog).getByRole('button', { name: 'Record' }));
    expect(
      await within(dialog).findByText('The text has stray double braces left from a placeholder.'),
    ).toBeTruthy();
    expect(await readIncidentCommunications(incident.id)).toHaveLength(0);

    setValue(text, 'We are sorry. Call our hotline for more.');
    await user.click(within(dialog).getByRole('button', { name: 'Record' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const records = await readIncidentCommunications(incident.id);
    expect(records).toMatchObject([{ templateId: null, isExternal: true }]);
  });

  it('keeps a communication being typed across a reload, until it is recorded', async () => {
    const incident = await declareTestIncident(Date.now() - 20 * minute);
    const first = await renderSection(CommunicationsSection, incident.id);
    const user = userEvent.setup();
    let dialog = await openRecordDialog(user);
    setValue(within(dialog).getByLabelText('Text as released'), 'We are looking into it.');
    await user.type(within(dialog).getByLabelText('Legal approved by'), 'Counsel Ho');
    first.unmount();

    await renderSection(CommunicationsSection, incident.id);
    dialog = await openRecordDialog(user);
    expect(
      within(dialog).getByText('Your unsaved communication record was restored.'),
    ).toBeTruthy();
    expect(within(dialog).getByLabelText<HTMLTextAreaElement>('Text as released').value).toBe(
      'We are looking into it.',
    );
    expect(within(dialog).getByLabelText<HTMLInputElement>('Legal approved by').value).toBe(
      'Counsel Ho',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Record' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await readIncidentCommunications(incident.id)).toMatchObject([
      { text: 'We are looking into it.', legalApprovedBy: 'Counsel Ho' },
    ]);
    expect(localStorage.getItem(`crisis-room:draft:incident-comm:${incident.id}`)).toBeNull();
  });

  it('asks before Escape throws away a communication being typed', async () => {
    const incident = await declareTestIncident(Date.now() - 20 * minute);
    await renderSection(CommunicationsSection, incident.id);
    const user = userEvent.setup();
    const dialog = await openRecordDialog(user);
    const text = within(dialog).getByLabelText<HTMLTextAreaElement>('Text as released');
    setValue(text, 'We are looking into it.');
    pressEscape(dialog);

    const confirm = await screen.findByRole('dialog', {
      name: 'Discard this communication record?',
    });
    await user.click(within(confirm).getByRole('button', { name: 'Keep editing' }));
    expect(screen.queryByRole('dialog', { name: 'Discard this communication record?' })).toBeNull();
    expect(text.value).toBe('We are looking into it.');

    pressEscape(dialog);
    await user.click(
      within(
        await screen.findByRole('dialog', { name: 'Discard this communication record?' }),
      ).getByRole('button', { name: 'Discard' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(localStorage.getItem(`crisis-room:draft:incident-comm:${incident.id}`)).toBeNull();
    expect(await readIncidentCommunications(incident.id)).toHaveLength(0);
  });
});
