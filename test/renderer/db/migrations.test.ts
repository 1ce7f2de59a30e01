import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { CrisisRoomDatabase } from '../../../renderer/src/db/database';
import { migrations } from '../../../renderer/src/db/migrations';
import type { Migration } from '../../../renderer/src/db/schema';
import { currentSchemaVersion } from '../../../renderer/src/db/schema';
import type { RiskRow } from '../../../renderer/src/db/database';
import { emptyRiskInput, riskReference } from '../../../shared/domain/risks/risk';
import { builtInRoles, defaultBuiltInRole } from '../../../shared/domain/roster/crisisRoles';
import { emptyPersonInput } from '../../../shared/domain/roster/person';
import { item, seedSource, testNow } from './monitoringFixtures';
import { openDatabaseAt, uniqueDatabaseName } from './openDatabaseAt';

// jsdom replaces the global URL, which node:url refuses, so the path is built from strings.
const migrationsFolder = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../../renderer/src/db/migrations',
);

/** True for a value shaped like a Migration (what each migration file must export). */
function isMigration(value: unknown): value is Migration {
  return (
    typeof value === 'object' &&
    value !== null &&
    'version' in value &&
    typeof value.version === 'number' &&
    'stores' in value &&
    'note' in value
  );
}

const openDatabases: CrisisRoomDatabase[] = [];

afterEach(() => {
  for (const db of openDatabases.splice(0)) {
    db.close();
  }
});

