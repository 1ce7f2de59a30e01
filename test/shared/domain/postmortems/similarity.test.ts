import { describe, expect, it } from 'vitest';
import {
  prepareSimilarity,
  rankSimilarIncidents,
  similarIncidents,
} from '../../../../shared/domain/postmortems/similarity';
import { incidentWith, lessons, postmortemOf } from './eventTestSupport';

const day = (date: number) => Date.UTC(2026, 0, date, 3, 0);

const forumLeak = incidentWith(1, {
  title: '論壇會員資料外洩',
  summary: '舊論壇資料庫被公開下載。',
  detectedAt: day(1),
});
const vendorLeak = incidentWith(2, {
  title: 'Support vendor leak',
  summary: 'Tickets with customer emails exposed by the vendor.',
  detectedAt: day(5),
});
const olderVendorLeak = incidentWith(3, {
  title: 'Vendor leak of invoices',
  summary: '',
  detectedAt: day(3),
});
const rumour = incidentWith(4, {
  title: 'Vendor leak rumour',
  crisisTypeId: 'rumour',
  detectedAt: day(6),
});
const drill = incidentWith(5, {
  title: 'Tabletop: vendor leak',
  isExercise: true,
  detectedAt: day(7),
});
const untouched = incidentWith(6, { title: 'Laptop stolen', detectedAt: day(8) });
const incidents = [forumLeak, vendorLeak, olderVendorLeak, rumour, drill, untouched];
const postmortems = [
  postmortemOf(vendorLeak, 1, {
    lessons: lessons('Require MFA at every vendor', 'Keep vendor contacts current', 'Third'),
  }),
  postmortemOf(forumLeak, 2, { lessons: lessons('下架不用的舊系統') }),
];

const ids = (results: { incident: { id: string } }[]) => results.map(({ incident }) => incident.id);

describe('similarIncidents', () => {
  it('suggests only incidents of the same crisis type, none without a type', () => {
    const candidate = { crisisTypeId: 'rumour', title: 'Vendor leak' };
    expect(ids(similarIncidents(candidate, incidents, postmortems))).toEqual(['incident-4']);
    expect(
      similarIncidents({ crisisTypeId: null, title: 'Vendor leak' }, incidents, postmortems),
    ).toEqual([]);
  });

  it('ranks by shared words, the more recent first among equals, and says which words', () => {
    const results = similarIncidents(
      { crisisTypeId: 'data-breach', title: 'The vendor leak again' },
      incidents,
      postmortems,
      { limit: 4 },
    );
    // vendor + leak shared by both vendor incidents: the newer (5 Jan) before the older (3 Jan);
    // then the incidents sharing only the type, newest first; the drill is left out.
    expect(ids(results)).toEqual(['incident-2', 'incident-3', 'incident-6', 'incident-1']);
    expect(results[0]).toMatchObject({
      score: 2,
      sharedWords: ['vendor', 'leak'],
      postmortemId: 'pm-1',
      postmortemReference: 'PM-0001',
      lessons: ['Require MFA at every vendor', 'Keep vendor contacts current'],
    });
    expect(results[2]).toMatchObject({
      score: 0,
      sharedWords: [],
      postmortemId: null,
      lessons: [],
    });
  });

  it('lets more shared words outrank recency, counting the postmortem lessons', () => {
    const results = similarIncidents(
      { crisisTypeId: 'data-breach', title: 'Vendor leak', summary: 'MFA was missing' },
      incidents,
      postmortems,
    );
    expect(ids(results).slice(0, 2)).toEqual(['incident-2', 'incident-3']);
    expect(results[0]?.sharedWords).toEqual(['Vendor', 'leak', 'MFA']);
  });

  it('matches Chinese across scripts and names the shared phrase as the candidate wrote it', () => {
    const [first] = similarIncidents(
      { crisisTypeId: 'data-breach', title: '会员资料外泄', summary: '旧系统' },
      incidents,
      postmortems,
    );
    expect(first?.incident.id).toBe('incident-1');
    expect(first?.sharedWords).toEqual(['会员资料外泄', '旧系统']);
  });

  it('leaves exercises out unless the candidate is one, and never suggests the excluded incident', () => {
    const candidate = { crisisTypeId: 'data-breach', title: 'Tabletop vendor leak' };
    expect(ids(similarIncidents(candidate, incidents, postmortems))).not.toContain('incident-5');
    expect(
      ids(similarIncidents({ ...candidate, isExercise: true }, incidents, postmortems))[0],
    ).toBe('incident-5');
    expect(
      ids(similarIncidents(candidate, incidents, postmortems, { excludeIncidentId: 'incident-2' })),
    ).not.toContain('incident-2');
  });

  it('ignores stop words and single characters', () => {
    const results = similarIncidents(
      { crisisTypeId: 'data-breach', title: 'the of 資' },
      incidents,
      postmortems,
      { limit: 10 },
    );
    expect(results.every((result) => result.score === 0)).toBe(true);
  });

  it('ranks again from a prepared index with the same answer', () => {
    const index = prepareSimilarity(incidents, postmortems);
    const candidate = { crisisTypeId: 'data-breach', title: 'vendor leak' };
    expect(rankSimilarIncidents(index, candidate)).toEqual(
      similarIncidents(candidate, incidents, postmortems),
    );
  });
});
