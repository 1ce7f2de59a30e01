import { describe, expect, it } from 'vitest';
import type { CrisisRoomDatabase } from '../../../../renderer/src/db/database';
import {
  changeIncidentStatus,
  insertDeclaredIncident,
} from '../../../../renderer/src/db/repositories/incidentRepository';
import {
  changeActionItem,
  deleteActionItemRow,
  insertPostmortem,
  movePostmortemTo,
  postmortemRefusalOf,
  putActionItem,
  readActionItemsOf,
  readPostmortem,
  recordReviewDecision,
  reinstateReviewer,
  restoreActionItemRow,
  updatePostmortemContent,
  updateReviewers,
} from '../../../../renderer/src/db/repositories/postmortemRepository';
import {
  appendReview,
  insertRisk,
  moveRiskToBin,
} from '../../../../renderer/src/db/repositories/riskRepository';
import {
  deleteSopRows,
  insertSop,
  publishSopVersion,
} from '../../../../renderer/src/db/repositories/sopRepository';
import { declarationHistory } from '../../../../shared/domain/incidents/lifecycle';
import type {
  ActionItem,
  ActionItemInput,
} from '../../../../shared/domain/postmortems/actionItems';
import { openRiskRequests, openSopRequests } from '../../../../shared/domain/postmortems/loop';
import { postmortemContentFromIncident } from '../../../../shared/domain/postmortems/postmortem';
import type { Reviewer } from '../../../../shared/domain/postmortems/postmortem';
import type { NewPostmortem } from '../../../../renderer/src/db/repositories/postmortemRepository';
import { defaultRiskMatrix } from '../../../../shared/domain/risks/riskMatrix';
import type { Sop, SopContent } from '../../../../shared/domain/sops/sop';
import { nextVersion } from '../../../../shared/domain/sops/sopVersions';
import { riskInput } from '../../features/risks/riskTestSupport';
import { useFreshDatabases } from '../openDatabaseAt';

const detectedAt = Date.UTC(2026, 10, 20, 1, 0);
const now = Date.UTC(2026, 10, 22, 1, 0);
const freshDatabase = useFreshDatabases('postmortems');

/** Declares an incident and moves it to `status`. */
async function incident(
  db: CrisisRoomDatabase,
  id: string,
  status: 'active' | 'stable' | 'closed',
): Promise<void> {
  await insertDeclaredIncident(
    {
      incident: {
        id,
        title: '會員資料外洩',
        crisisTypeId: 'data-breach',
        severityId: 'sev-1',
        priority: 'p1',
        detectionSource: 'customer',
        detectionNote: '客戶來信',
        summary: '第三方客服系統外洩。',
        startedAt: null,
        detectedAt,
        affectedAudiences: [],
        tags: ['個資'],
        visibility: 'normal',
        riskIds: [],
        isExercise: false,
        status: 'active',
        statusHistory: declarationHistory('active', detectedAt, detectedAt, '陳美玲'),
        pinnedEntryIds: [],
      },
      entries: [],
      tenures: [],
    },
    detectedAt,
    db,
  );
  if (status === 'active') return;
  const entryInput = (text: string) => ({
    id: `${id}-${text}`,
    input: {
      kind: 'status-change' as const,
      at: detectedAt + 60_000,
      author: '',
      source: 'system' as const,
      isExternal: false,
      text,
      supersedesId: null,
    },
  });
  await changeIncidentStatus(id, 'stable', detectedAt + 60_000, '', entryInput('stable'), now, db);
  if (status === 'closed') {
    await changeIncidentStatus(
      id,
      'closed',
      detectedAt + 120_000,
      '',
      entryInput('closed'),
      now,
      db,
    );
  }
}

/** A new draft postmortem of `incidentId` with a summary and a lesson. */
function newPostmortem(id: string, incidentId: string): NewPostmortem {
  const content = postmortemContentFromIncident(
    { title: '會員資料外洩', summary: '第三方外洩', detectionNote: '', tags: [] },
    'TWD',
  );
  return {
    id,
    incidentId,
    content: { ...content, lessons: [{ id: 'lesson-1', text: '供應商須在 24 小時內通報' }] },
    status: 'draft',
    statusHistory: [{ from: null, to: 'draft', at: now, by: '陳美玲' }],
    reviewers: [],
    createdAt: now,
    updatedAt: now,
    publishedAt: null,
  };
}

