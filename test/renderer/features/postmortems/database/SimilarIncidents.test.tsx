import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { SimilarIncidents } from '../../../../../renderer/src/features/postmortems/database/SimilarIncidents';
import type { SimilarIncidentsProps } from '../../../../../renderer/src/features/postmortems/database/SimilarIncidents';
import { createI18n } from '../../../../../renderer/src/i18n/createI18n';
import { useAppTestEnvironment } from '../../../support/renderApp';
import { declare, writePostmortem } from '../postmortemTestSupport';

useAppTestEnvironment();

/** The list in English inside hash routing, as the declare dialog has it. */
function similarIn(props: SimilarIncidentsProps) {
  return (
    <I18nextProvider i18n={createI18n('en')}>
      <Router hook={useHashLocation}>
        <SimilarIncidents {...props} />
      </Router>
    </I18nextProvider>
  );
}

describe('SimilarIncidents', { timeout: 20_000 }, () => {
  it('lists past incidents of the same type with why, the postmortem link and two lessons', async () => {
    const vendor = await declare('Support vendor leak', Date.UTC(2026, 1, 3, 4, 0));
    const postmortem = await writePostmortem(vendor, {
      lessons: [
        { id: 'lesson-1', text: 'Require MFA at every vendor' },
        { id: 'lesson-2', text: 'Keep vendor contacts current' },
        { id: 'lesson-3', text: 'A third lesson not shown' },
      ],
    });
    await declare('Laptop stolen', Date.UTC(2026, 1, 9, 4, 0));
    await declare('Vendor rumour', Date.UTC(2026, 1, 10, 4, 0), { crisisTypeId: 'rumour' });

    render(similarIn({ crisisTypeId: 'data-breach', title: 'Vendor leak at the call centre' }));
    const list = await screen.findByRole('list', { name: 'Similar past incidents' });
    const items = within(list)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement === list);
    expect(items.map((item) => item.querySelector('p')?.textContent)).toEqual([
      'INC-0001 Support vendor leak',
      'INC-0002 Laptop stolen',
    ]);
    const [first, second] = items;
    if (first === undefined || second === undefined) throw new Error('two suggestions expected');
    expect(within(first).getByText(/In common: Vendor, leak/u)).toBeTruthy();
    expect(
      within(first).getByRole('link', { name: 'Postmortem PM-0001' }).getAttribute('href'),
    ).toBe(`#/postmortems/${postmortem.id}`);
    const lessons = within(first).getByRole('list', { name: 'Lessons learned' });
    expect(
      within(lessons)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Require MFA at every vendor', 'Keep vendor contacts current']);
    expect(within(second).getByText(/Same crisis type/u)).toBeTruthy();
    expect(within(second).getByText(/No postmortem written/u)).toBeTruthy();
  });

  it('renders nothing without a crisis type or without past incidents of that type', async () => {
    await declare('Support vendor leak', Date.UTC(2026, 1, 3, 4, 0));
    const { container, rerender } = render(similarIn({ crisisTypeId: null, title: 'Vendor leak' }));
    // Once the data has loaded, a known type with a past incident shows it …
    rerender(similarIn({ crisisTypeId: 'data-breach', title: 'Vendor leak' }));
    expect(await screen.findByRole('list', { name: 'Similar past incidents' })).toBeTruthy();
    // … and no type, or a type without past incidents, shows nothing at all.
    rerender(similarIn({ crisisTypeId: null, title: 'Vendor leak' }));
    expect(container.innerHTML).toBe('');
    rerender(similarIn({ crisisTypeId: 'product-safety', title: 'Vendor leak' }));
    expect(container.innerHTML).toBe('');
  });
});
