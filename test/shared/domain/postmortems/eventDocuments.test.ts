import { describe, expect, it } from 'vitest';
import {
  calendarDayIn,
  defaultEventFilters,
  eventDocumentId,
  eventSearchDocuments,
  isEventDateRangeReversed,
  matchesEventFilters,
  maxEventListLength,
  maxEventSectionLength,
  parseEventDocumentId,
} from '../../../../shared/domain/postmortems/eventDocuments';
import type { EventFilters } from '../../../../shared/domain/postmortems/eventDocuments';
import { SearchIndex } from '../../../../shared/search/searchIndex';
import { incidentWith, lessons, postmortemOf } from './eventTestSupport';

const breach = incidentWith(1, {
  title: '會員資料外洩',
  summary: '客服系統遭入侵，**會員個資**外流。',
  detectionNote: '客戶來信通報',
  tags: ['個資', 'vendor'],
});
const postmortem = postmortemOf(breach, 1, {
  impact: {
    customersAffected: 1200,
    revenueLoss: null,
    currency: 'TWD',
    recordsAffected: null,
    mediaReach: null,
    negativeSentimentPeakPercent: null,
    note: 'Press coverage for two days',
  },
  trigger: 'A phished support account',
  causes: [{ id: 'cause-1', kind: 'root', category: 'supplier', text: 'No MFA at the vendor' }],
  whyChains: [{ id: 'why-1', problem: 'Account taken over', whys: ['Password reused'] }],
  wentWell: 'Holding statement within the hour',
  wentBadly: 'Legal joined late',
  gotLucky: 'It was a weekend',
  nist: {
    whatHappened: 'Attackers read tickets',
    staffPerformance: 'Calm',
    informationNeededSooner: 'Vendor logs',
    hinderedRecovery: 'No vendor contact at night',
    doDifferently: 'Rehearse with the vendor',
  },
  result: 'Contained in six hours',
  lessons: lessons('供應商合約須載明通報時限', 'Keep the vendor on-call number in the SOP'),
});

describe('eventSearchDocuments', () => {
  it('makes one incident and one postmortem document with reference titles and every written part', () => {
    const documents = eventSearchDocuments([breach], [postmortem], {
      crisisTypeName: () => 'Data breach',
      severityName: () => 'SEV 2 · Major',
    });
    expect(documents.map(({ id, kind, title }) => ({ id, kind, title }))).toEqual([
      { id: 'incident:incident-1', kind: 'incident', title: 'INC-0001 · 會員資料外洩' },
      { id: 'postmortem:pm-1', kind: 'postmortem', title: 'PM-0001 · 會員資料外洩' },
    ]);
    const [incidentDocument, postmortemDocument] = documents;
    expect(incidentDocument?.body).toContain('客服系統遭入侵，會員個資外流。');
    expect(incidentDocument?.body).toContain('客戶來信通報');
    expect(incidentDocument?.body).toContain('vendor');
    expect(incidentDocument?.body).toContain('Data breach');
    for (const part of [
      'Press coverage',
      'phished',
      'No MFA',
      'Password reused',
      'within the hour',
      'Legal joined late',
      'weekend',
      'Vendor logs',
      'Rehearse',
      'six hours',
      '供應商合約須載明通報時限',
      'on-call number',
      'SEV 2 · Major',
    ]) {
      expect(postmortemDocument?.body).toContain(part);
    }
  });

  it('keeps lessons indexed however long the sections before them are', () => {
    const long = 'x'.repeat(50_000);
    const wordy = postmortemOf(breach, 2, {
      summary: long,
      detection: long,
      wentWell: long,
      nist: {
        whatHappened: long,
        staffPerformance: long,
        informationNeededSooner: long,
        hinderedRecovery: long,
        doDifferently: long,
      },
      lessons: lessons('最後的教訓'),
    });
    const [, document] = eventSearchDocuments([breach], [wordy]);
    expect(document?.body).toContain('最後的教訓');
    expect(document?.body.length).toBeLessThan(16 * maxEventSectionLength + 3 * maxEventListLength);
  });

  it('lets the shared index find a postmortem by a lesson word written in the other Chinese script', () => {
    const index = new SearchIndex();
    for (const document of eventSearchDocuments([breach], [postmortem])) index.add(document);
    expect(index.search('通报时限').map((hit) => hit.id)).toEqual(['postmortem:pm-1']);
  });

  it('round-trips document ids and rejects others', () => {
    expect(parseEventDocumentId(eventDocumentId('postmortem', 'pm-9'))).toEqual({
      kind: 'postmortem',
      id: 'pm-9',
    });
    expect(parseEventDocumentId('incident:a:b')).toEqual({ kind: 'incident', id: 'a:b' });
    expect(parseEventDocumentId('sop:1')).toBeNull();
    expect(parseEventDocumentId('incident:')).toBeNull();
  });
});

