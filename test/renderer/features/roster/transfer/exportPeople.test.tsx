import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  addQualificationType,
  createPerson,
} from '../../../../../renderer/src/features/roster/rosterCommands';
import { emptyPersonInput } from '../../../../../shared/domain/roster/person';
import type { PersonInput } from '../../../../../shared/domain/roster/person';
import { parseVcards } from '../../../../../shared/domain/roster/rosterVcard';
import { ok } from '../../../../../shared/ipc/result';
import { renderApp, useAppTestEnvironment } from '../../../support/renderApp';

const mainProcess = useAppTestEnvironment();

/** Stores a person through the real command; seeding data must be valid. */
async function seed(input: PersonInput): Promise<void> {
  const result = await createPerson(input);
  if (!result.ok) throw new Error(`expected a valid person, got ${JSON.stringify(result.issues)}`);
}

/** Records what the fake main process is asked to save, answering as a saved file. */
function recordSaves(): { suggestedName: string; content: string }[] {
  const saved: { suggestedName: string; content: string }[] = [];
  mainProcess.responders['files:save-file'] = (payload) => {
    saved.push(payload);
    return ok({ saved: true, path: `/tmp/${payload.suggestedName}` });
  };
  return saved;
}

/** Opens the people view and clicks an export button once it is ready. */
async function clickExport(name: string) {
  const user = userEvent.setup();
  await renderApp('#/roster');
  const button = await screen.findByRole('button', { name });
  await waitFor(() => expect(button).toHaveProperty('disabled', false));
  await user.click(button);
}

const ming: PersonInput = {
  ...emptyPersonInput('Asia/Taipei'),
  name: '王小明',
  otherName: 'Ming Wang',
  title: '=HYPERLINK("http://evil.example")',
  department: '公共事務部',
  phones: [{ kind: 'mobile', number: '+886 912 345 678' }],
  emails: [{ kind: 'work', address: 'ming@example.com.tw' }],
  messaging: [{ service: 'line', handle: 'mingwang', label: '' }],
  notes: '夜間請先撥手機',
};

describe('Crisis team → Export', () => {
  it('saves the roster as UTF-8 CSV with a BOM, custom qualification names and neutralised formulas', async () => {
    const drone = await addQualificationType('Drone pilot licence');
    if (!drone.ok) throw new Error('expected the type to be added');
    await seed({
      ...ming,
      qualifications: [
        { id: 'q1', typeId: drone.value.id, awardedOn: null, expiresOn: '2027-01-31', note: '' },
      ],
    });
    const saved = recordSaves();
    await clickExport('Export CSV');
    await screen.findByText(
      /The crisis team was saved to \/tmp\/crisis-team-\d{4}-\d{2}-\d{2}\.csv\./u,
    );
    const [file] = saved;
    expect(file?.suggestedName).toMatch(/^crisis-team-\d{4}-\d{2}-\d{2}\.csv$/u);
    expect(file?.content.startsWith('\uFEFFname,other_name,title,department,phones,')).toBe(true);
    const [, row] = file?.content.split('\r\n') ?? [];
    expect(row).toBe(
      `王小明,Ming Wang,"'=HYPERLINK(""http://evil.example"")",公共事務部,mobile: +886 912 345 678,work: ming@example.com.tw,line: mingwang,Asia/Taipei,,Drone pilot licence: expires 2027-01-31,夜間請先撥手機`,
    );
  });

  it('saves the roster as vCard 4.0 that reads back to the same people', async () => {
    await seed(ming);
    const saved = recordSaves();
    await clickExport('Export vCard');
    await screen.findByText(
      /The crisis team was saved to \/tmp\/crisis-team-\d{4}-\d{2}-\d{2}\.vcf\./u,
    );
    const [file] = saved;
    expect(file?.content.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\nFN:王小明\r\n')).toBe(true);
    const parsed = parseVcards(file?.content ?? '', { defaultTimeZone: 'UTC' });
    expect(parsed.ok && parsed.candidates.map(({ input }) => input)).toEqual([ming]);
  });

  it('offers no vCard export of an empty roster, but a CSV template', async () => {
    await renderApp('#/roster');
    const csv = await screen.findByRole('button', { name: 'Export CSV' });
    await waitFor(() => expect(csv).toHaveProperty('disabled', false));
    expect(screen.getByRole('button', { name: 'Export vCard' })).toHaveProperty('disabled', true);
  });
});