/** An action item of `pm-1`. */
function actionItem(id: string, overrides: Partial<ActionItem>): ActionItem {
  return {
    id,
    postmortemId: 'pm-1',
    incidentId: 'incident-1',
    title: id,
    description: '',
    ownerPersonId: null,
    dueOn: '2026-12-15',
    type: 'prevent',
    status: 'open',
    link: null,
    lessonId: 'lesson-1',
    loop: null,
    createdAt: now,
    updatedAt: now,
    completedAt: null,
    ...overrides,
  };
}

const sopContent: SopContent = {
  title: '資料外洩應變',
  crisisTypeId: 'data-breach',
  purpose: '',
  triggerCriteria: '',
  severityIds: ['sev-1'],
  steps: [
    {
      id: 's1',
      title: '召集小組',
      ownerRoleId: 'commander',
      targetMinutes: 30,
      checklist: [],
      resources: [],
      notes: '',
    },
  ],
};

/** Stores an SOP published once (version 1). */
async function publishedSop(db: CrisisRoomDatabase): Promise<Sop> {
  const sop: Sop = {
    id: 'sop-breach',
    content: sopContent,
    ownerRoleId: null,
    reviewIntervalDays: 180,
    lastReviewedOn: null,
    lastValidatedByDrillId: null,
    publishedVersion: null,
    createdAt: now,
    updatedAt: now,
    isStarter: false,
  };
  await insertSop(sop, db);
  await publishSopVersion(
    sop.id,
    (_sop, versions) => nextVersion(versions, sop.id, sopContent, '首版', now, '陳美玲'),
    now,
    db,
  );
  return sop;
}

/** Takes a postmortem through review to published. */
async function publish(db: CrisisRoomDatabase, id: string): Promise<void> {
  await updateReviewers(id, [reviewer('r1')], now, db);
  await movePostmortemTo(id, 'in-review', '陳美玲', now, db);
  await recordReviewDecision(id, 'r1', 'approved', '', now, db);
  await movePostmortemTo(id, 'published', '陳美玲', now + 1, db);
}

