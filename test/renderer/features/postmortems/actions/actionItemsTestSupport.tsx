import { render } from '@testing-library/react';
import type { RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { NoticeRegion } from '../../../../../renderer/src/app/NoticeRegion';
import { loadStartup } from '../../../../../renderer/src/app/startup';
import {
  decideReview,
  movePostmortem,
  saveActionItem,
  saveReviewers,
} from '../../../../../renderer/src/features/postmortems/postmortemCommands';
import type {
  ActionItem,
  ActionItemInput,
} from '../../../../../shared/domain/postmortems/actionItems';
import type { Postmortem } from '../../../../../shared/domain/postmortems/postmortem';
import { declare, valueOf, writePostmortem } from '../postmortemTestSupport';

/**
 * Shared seeding of the action-item screen tests: real commands over fake-indexeddb, from a closed
 * incident to a published postmortem, and a render with the app's translations, hash routing and
 * the notices region (where Undo appears).
 */

/** The lesson every seeded postmortem has. */
export const lessonText = '客服腳本應在一小時內更新';

/**
 * A postmortem in draft of a declared and closed data-breach incident, with a summary and one
 * lesson (`lesson-1`).
 */
export async function seedDraftPostmortem(): Promise<Postmortem> {
  const incident = await declare(
    'Member data leak',
    Date.now() - 60 * 60_000,
    { severityId: 'sev-1', priority: 'p1', affectedAudiences: ['customers'] },
    'Mei Lin',
  );
  return writePostmortem(
    incident,
    {
      summary: 'Customer records were exposed for two hours.',
      lessons: [{ id: 'lesson-1', text: lessonText }],
    },
    'Mei Lin',
  );
}

/** Takes a draft postmortem through review (one reviewer, who approves) to published. */
export async function publishPostmortem(postmortemId: string): Promise<void> {
  valueOf(
    await saveReviewers(postmortemId, [
      {
        id: 'reviewer-1',
        personId: null,
        name: 'Wang Jian',
        decision: 'pending',
        comment: '',
        decidedAt: null,
      },
    ]),
  );
  valueOf(await movePostmortem(postmortemId, 'in-review', 'Mei Lin'));
  valueOf(await decideReview(postmortemId, 'reviewer-1', 'approved', ''));
  valueOf(await movePostmortem(postmortemId, 'published', 'Mei Lin'));
}

/** A valid open action item, due far in the future, with `overrides` applied. */
export function itemInput(overrides: Partial<ActionItemInput> = {}): ActionItemInput {
  return {
    title: 'Update the customer-service script',
    description: '',
    ownerPersonId: null,
    dueOn: '2099-12-01',
    type: 'process',
    status: 'open',
    link: null,
    lessonId: null,
    ...overrides,
  };
}

/** Stores an action item through the command. */
export async function seedItem(
  postmortemId: string,
  overrides: Partial<ActionItemInput> = {},
): Promise<ActionItem> {
  return valueOf(await saveActionItem(postmortemId, null, itemInput(overrides)));
}

/**
 * Renders `children` with the app's translations (the saved language), hash routing at `hash`
 * and the notices region, for the components other screens place.
 */
export async function renderWithApp(
  children: ReactNode,
  hash = '#/dashboard',
): Promise<RenderResult> {
  window.history.replaceState(null, '', `/${hash}`);
  const startup = await loadStartup();
  return render(
    <I18nextProvider i18n={startup.i18n}>
      <Router hook={useHashLocation}>
        {children}
        <NoticeRegion />
      </Router>
    </I18nextProvider>,
  );
}
