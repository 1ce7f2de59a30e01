import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  markUnavailable,
  updatePerson,
} from '../../../../../renderer/src/features/roster/rosterCommands';
import type { Person, PersonInput } from '../../../../../shared/domain/roster/person';
import { renderApp, useAppTestEnvironment } from '../../../support/renderApp';
import { addPerson, assign, valueOf } from './callTreeTestSupport';

useAppTestEnvironment();

/** The roles of the default call tree, in sev-1 order. */
const calledRoles = [
  'commander',
  'deputy-commander',
  'spokesperson',
  'legal-counsel',
  'public-relations',
  'technical-expert',
  'customer-service',
  'internal-liaison',
  'external-liaison',
  'scribe',
  'logistics',
];

/** A team of twelve, Chinese and English names mixed, each with a mobile and a work number. */
async function seedTeam(): Promise<Person[]> {
  const names = [
    ['王小明', 'Ming Wang'],
    ['陳美玲', 'Meiling Chen'],
    ['林志豪', ''],
    ['张伟', 'Wei Zhang'],
    ['Sarah Lee', ''],
    ['黃怡君', 'Yijun Huang'],
    ['李娜', ''],
    ['David Wu', '吳大衛'],
    ['劉建國', ''],
    ['周杰', 'Jay Chou'],
    ['Anna Ho', ''],
    ['鄭雅婷', 'Yating Cheng'],
  ] as const;
  const team: Person[] = [];
  for (const [index, [name, otherName]] of names.entries()) {
    const number = String(index + 10).padStart(2, '0');
    team.push(
      await addPerson(name, `0912-345-6${number}`, {
        otherName,
        phones: [
          { kind: 'mobile', number: `0912-345-6${number}` },
          { kind: 'work', number: `+886 2 2345 67${number}` },
        ],
      }),
    );
  }
  return team;
}

/** What a stored person was entered as, to change one field and save it again. */
function personInput(person: Person): PersonInput {
  const { id, createdAt, updatedAt, ...input } = person;
  void [id, createdAt, updatedAt];
  return input;
}

/** The section of one severity level on the card. */
function level(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

describe('Printable call tree', () => {
  it('lists every level with each holder’s position and name, no numbers, and marks who is away', async () => {
    const team = await seedTeam();
    for (const [index, roleId] of calledRoles.entries()) {
      const primary = team[index] ?? null;
      const backups = [team[(index + 1) % team.length], team[(index + 2) % team.length]];
      await assign(
        roleId,
        primary,
        backups.filter((person) => person !== undefined),
      );
    }
    const away = team[2];
    if (away === undefined) {
      throw new Error('the team has twelve people');
    }
    valueOf(await markUnavailable(away.id, { reason: 'sick', note: '', until: null }));

    await renderApp('#/roster/call-tree/print');

    expect(await screen.findByRole('heading', { level: 1, name: 'Crisis call tree' })).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Crisis team sections' })).toBeNull();
    expect(screen.getByText(/^Printed .+ \(.+\)$/u)).toBeTruthy();
    for (const name of ['SEV 1 · Critical', 'SEV 2 · Major', 'SEV 3 · Moderate', 'SEV 4 · Minor']) {
      expect(level(name)).toBeTruthy();
    }
    const critical = level('SEV 1 · Critical');
    expect(
      within(critical)
        .getAllByRole('listitem')
        .filter((item) => item.matches('.printed-step')),
    ).toHaveLength(11);
    // Everyone is someone's primary or backup in SEV 1; steps name them without numbers.
    for (const person of team) {
      expect(within(critical).getAllByText(person.name).length).toBeGreaterThan(0);
      for (const phone of person.phones) {
        expect(critical.textContent).not.toContain(phone.number);
      }
    }
    const commander = within(critical).getAllByRole('listitem')[0];
    expect(commander?.textContent).toMatch(/^1 Crisis commander /u);
    // Position labels are held to their names by a no-break space.
    expect(
      [...(commander?.querySelectorAll('.printed-step__holder') ?? [])].map(
        (holder) => holder.textContent,
      ),
    ).toEqual(['P\u00a0王小明', 'B1\u00a0陳美玲', 'B2\u00a0林志豪 [unavailable now]']);
    const minor = level('SEV 4 · Minor');
    expect(minor.textContent).toContain('Public relations');
    expect(minor.textContent).toContain('Customer service');
    expect(minor.textContent).not.toContain('Crisis commander');
    expect(screen.getByText(/^Call each step in order\. P = primary/u)).toBeTruthy();
  });

  it('lists each person once in the contact table, with their phones and email', async () => {
    const team = await seedTeam();
    // Two people share three roles and a third holds a fourth: 12 steps over the four levels.
    const [first, second, third, outsider] = team;
    if (
      first === undefined ||
      second === undefined ||
      third === undefined ||
      outsider === undefined
    ) {
      throw new Error('the team has twelve people');
    }
    const withEmail = valueOf(
      await updatePerson(first.id, {
        ...personInput(first),
        emails: [{ kind: 'work', address: 'ming.wang@example.com' }],
      }),
    );
    for (const roleId of ['commander', 'spokesperson', 'public-relations']) {
      await assign(roleId, withEmail, [second]);
    }
    await assign('customer-service', third);

    await renderApp('#/roster/call-tree/print');

    const table = await screen.findByRole('table', { name: 'How to reach them' });
    const rows = within(table).getAllByRole('row').slice(1);
    // Each listed once, in name order; the rest of the team, on no call list, not at all.
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      '林志豪',
      '王小明 (Ming Wang)',
      '陳美玲 (Meiling Chen)',
    ]);
    expect(within(table).queryByText(outsider.name, { exact: false })).toBeNull();
    const [, wang] = rows;
    expect(
      within(wang ?? table)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['0912-345-610 Mobile+886 2 2345 6710 Work', 'ming.wang@example.com']);
    expect(within(rows[0] ?? table).getByText('no email address')).toBeTruthy();
  });

  it('says when a role has nobody, prints on request and links back', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const user = userEvent.setup();
    await renderApp('#/roster/call-tree/print');
    const critical = await screen.findByRole('region', { name: 'SEV 1 · Critical' });
    expect(within(critical).getAllByText('Nobody assigned')).toHaveLength(11);

    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
    expect(screen.getByRole('link', { name: 'Back to the call tree' }).getAttribute('href')).toBe(
      '#/roster/call-tree',
    );
  });

  it('is reached from the call tree page', async () => {
    const user = userEvent.setup();
    await renderApp('#/roster/call-tree');
    await user.click(await screen.findByRole('link', { name: 'Print call tree' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Crisis call tree' })).toBeTruthy();
    expect(window.location.hash).toBe('#/roster/call-tree/print');
  });
});