describe('postmortem repository', () => {
  it('creates one postmortem per stable or closed incident, numbered PM-0001 onwards', async () => {
    const db = await freshDatabase();
    await incident(db, 'incident-1', 'closed');
    await incident(db, 'incident-2', 'active');
    const created = await insertPostmortem(newPostmortem('pm-1', 'incident-1'), db);
    expect(created.reference).toBe('PM-0001');
    const twice = await insertPostmortem(newPostmortem('pm-2', 'incident-1'), db).catch(
      (error: unknown) => error,
    );
    expect(postmortemRefusalOf(twice)).toBe('already-exists');
    const tooEarly = await insertPostmortem(newPostmortem('pm-3', 'incident-2'), db).catch(
      (error: unknown) => error,
    );
    expect(postmortemRefusalOf(tooEarly)).toBe('incident-not-finished');
    expect(await db.postmortems.count()).toBe(1);
  });

  it('edits only drafts', async () => {
    const db = await freshDatabase();
    await incident(db, 'incident-1', 'closed');
    const created = await insertPostmortem(newPostmortem('pm-1', 'incident-1'), db);
    await publish(db, 'pm-1');
    const refused = await updatePostmortemContent(
      'pm-1',
      { ...created.content, summary: 'changed' },
      now + 2,
      db,
    ).catch((error: unknown) => error);
    expect(postmortemRefusalOf(refused)).toBe('not-editable');
    expect((await readPostmortem('pm-1', db))?.content.summary).toBe('第三方外洩');
  });

  it('closes the loop: publishing opens an SOP draft and a risk review; the SOP version and the review finish them', async () => {
    const db = await freshDatabase();
    await incident(db, 'incident-1', 'closed');
    await insertPostmortem(newPostmortem('pm-1', 'incident-1'), db);
    await publishedSop(db);
    const risk = await insertRisk(riskInput({ title: '供應商外洩' }), defaultRiskMatrix(), now, db);
    await putActionItem(
      actionItem('sop-item', { type: 'sop', link: { kind: 'sop', sopId: 'sop-breach' } }),
      now,
      db,
    );
    await putActionItem(
      actionItem('risk-item', { link: { kind: 'risk', riskId: risk.id } }),
      now,
      db,
    );
    // Nothing happens before publication.
    expect((await readActionItemsOf('pm-1', db)).map(({ loop }) => loop)).toEqual([null, null]);

    await publish(db, 'pm-1');
    const opened = await readActionItemsOf('pm-1', db);
    expect(opened.find(({ id }) => id === 'sop-item')?.loop).toMatchObject({
      kind: 'sop-draft',
      sopId: 'sop-breach',
      baseVersion: 1,
      resolvedVersion: null,
    });
    expect(opened.find(({ id }) => id === 'risk-item')?.loop).toMatchObject({
      kind: 'risk-review',
      riskId: risk.id,
      dueOn: '2026-12-15',
      reviewedOn: null,
    });

    await publishSopVersion(
      'sop-breach',
      (_sop, versions) =>
        nextVersion(
          versions,
          'sop-breach',
          { ...sopContent, purpose: '24 小時內通報' },
          'PM-0001',
          now + 5,
          '陳美玲',
        ),
      now + 5,
      db,
    );
    await appendReview(
      risk.id,
      { reviewedOn: '2026-12-01', reviewer: '王大明', decision: 'no-change', comment: '' },
      now + 6,
      db,
    );
    const closed = await readActionItemsOf('pm-1', db);
    expect(closed.map(({ id, status }) => `${id}:${status}`)).toEqual([
      'risk-item:done',
      'sop-item:done',
    ]);
    expect(closed.find(({ id }) => id === 'sop-item')?.loop).toMatchObject({ resolvedVersion: 2 });
    expect(closed.find(({ id }) => id === 'risk-item')?.loop).toMatchObject({
      reviewedOn: '2026-12-01',
    });
  });

  it('opens the loop of a linked item saved after publication at once', async () => {
    const db = await freshDatabase();
    await incident(db, 'incident-1', 'closed');
    await insertPostmortem(newPostmortem('pm-1', 'incident-1'), db);
    await publishedSop(db);
    await publish(db, 'pm-1');
    const stored = await putActionItem(
      actionItem('late', { type: 'sop', link: { kind: 'sop', sopId: 'sop-breach' } }),
      now + 3,
      db,
    );
    expect(stored.loop).toMatchObject({ kind: 'sop-draft', openedAt: now + 3 });
  });

  it('refuses publication with a pending review and leaves the items untouched', async () => {
    const db = await freshDatabase();
    await incident(db, 'incident-1', 'closed');
    await insertPostmortem(newPostmortem('pm-1', 'incident-1'), db);
    const risk = await insertRisk(riskInput(), defaultRiskMatrix(), now, db);
    await putActionItem(
      actionItem('risk-item', { link: { kind: 'risk', riskId: risk.id } }),
      now,
      db,
    );
    await updateReviewers('pm-1', [reviewer('r1')], now, db);
    await movePostmortemTo('pm-1', 'in-review', '', now, db);
    const refused = await movePostmortemTo('pm-1', 'published', '', now, db).catch(
      (error: unknown) => error,
    );
    expect(postmortemRefusalOf(refused)).toBe('reviews-pending');
    expect((await readPostmortem('pm-1', db))?.status).toBe('in-review');
    expect((await readActionItemsOf('pm-1', db))[0]?.loop).toBeNull();
  });

  it('publishes all or nothing: a failing loop write leaves it in review and the items unchanged', async () => {
    const db = await freshDatabase();
    await incident(db, 'incident-1', 'closed');
    await insertPostmortem(newPostmortem('pm-1', 'incident-1'), db);
    await publishedSop(db);
    await putActionItem(
      actionItem('sop-item', { type: 'sop', link: { kind: 'sop', sopId: 'sop-breach' } }),
      now,
      db,
    );
    await updateReviewers('pm-1', [reviewer('r1')], now, db);
    await movePostmortemTo('pm-1', 'in-review', '陳美玲', now, db);
    await recordReviewDecision('pm-1', 'r1', 'approved', '', now, db);
    const before = await readActionItemsOf('pm-1', db);
    let loopWrites = 0;
    const failLoopWrite = () => {
      loopWrites += 1;
      throw new Error('disk trouble while opening the loop');
    };
    db.postmortemActionItems.hook('updating', failLoopWrite);
    db.postmortemActionItems.hook('creating', failLoopWrite);
    const failed = await movePostmortemTo('pm-1', 'published', '陳美玲', now + 1, db).catch(
      (error: unknown) => error,
    );
    db.postmortemActionItems.hook('updating').unsubscribe(failLoopWrite);
    db.postmortemActionItems.hook('creating').unsubscribe(failLoopWrite);
    expect(loopWrites).toBe(1);
    expect(failed).toBeInstanceOf(Error);
    expect(postmortemRefusalOf(failed)).toBeNull();
    const after = await readPostmortem('pm-1', db);
    expect(after?.status).toBe('in-review');
    expect(after?.publishedAt).toBeNull();
    expect(await readActionItemsOf('pm-1', db)).toEqual(before);
    // Without the fault the same move goes through and opens the loop.
    await movePostmortemTo('pm-1', 'published', '陳美玲', now + 2, db);
    expect((await readActionItemsOf('pm-1', db))[0]?.loop).toMatchObject({ kind: 'sop-draft' });
  });

  it('moves the loop with the link: relinked opens a new one, unlinked drops it, due day follows', async () => {
    const db = await freshDatabase();
    const { risk } = await publishedWithTargets(db);
    const stored = await putActionItem(
      actionItem('item', { link: { kind: 'risk', riskId: risk.id } }),
      now + 2,
      db,
    );
    expect(stored.loop).toMatchObject({ kind: 'risk-review', riskId: risk.id });

    const later = await edit(db, stored, { dueOn: '2027-01-31' }, now + 3);
    expect(later.loop).toMatchObject({ kind: 'risk-review', dueOn: '2027-01-31' });

    const relinked = await edit(
      db,
      later,
      { type: 'sop', link: { kind: 'sop', sopId: 'sop-breach' } },
      now + 4,
    );
    expect(relinked.loop).toMatchObject({
      kind: 'sop-draft',
      sopId: 'sop-breach',
      openedAt: now + 4,
    });
    const items = await readActionItemsOf('pm-1', db);
    expect(openRiskRequests(items, risk.id)).toEqual([]);
    expect(openSopRequests(items, 'sop-breach').map(({ id }) => id)).toEqual(['item']);
    // A review of the old risk no longer finishes the item.
    await appendReview(
      risk.id,
      { reviewedOn: '2026-12-01', reviewer: '王大明', decision: 'no-change', comment: '' },
      now + 5,
      db,
    );
    expect((await readActionItemsOf('pm-1', db))[0]?.status).toBe('open');

    const unlinked = await edit(db, relinked, { type: 'process', link: null }, now + 6);
    expect(unlinked.loop).toBeNull();
    expect(openSopRequests(await readActionItemsOf('pm-1', db), 'sop-breach')).toEqual([]);
  });

  it('keeps a cancelled item out of the requests and leaves it cancelled when the SOP is published', async () => {
    const db = await freshDatabase();
    await publishedWithTargets(db);
    const stored = await putActionItem(
      actionItem('item', { type: 'sop', link: { kind: 'sop', sopId: 'sop-breach' } }),
      now + 2,
      db,
    );
    const cancelled = await edit(db, stored, { status: 'cancelled' }, now + 3);
    expect(openSopRequests(await readActionItemsOf('pm-1', db), 'sop-breach')).toEqual([]);
    await publishNextSopVersion(db, now + 4);
    const [after] = await readActionItemsOf('pm-1', db);
    expect(after).toEqual(cancelled);
  });

  it('refuses a link to a missing SOP or a missing or binned risk, and stores nothing', async () => {
    const db = await freshDatabase();
    await incident(db, 'incident-1', 'closed');
    await insertPostmortem(newPostmortem('pm-1', 'incident-1'), db);
    const risk = await insertRisk(riskInput(), defaultRiskMatrix(), now, db);
    await moveRiskToBin(risk.id, now, db);
    for (const link of [
      { kind: 'sop' as const, sopId: 'no-such-sop' },
      { kind: 'risk' as const, riskId: 'no-such-risk' },
      { kind: 'risk' as const, riskId: risk.id },
    ]) {
      const refused = await putActionItem(actionItem(`item-${link.kind}`, { link }), now, db).catch(
        (error: unknown) => error,
      );
      expect(postmortemRefusalOf(refused)).toBe('link-missing');
    }
    expect(await readActionItemsOf('pm-1', db)).toEqual([]);
  });

  it('publishes without opening loops for targets deleted after the item was saved', async () => {
    const db = await freshDatabase();
    await incident(db, 'incident-1', 'closed');
    await insertPostmortem(newPostmortem('pm-1', 'incident-1'), db);
    await publishedSop(db);
    const risk = await insertRisk(riskInput(), defaultRiskMatrix(), now, db);
    await putActionItem(
      actionItem('sop-item', { type: 'sop', link: { kind: 'sop', sopId: 'sop-breach' } }),
      now,
      db,
    );
    await putActionItem(
      actionItem('risk-item', { link: { kind: 'risk', riskId: risk.id } }),
      now,
      db,
    );
    await deleteSopRows('sop-breach', db);
    await moveRiskToBin(risk.id, now, db);
    await publish(db, 'pm-1');
    expect((await readPostmortem('pm-1', db))?.status).toBe('published');
    expect((await readActionItemsOf('pm-1', db)).map(({ loop }) => loop)).toEqual([null, null]);
  });

  it('refuses an edit made on a stale copy (the SOP publication marked the item done meanwhile)', async () => {
    const db = await freshDatabase();
    await publishedWithTargets(db);
    const opened = await putActionItem(
      actionItem('item', { type: 'sop', link: { kind: 'sop', sopId: 'sop-breach' } }),
      now + 2,
      db,
    );
    await publishNextSopVersion(db, now + 3);
    const refused = await changeActionItem(
      {
        postmortemId: 'pm-1',
        itemId: 'item',
        input: inputOf(opened, { title: 'renamed' }),
        expectedUpdatedAt: opened.updatedAt,
      },
      now + 4,
      db,
    ).catch((error: unknown) => error);
    expect(postmortemRefusalOf(refused)).toBe('changed-meanwhile');
    const [stored] = await readActionItemsOf('pm-1', db);
    expect(stored).toMatchObject({ title: 'item', status: 'done', loop: { resolvedVersion: 2 } });
    // Opened again from the stored item, the edit goes through.
    if (stored === undefined) throw new Error('the item is gone');
    const renamed = await edit(db, stored, { title: 'renamed' }, now + 5);
    expect(renamed).toMatchObject({ title: 'renamed', status: 'done' });
  });

  it('restores a deleted item with the loop rules: an SOP version published meanwhile answers it', async () => {
    const db = await freshDatabase();
    await publishedWithTargets(db);
    const opened = await putActionItem(
      actionItem('item', { type: 'sop', link: { kind: 'sop', sopId: 'sop-breach' } }),
      now + 2,
      db,
    );
    expect(opened.loop).toMatchObject({ baseVersion: 1, resolvedVersion: null });
    const deleted = await deleteActionItemRow('item', db);
    if (deleted === undefined) throw new Error('nothing was deleted');
    await publishNextSopVersion(db, now + 3);
    const restored = await restoreActionItemRow(deleted, now + 4, db);
    expect(restored).toMatchObject({
      status: 'done',
      completedAt: now + 4,
      loop: { kind: 'sop-draft', resolvedVersion: 2 },
    });
    expect(await readActionItemsOf('pm-1', db)).toEqual([restored]);
  });

  it('restores a linked item without a loop into a published postmortem with its loop open', async () => {
    const db = await freshDatabase();
    const { risk } = await publishedWithTargets(db);
    const stored = await putActionItem(actionItem('item', {}), now + 2, db);
    const deleted = await deleteActionItemRow('item', db);
    if (deleted === undefined) throw new Error('nothing was deleted');
    const linked = { ...stored, link: { kind: 'risk' as const, riskId: risk.id } };
    const restored = await restoreActionItemRow(linked, now + 3, db);
    expect(restored.loop).toMatchObject({
      kind: 'risk-review',
      riskId: risk.id,
      openedAt: now + 3,
    });
  });

  it('keeps stored decisions when the reviewer list is saved; new reviewers start pending', async () => {
    const db = await freshDatabase();
    await incident(db, 'incident-1', 'closed');
    await insertPostmortem(newPostmortem('pm-1', 'incident-1'), db);
    await updateReviewers('pm-1', [reviewer('r1')], now, db);
    await movePostmortemTo('pm-1', 'in-review', '陳美玲', now, db);
    await recordReviewDecision('pm-1', 'r1', 'approved', '同意', now + 1, db);
    const approved = (await readPostmortem('pm-1', db))?.reviewers ?? [];
    await movePostmortemTo('pm-1', 'draft', '陳美玲', now + 2, db);
    const reset = (await readPostmortem('pm-1', db))?.reviewers ?? [];
    expect(reset[0]?.decision).toBe('pending');
    // A stale list that still carries the approval, plus a new reviewer claiming one.
    const saved = await updateReviewers(
      'pm-1',
      [...approved, { ...reviewer('r2'), decision: 'approved', comment: 'x', decidedAt: now }],
      now + 3,
      db,
    );
    expect(
      saved.reviewers.map(
        ({ id, decision, decidedAt }) => `${id}:${decision}:${String(decidedAt)}`,
      ),
    ).toEqual([
      `r1:${String(reset[0]?.decision)}:${String(reset[0]?.decidedAt)}`,
      'r2:pending:null',
    ]);
    // A rename keeps the decision.
    await movePostmortemTo('pm-1', 'in-review', '陳美玲', now + 4, db);
    await recordReviewDecision('pm-1', 'r2', 'approved', '', now + 5, db);
    const renamed = await updateReviewers(
      'pm-1',
      saved.reviewers.map((listed) =>
        listed.id === 'r2' ? { ...listed, name: '李小華' } : listed,
      ),
      now + 6,
      db,
    );
    expect(renamed.reviewers[1]).toMatchObject({
      name: '李小華',
      decision: 'approved',
      decidedAt: now + 5,
    });
  });

  it('puts a removed reviewer back pending beside those added since', async () => {
    const db = await freshDatabase();
    await incident(db, 'incident-1', 'closed');
    await insertPostmortem(newPostmortem('pm-1', 'incident-1'), db);
    await updateReviewers('pm-1', [reviewer('r1'), reviewer('r2')], now, db);
    await movePostmortemTo('pm-1', 'in-review', '陳美玲', now, db);
    await recordReviewDecision('pm-1', 'r1', 'approved', '', now + 1, db);
    const removed = (await readPostmortem('pm-1', db))?.reviewers[0];
    if (removed === undefined) throw new Error('no reviewer');
    await updateReviewers('pm-1', [reviewer('r2')], now + 2, db);
    await updateReviewers('pm-1', [reviewer('r2'), reviewer('r3')], now + 3, db);
    const back = await reinstateReviewer('pm-1', removed, now + 4, db);
    expect(back.reviewers.map(({ id, decision }) => `${id}:${decision}`)).toEqual([
      'r2:pending',
      'r3:pending',
      'r1:pending',
    ]);
    const twice = await reinstateReviewer('pm-1', removed, now + 5, db);
    expect(twice.reviewers).toHaveLength(3);
  });
});