describe('migrations', () => {
  it('are numbered contiguously from 1 and end at the current schema version', () => {
    expect(migrations.map((migration) => migration.version)).toEqual(
      Array.from({ length: migrations.length }, (_, index) => index + 1),
    );
    expect(migrations.at(-1)?.version).toBe(currentSchemaVersion);
  });

  it('have one NNNN-slug.ts file each, whose number is the version it exports', async () => {
    const files = readdirSync(migrationsFolder)
      .filter((file) => file !== 'index.ts')
      .sort();
    expect(files).toHaveLength(migrations.length);

    for (const [index, file] of files.entries()) {
      const match = /^(\d{4})-[a-z0-9]+(?:-[a-z0-9]+)*\.ts$/u.exec(file);
      expect(match, `${file} is not named NNNN-slug.ts`).not.toBeNull();
      const fileNumber = Number(match?.[1]);
      expect(fileNumber).toBe(index + 1);

      const module: Record<string, unknown> = await import(
        /* @vite-ignore */ join(migrationsFolder, file)
      );
      const exported = Object.values(module).filter(isMigration);
      expect(exported, `${file} exports one migration`).toHaveLength(1);
      expect(exported[0]?.version).toBe(fileNumber);
      expect(migrations[index]).toBe(exported[0]);
    }
  });

  it('each say what changed', () => {
    for (const migration of migrations) {
      expect(migration.note.trim().length).toBeGreaterThan(10);
      expect(Object.keys(migration.stores).length).toBeGreaterThan(0);
    }
  });

  it('refuses to open below the first version', () => {
    expect(() => new CrisisRoomDatabase(uniqueDatabaseName(), { upToVersion: 0 })).toThrow(
      RangeError,
    );
  });

  it('opens at version 1 and keeps its rows when reopened at the current version', async () => {
    const name = uniqueDatabaseName('upgrade');
    const old = await openDatabaseAt(1, name);
    openDatabases.push(old);
    expect(old.verno).toBe(1);
    await old.settings.put({
      key: 'language',
      value: 'zh-TW',
      updatedAt: '2026-11-22T08:00:00.000Z',
    });
    old.close();

    const current = new CrisisRoomDatabase(name);
    openDatabases.push(current);
    await current.open();
    expect(current.verno).toBe(currentSchemaVersion);
    expect(await current.settings.toArray()).toEqual([
      { key: 'language', value: 'zh-TW', updatedAt: '2026-11-22T08:00:00.000Z' },
    ]);
  });

  it('upgrades version 1 to 2 without losing a setting and adds the monitoring tables', async () => {
    const name = uniqueDatabaseName('v1-to-v2');
    const old = await openDatabaseAt(1, name);
    openDatabases.push(old);
    const seeded = [
      { key: 'language', value: 'zh-CN', updatedAt: '2026-11-20T08:00:00.000Z' },
      { key: 'theme', value: 'dark', updatedAt: '2026-11-20T08:00:01.000Z' },
      { key: 'displayMode', value: 'war-room', updatedAt: '2026-11-20T08:00:02.000Z' },
      {
        key: 'storagePersistence',
        value: { requestedAt: '2026-11-20T08:00:00.000Z', granted: true },
        updatedAt: '2026-11-20T08:00:03.000Z',
      },
      { key: 'retired-setting', value: 42, updatedAt: '2026-11-20T08:00:04.000Z' },
    ];
    await old.settings.bulkPut(seeded);
    expect(old.tables.map((table) => table.name)).toEqual(['settings']);
    old.close();

    const upgraded = await openDatabaseAt(2, name);
    openDatabases.push(upgraded);
    expect(upgraded.verno).toBe(2);
    expect(await upgraded.settings.orderBy('key').toArray()).toEqual(
      [...seeded].sort((left, right) => left.key.localeCompare(right.key)),
    );
    expect(upgraded.tables.map((table) => table.name).sort()).toEqual([
      'monitoringCoverage',
      'monitoringFetchLog',
      'monitoringHostEvents',
      'monitoringItems',
      'monitoringSources',
      'settings',
    ]);
    const items = upgraded.monitoringItems.schema;
    expect(items.idxByName.dedupeKey?.unique).toBe(true);
    expect(Object.keys(items.idxByName).sort()).toEqual([
      '[sourceId+publishedAt]',
      'dedupeKey',
      'publishedAt',
    ]);
    expect(await upgraded.monitoringItems.count()).toBe(0);
  });

  it('upgrades version 2 to 3 keeping settings and monitoring rows and adds empty risk tables', async () => {
    const name = uniqueDatabaseName('v2-to-v3');
    const old = await openDatabaseAt(2, name);
    openDatabases.push(old);
    const settings = [
      { key: 'language', value: 'zh-TW', updatedAt: '2026-11-21T08:00:00.000Z' },
      { key: 'monitoringRetentionDays', value: 30, updatedAt: '2026-11-21T08:00:01.000Z' },
    ];
    await old.settings.bulkPut(settings);
    await seedSource(old);
    await old.monitoringItems.put({
      ...item('story-1'),
      id: 'record-1-0',
      sourceId: 'source-a',
      fetchedAt: testNow,
    });
    const sourcesBefore = await old.monitoringSources.toArray();
    const itemsBefore = await old.monitoringItems.toArray();
    expect(sourcesBefore).toHaveLength(1);
    expect(old.tables.map((table) => table.name)).not.toContain('risks');
    old.close();

    const upgraded = new CrisisRoomDatabase(name, { upToVersion: 3 });
    openDatabases.push(upgraded);
    await upgraded.open();
    expect(upgraded.verno).toBe(3);
    expect(await upgraded.settings.orderBy('key').toArray()).toEqual(settings);
    expect(await upgraded.monitoringSources.toArray()).toEqual(sourcesBefore);
    expect(await upgraded.monitoringItems.toArray()).toEqual(itemsBefore);
    expect(upgraded.tables.map((table) => table.name).sort()).toEqual([
      'counters',
      'monitoringCoverage',
      'monitoringFetchLog',
      'monitoringHostEvents',
      'monitoringItems',
      'monitoringSources',
      'riskCategories',
      'riskEvents',
      'risks',
      'savedViews',
      'settings',
    ]);
    for (const table of [
      upgraded.risks,
      upgraded.riskEvents,
      upgraded.riskCategories,
      upgraded.savedViews,
      upgraded.counters,
    ]) {
      expect(await table.count(), table.name).toBe(0);
    }
    const risks = upgraded.risks.schema;
    expect(risks.idxByName.reference?.unique).toBe(true);
    expect(risks.idxByName.sequence?.unique).toBe(true);
    expect(Object.keys(risks.idxByName).sort()).toEqual(['deletedAt', 'reference', 'sequence']);

    const risk = (id: string, sequence: number): RiskRow => ({
      ...emptyRiskInput(),
      title: `If risk ${id} happens, then harm follows`,
      id,
      reference: riskReference(sequence),
      sequence,
      createdAt: testNow,
      updatedAt: testNow,
      deletedAt: null,
    });
    await upgraded.risks.add(risk('risk-1', 1));
    await expect(
      upgraded.risks.add({ ...risk('risk-2', 2), reference: riskReference(1) }),
    ).rejects.toMatchObject({ name: 'ConstraintError' });
    await expect(upgraded.risks.add(risk('risk-3', 1))).rejects.toMatchObject({
      name: 'ConstraintError',
    });
    await upgraded.risks.add(risk('risk-4', 4));
    expect((await upgraded.risks.orderBy('reference').toArray()).map(({ id }) => id)).toEqual([
      'risk-1',
      'risk-4',
    ]);

    await upgraded.riskEvents.bulkAdd([
      {
        id: 'event-2',
        riskId: 'risk-1',
        at: testNow + 1,
        kind: 'edited',
        changes: [],
        fields: ['title'],
        review: null,
      },
      {
        id: 'event-1',
        riskId: 'risk-1',
        at: testNow,
        kind: 'created',
        changes: [],
        fields: [],
        review: null,
      },
      {
        id: 'event-3',
        riskId: 'risk-4',
        at: testNow,
        kind: 'created',
        changes: [],
        fields: [],
        review: null,
      },
    ]);
    const timeline = await upgraded.riskEvents
      .where('[riskId+at]')
      .between(['risk-1', 0], ['risk-1', Number.MAX_SAFE_INTEGER])
      .toArray();
    expect(timeline.map(({ id }) => id)).toEqual(['event-1', 'event-2']);
    await upgraded.riskCategories.add({
      id: 'custom-logistics',
      name: 'Logistics',
      createdAt: testNow,
    });
    await upgraded.savedViews.add({
      id: 'view-1',
      area: 'risks',
      name: 'Mine',
      state: { sorting: [] },
      createdAt: testNow,
      updatedAt: testNow,
    });
    expect(await upgraded.savedViews.where('area').equals('risks').count()).toBe(1);
    expect(await upgraded.riskCategories.get('custom-logistics')).toMatchObject({
      name: 'Logistics',
    });
  });

  it('upgrades version 3 to 4 keeping settings and risks and adds empty, usable roster tables', async () => {
    const name = uniqueDatabaseName('v3-to-v4');
    const old = await openDatabaseAt(3, name);
    openDatabases.push(old);
    const settings = [
      { key: 'language', value: 'zh-TW', updatedAt: '2026-11-22T08:00:00.000Z' },
      { key: 'theme', value: 'dark', updatedAt: '2026-11-22T08:00:01.000Z' },
    ];
    await old.settings.bulkPut(settings);
    const risk: RiskRow = {
      ...emptyRiskInput(),
      title: 'If the spokesperson is unreachable, then the statement is late',
      id: 'risk-1',
      reference: riskReference(1),
      sequence: 1,
      createdAt: testNow,
      updatedAt: testNow,
      deletedAt: null,
    };
    await old.risks.add(risk);
    await old.counters.put({ name: 'riskSequence', value: 1 });
    expect(old.tables.map((table) => table.name)).not.toContain('people');
    old.close();

    const upgraded = new CrisisRoomDatabase(name, { upToVersion: 4 });
    openDatabases.push(upgraded);
    await upgraded.open();
    expect(upgraded.verno).toBe(4);
    expect(await upgraded.settings.orderBy('key').toArray()).toEqual(settings);
    expect(await upgraded.risks.toArray()).toEqual([risk]);
    expect(await upgraded.counters.get('riskSequence')).toEqual({ name: 'riskSequence', value: 1 });
    const tableNames = upgraded.tables.map((table) => table.name);
    for (const table of ['people', 'crisisRoles', 'qualificationTypes', 'roleTenures']) {
      expect(tableNames, table).toContain(table);
    }
    for (const table of [
      upgraded.people,
      upgraded.crisisRoles,
      upgraded.qualificationTypes,
      upgraded.roleTenures,
    ]) {
      expect(await table.count(), table.name).toBe(0);
    }
    expect(Object.keys(upgraded.roleTenures.schema.idxByName).sort()).toEqual([
      '[roleId+from]',
      'personId',
    ]);

    await upgraded.people.add({
      ...emptyPersonInput('Asia/Taipei'),
      name: '王小明',
      id: 'person-1',
      createdAt: testNow,
      updatedAt: testNow,
    });
    await upgraded.crisisRoles.add({
      ...defaultBuiltInRole(builtInRoles[0], 0),
      primaryPersonId: 'person-1',
      createdAt: testNow,
      updatedAt: testNow,
    });
    await upgraded.qualificationTypes.add({
      id: 'custom-drone',
      name: 'Drone',
      createdAt: testNow,
    });
    await upgraded.roleTenures.bulkAdd([
      {
        id: 'tenure-2',
        roleId: 'commander',
        personId: 'person-1',
        scope: 'roster',
        from: testNow + 1,
        to: null,
      },
      {
        id: 'tenure-1',
        roleId: 'commander',
        personId: 'person-2',
        scope: 'roster',
        from: testNow,
        to: testNow + 1,
      },
      {
        id: 'tenure-3',
        roleId: 'scribe',
        personId: 'person-1',
        scope: 'incident:incident-1',
        from: testNow,
        to: null,
      },
    ]);
    const commanderHistory = await upgraded.roleTenures
      .where('[roleId+from]')
      .between(['commander', -Infinity], ['commander', Infinity])
      .toArray();
    expect(commanderHistory.map(({ id }) => id)).toEqual(['tenure-1', 'tenure-2']);
    expect(await upgraded.roleTenures.where('personId').equals('person-1').count()).toBe(2);
    expect((await upgraded.people.get('person-1'))?.name).toBe('王小明');
    expect((await upgraded.crisisRoles.get('commander'))?.primaryPersonId).toBe('person-1');
    expect(await upgraded.qualificationTypes.count()).toBe(1);
  });

  it('upgrades version 4 to 5 keeping the roster and adds empty SOP tables whose versions are never replaced', async () => {
    const name = uniqueDatabaseName('v4-to-v5');
    const old = await openDatabaseAt(4, name);
    openDatabases.push(old);
    const person = {
      ...emptyPersonInput('Asia/Taipei'),
      name: '王小明',
      id: 'person-1',
      createdAt: testNow,
      updatedAt: testNow,
    };
    await old.people.add(person);
    await old.settings.put({
      key: 'language',
      value: 'zh-CN',
      updatedAt: '2026-11-22T08:00:00.000Z',
    });
    expect(old.tables.map((table) => table.name)).not.toContain('sops');
    old.close();

    const upgraded = new CrisisRoomDatabase(name, { upToVersion: 5 });
    openDatabases.push(upgraded);
    await upgraded.open();
    expect(upgraded.verno).toBe(5);
    expect(await upgraded.people.toArray()).toEqual([person]);
    expect((await upgraded.settings.get('language'))?.value).toBe('zh-CN');
    for (const table of [
      upgraded.sops,
      upgraded.sopVersions,
      upgraded.sopRuns,
      upgraded.statementTemplates,
      upgraded.statements,
      upgraded.commMatrixCells,
    ]) {
      expect(await table.count(), table.name).toBe(0);
    }
    expect(upgraded.sopVersions.schema.primKey.keyPath).toEqual(['sopId', 'version']);
    expect(Object.keys(upgraded.sopRuns.schema.idxByName)).toEqual(['[sopId+activatedAt]']);
    expect(Object.keys(upgraded.statements.schema.idxByName)).toEqual(['templateId']);

    const content = {
      title: '数据泄露应对',
      crisisTypeId: 'data-breach',
      purpose: '',
      triggerCriteria: '',
      severityIds: ['sev-1'],
      steps: [
        {
          id: 's1',
          title: '召集团队',
          ownerRoleId: 'commander',
          targetMinutes: 30,
          checklist: [],
          resources: [],
          notes: '',
        },
      ],
    };
    const version = {
      sopId: 'sop-1',
      version: 1,
      content,
      changeNote: '首版',
      publishedAt: testNow,
      publishedBy: '王小明',
    };
    await upgraded.sopVersions.add(version);
    await expect(
      upgraded.sopVersions.add({ ...version, changeNote: 'rewritten' }),
    ).rejects.toThrow();
    expect((await upgraded.sopVersions.get(['sop-1', 1]))?.changeNote).toBe('首版');
  });

  it('upgrades version 5 to 6 keeping SOP runs, indexing them by incident, with empty incident tables', async () => {
    const name = uniqueDatabaseName('v5-to-v6');
    const old = await openDatabaseAt(5, name);
    openDatabases.push(old);
    const run = {
      id: 'run-1',
      sopId: 'sop-1',
      version: 1,
      activatedAt: testNow,
      incidentId: null,
      steps: [],
      closedAt: null,
    };
    await old.sopRuns.add(run);
    expect(old.tables.map((table) => table.name)).not.toContain('incidents');
    old.close();

    const upgraded = new CrisisRoomDatabase(name, { upToVersion: 6 });
    openDatabases.push(upgraded);
    await upgraded.open();
    expect(upgraded.verno).toBe(6);
    expect(await upgraded.sopRuns.toArray()).toEqual([run]);
    expect(Object.keys(upgraded.sopRuns.schema.idxByName).sort()).toEqual([
      '[sopId+activatedAt]',
      'incidentId',
    ]);
    for (const table of [
      upgraded.incidents,
      upgraded.incidentTimeline,
      upgraded.incidentTasks,
      upgraded.incidentCommunications,
      upgraded.incidentDeadlines,
      upgraded.situationReports,
    ]) {
      expect(await table.count(), table.name).toBe(0);
    }
    await upgraded.sopRuns.put({ ...run, id: 'run-2', incidentId: 'incident-1' });
    expect(await upgraded.sopRuns.where('incidentId').equals('incident-1').count()).toBe(1);
    const entry = {
      id: 'entry-1',
      incidentId: 'incident-1',
      sequence: 0,
      recordedAt: testNow,
      prevHash: '',
      hash: 'a',
      kind: 'note' as const,
      at: testNow,
      author: '',
      source: 'manual' as const,
      isExternal: false,
      text: 'first',
      supersedesId: null,
    };
    await upgraded.incidentTimeline.add(entry);
    // The unique [incidentId+sequence] index: a second entry 0 of the same incident is refused.
    await expect(upgraded.incidentTimeline.add({ ...entry, id: 'entry-2' })).rejects.toThrow();
    await upgraded.incidentTimeline.add({ ...entry, id: 'entry-3', incidentId: 'incident-2' });
    expect(await upgraded.incidentTimeline.count()).toBe(2);
  });

  it('upgrades version 6 to 7 keeping incidents, with postmortems unique per incident', async () => {
    const name = uniqueDatabaseName('v6-to-v7');
    const old = await openDatabaseAt(6, name);
    openDatabases.push(old);
    await old.counters.put({ name: 'incidentSequence', value: 3 });
    expect(old.tables.map((table) => table.name)).not.toContain('postmortems');
    old.close();

    const upgraded = new CrisisRoomDatabase(name, { upToVersion: 7 });
    openDatabases.push(upgraded);
    await upgraded.open();
    expect(upgraded.verno).toBe(7);
    expect(await upgraded.counters.get('incidentSequence')).toEqual({
      name: 'incidentSequence',
      value: 3,
    });
    expect(await upgraded.postmortems.count()).toBe(0);
    expect(await upgraded.postmortemActionItems.count()).toBe(0);
    const content = {
      title: '資料外洩事後檢討',
      summary: '',
      impact: {
        customersAffected: null,
        revenueLoss: null,
        currency: 'TWD',
        recordsAffected: null,
        mediaReach: null,
        negativeSentimentPeakPercent: null,
        note: '',
      },
      detection: '',
      trigger: '',
      causes: [],
      whyChains: [],
      wentWell: '',
      wentBadly: '',
      gotLucky: '',
      nist: {
        whatHappened: '',
        staffPerformance: '',
        informationNeededSooner: '',
        hinderedRecovery: '',
        doDifferently: '',
      },
      result: '',
      lessons: [],
      tags: [],
    };
    const postmortem = {
      id: 'pm-1',
      reference: 'PM-0001',
      sequence: 1,
      incidentId: 'incident-1',
      content,
      status: 'draft' as const,
      statusHistory: [],
      reviewers: [],
      createdAt: testNow,
      updatedAt: testNow,
      publishedAt: null,
    };
    await upgraded.postmortems.add(postmortem);
    // One postmortem per incident: a second one for the same incident is refused.
    await expect(
      upgraded.postmortems.add({ ...postmortem, id: 'pm-2', reference: 'PM-0002', sequence: 2 }),
    ).rejects.toThrow();
    expect(await upgraded.postmortems.where('status').equals('draft').count()).toBe(1);
  });

  it('upgrades version 7 to 8 keeping items, indexing them by matched rule, with empty early-warning tables', async () => {
    const name = uniqueDatabaseName('v7-to-v8');
    const old = await openDatabaseAt(7, name);
    openDatabases.push(old);
    await seedSource(old);
    await old.monitoringItems.add({
      ...item('old-item'),
      id: 'old-item-id',
      sourceId: 'source-a',
      fetchedAt: testNow,
    });
    expect(old.tables.map((table) => table.name)).not.toContain('monitoringRules');
    old.close();

    const upgraded = new CrisisRoomDatabase(name, { upToVersion: 8 });
    openDatabases.push(upgraded);
    await upgraded.open();
    expect(upgraded.verno).toBe(8);
    const kept = await upgraded.monitoringItems.get('old-item-id');
    expect(kept?.dedupeKey).toBe('old-item');
    // Items from before rules carry no matches: the background re-match handles them.
    expect(kept?.ruleMatches).toBeUndefined();
    expect(await upgraded.monitoringRules.count()).toBe(0);
    expect(await upgraded.monitoringRollups.count()).toBe(0);
    expect(await upgraded.monitoringAlerts.count()).toBe(0);

    await upgraded.monitoringItems.update('old-item-id', {
      ruleMatches: [{ ruleId: 'rule-1', matchVersion: 1, terms: ['acme'] }],
      matchedRuleIds: ['rule-1'],
    });
    expect(
      await upgraded.monitoringItems.where('matchedRuleIds').equals('rule-1').primaryKeys(),
    ).toEqual(['old-item-id']);
    await upgraded.monitoringRollups.put({
      ruleId: 'rule-1',
      hourStart: testNow,
      mentions: 1,
      negative: 0,
      neutral: 1,
      positive: 0,
      sourceCounts: { 'source-a': 1 },
      termCounts: { acme: 1 },
      samples: [],
    });
    expect(await upgraded.monitoringRollups.get(['rule-1', testNow])).toMatchObject({
      mentions: 1,
    });
  });
});