describe('matchesEventFilters', () => {
  const taipei = 'Asia/Taipei';
  const filters = (overrides: Partial<EventFilters>): EventFilters => ({
    ...defaultEventFilters,
    ...overrides,
  });

  it('lets every real incident through by default and leaves exercises out', () => {
    expect(matchesEventFilters(breach, defaultEventFilters, taipei)).toBe(true);
    const drill = incidentWith(2, { isExercise: true });
    expect(matchesEventFilters(drill, defaultEventFilters, taipei)).toBe(false);
    expect(matchesEventFilters(drill, filters({ exercise: 'include' }), taipei)).toBe(true);
    expect(matchesEventFilters(drill, filters({ exercise: 'only' }), taipei)).toBe(true);
    expect(matchesEventFilters(breach, filters({ exercise: 'only' }), taipei)).toBe(false);
    expect(matchesEventFilters(breach, filters({ exercise: 'include' }), taipei)).toBe(true);
  });

  it('filters by crisis type and severity; an incident without a type passes only with no type chosen', () => {
    const untyped = incidentWith(3, { crisisTypeId: null });
    expect(matchesEventFilters(breach, filters({ crisisTypeIds: ['data-breach'] }), taipei)).toBe(
      true,
    );
    expect(matchesEventFilters(breach, filters({ crisisTypeIds: ['rumour'] }), taipei)).toBe(false);
    expect(matchesEventFilters(untyped, filters({ crisisTypeIds: ['rumour'] }), taipei)).toBe(
      false,
    );
    expect(matchesEventFilters(untyped, defaultEventFilters, taipei)).toBe(true);
    expect(matchesEventFilters(breach, filters({ severityIds: ['sev-1', 'sev-2'] }), taipei)).toBe(
      true,
    );
    expect(matchesEventFilters(breach, filters({ severityIds: ['sev-1'] }), taipei)).toBe(false);
  });

  it('compares the calendar day of detection in the given time zone, both ends included', () => {
    // 2026-03-01 17:30 UTC is already 2 March in Taipei, still 1 March in New York.
    const lateEvening = incidentWith(4, { detectedAt: Date.UTC(2026, 2, 1, 17, 30) });
    expect(calendarDayIn(lateEvening.detectedAt, taipei)).toBe('2026-03-02');
    const march2 = filters({ from: '2026-03-02', to: '2026-03-02' });
    expect(matchesEventFilters(lateEvening, march2, taipei)).toBe(true);
    expect(matchesEventFilters(lateEvening, march2, 'America/New_York')).toBe(false);
    expect(matchesEventFilters(lateEvening, filters({ to: '2026-03-01' }), taipei)).toBe(false);
    expect(matchesEventFilters(lateEvening, filters({ from: '2026-03-03' }), taipei)).toBe(false);
    expect(matchesEventFilters(lateEvening, filters({ from: '2026-02-01' }), taipei)).toBe(true);
    // A day that is not YYYY-MM-DD (a half-typed date) filters nothing.
    expect(matchesEventFilters(lateEvening, filters({ from: '2026-3' }), taipei)).toBe(true);
    expect(isEventDateRangeReversed(filters({ from: '2026-03-03', to: '2026-03-02' }))).toBe(true);
    expect(isEventDateRangeReversed(filters({ from: '2026-03-02', to: '2026-03-02' }))).toBe(false);
  });

  it('matches a tag of the incident or of its postmortem, ignoring case and Chinese script', () => {
    expect(matchesEventFilters(breach, filters({ tag: 'VENDOR' }), taipei)).toBe(true);
    expect(matchesEventFilters(breach, filters({ tag: '个资' }), taipei)).toBe(true);
    expect(matchesEventFilters(breach, filters({ tag: 'recall' }), taipei)).toBe(false);
    const tagged = postmortemOf(breach, 3, { tags: ['recall'] });
    expect(matchesEventFilters(breach, filters({ tag: 'recall' }), taipei, tagged)).toBe(true);
  });
});