/** A pending reviewer named after its id. */
function reviewer(id: string): Reviewer {
  return {
    id,
    personId: null,
    name: `審閱人 ${id}`,
    decision: 'pending',
    comment: '',
    decidedAt: null,
  };
}

/** The form input of a stored item, with `overrides`. */
function inputOf(item: ActionItem, overrides: Partial<ActionItemInput>): ActionItemInput {
  const { title, description, ownerPersonId, dueOn, type, status, link, lessonId } = item;
  return { title, description, ownerPersonId, dueOn, type, status, link, lessonId, ...overrides };
}

/** Edits a stored item as the dialog does, opened on `item`. */
function edit(
  db: CrisisRoomDatabase,
  item: ActionItem,
  overrides: Partial<ActionItemInput>,
  at: number,
): Promise<ActionItem> {
  return changeActionItem(
    {
      postmortemId: item.postmortemId,
      itemId: item.id,
      input: inputOf(item, overrides),
      expectedUpdatedAt: item.updatedAt,
    },
    at,
    db,
  );
}

/** Publishes version 2 of `sop-breach`. */
async function publishNextSopVersion(db: CrisisRoomDatabase, at: number): Promise<void> {
  await publishSopVersion(
    'sop-breach',
    (_sop, versions) =>
      nextVersion(
        versions,
        'sop-breach',
        { ...sopContent, purpose: '修訂' },
        'PM-0001',
        at,
        '陳美玲',
      ),
    at,
    db,
  );
}

/** A published `pm-1` of a closed incident, with an SOP (version 1) and a risk to link to. */
async function publishedWithTargets(db: CrisisRoomDatabase) {
  await incident(db, 'incident-1', 'closed');
  await insertPostmortem(newPostmortem('pm-1', 'incident-1'), db);
  await publishedSop(db);
  const risk = await insertRisk(riskInput({ title: '供應商外洩' }), defaultRiskMatrix(), now, db);
  await publish(db, 'pm-1');
  return { risk };
}
