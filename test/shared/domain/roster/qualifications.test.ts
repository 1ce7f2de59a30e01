import { describe, expect, it } from 'vitest';
import { localizedTextSchema } from '../../../../shared/domain/localizedText';
import type { HeldQualification } from '../../../../shared/domain/roster/person';
import {
  bestQualification,
  builtInQualificationTypes,
  customQualificationIdPrefix,
  customQualificationTypeSchema,
  isBuiltInQualificationType,
  isQualificationCurrent,
  qualificationAlerts,
  qualificationState,
  qualificationWarningDays,
} from '../../../../shared/domain/roster/qualifications';

const today = '2026-11-22';

/** A held media-training qualification with `overrides` applied. */
function held(overrides: Partial<HeldQualification> = {}): HeldQualification {
  return {
    id: 'q-1',
    typeId: 'media-training',
    awardedOn: '2025-01-15',
    expiresOn: null,
    note: '',
    ...overrides,
  };
}

describe('qualificationState', () => {
  it('is valid while the expiry is more than the warning days away', () => {
    expect(qualificationWarningDays).toBe(30);
    expect(qualificationState(held({ expiresOn: '2026-12-23' }), today)).toBe('valid');
    expect(qualificationState(held({ expiresOn: '2030-01-01' }), today)).toBe('valid');
  });

  it('is expiring within the warning days, the 30th day included', () => {
    expect(qualificationState(held({ expiresOn: '2026-12-22' }), today)).toBe('expiring');
    expect(qualificationState(held({ expiresOn: '2026-11-23' }), today)).toBe('expiring');
    expect(qualificationState(held({ expiresOn: '2026-12-01' }), today, 5)).toBe('valid');
  });

  it('is expired from the expiry day on', () => {
    expect(qualificationState(held({ expiresOn: today }), today)).toBe('expired');
    expect(qualificationState(held({ expiresOn: '2026-11-21' }), today)).toBe('expired');
    expect(qualificationState(held({ expiresOn: '2020-06-30' }), today)).toBe('expired');
  });

  it('counts calendar days across month and year ends', () => {
    expect(qualificationState(held({ expiresOn: '2027-01-01' }), '2026-12-02')).toBe('expiring');
    expect(qualificationState(held({ expiresOn: '2027-01-01' }), '2026-12-01')).toBe('valid');
    expect(qualificationState(held({ expiresOn: '2028-03-01' }), '2028-02-29')).toBe('expiring');
  });

  it('has no expiry when none is recorded', () => {
    expect(qualificationState(held({ expiresOn: null }), today)).toBe('no-expiry');
    expect(qualificationState(held({ awardedOn: null, expiresOn: null }), today)).toBe('no-expiry');
  });

  it('is not yet awarded until the award day', () => {
    expect(qualificationState(held({ awardedOn: '2026-11-23', expiresOn: null }), today)).toBe(
      'not-yet-awarded',
    );
    expect(
      qualificationState(held({ awardedOn: '2026-12-01', expiresOn: '2028-12-01' }), today),
    ).toBe('not-yet-awarded');
    expect(qualificationState(held({ awardedOn: today, expiresOn: null }), today)).toBe(
      'no-expiry',
    );
  });

  it('counts valid, expiring and no-expiry as held', () => {
    expect(isQualificationCurrent('valid')).toBe(true);
    expect(isQualificationCurrent('expiring')).toBe(true);
    expect(isQualificationCurrent('no-expiry')).toBe(true);
    expect(isQualificationCurrent('expired')).toBe(false);
    expect(isQualificationCurrent('not-yet-awarded')).toBe(false);
  });
});

describe('bestQualification', () => {
  it('is null when the person never held that type', () => {
    expect(bestQualification([], 'media-training', today)).toBeNull();
    expect(bestQualification([held({ typeId: 'first-aid' })], 'media-training', today)).toBeNull();
  });

  it('prefers a current one over a lapsed one with a later expiry day listed first', () => {
    const lapsed = held({ id: 'old', expiresOn: '2026-01-01' });
    const renewed = held({ id: 'new', awardedOn: '2026-01-02', expiresOn: '2026-12-01' });
    expect(bestQualification([lapsed, renewed], 'media-training', today)).toEqual({
      qualification: renewed,
      state: 'expiring',
    });
    expect(bestQualification([renewed, lapsed], 'media-training', today)?.qualification.id).toBe(
      'new',
    );
  });

  it('prefers a current one over one not yet awarded, whatever the expiry', () => {
    const current = held({ id: 'current', expiresOn: '2027-06-01' });
    const upcoming = held({ id: 'upcoming', awardedOn: '2026-12-01', expiresOn: '2030-12-01' });
    expect(bestQualification([upcoming, current], 'media-training', today)?.qualification.id).toBe(
      'current',
    );
  });

  it('prefers the later expiry among current ones, and no expiry above all', () => {
    const sooner = held({ id: 'sooner', expiresOn: '2027-06-01' });
    const later = held({ id: 'later', expiresOn: '2028-06-01' });
    const forever = held({ id: 'forever', expiresOn: null });
    expect(bestQualification([sooner, later], 'media-training', today)?.qualification.id).toBe(
      'later',
    );
    expect(bestQualification([later, sooner], 'media-training', today)?.qualification.id).toBe(
      'later',
    );
    expect(bestQualification([sooner, forever, later], 'media-training', today)).toEqual({
      qualification: forever,
      state: 'no-expiry',
    });
  });

  it('gives the most recently expired one when none is current', () => {
    const older = held({ id: 'older', expiresOn: '2024-01-01' });
    const newer = held({ id: 'newer', expiresOn: '2025-01-01' });
    expect(bestQualification([newer, older], 'media-training', today)).toEqual({
      qualification: newer,
      state: 'expired',
    });
  });
});

describe('qualificationAlerts', () => {
  it('flags expiring and expired qualifications, not valid ones', () => {
    const expiring = held({ id: 'expiring', expiresOn: '2026-12-10' });
    const expired = held({ id: 'expired', typeId: 'first-aid', expiresOn: '2026-10-01' });
    const valid = held({ id: 'valid', typeId: 'legal-practice', expiresOn: '2029-01-01' });
    const lifelong = held({ id: 'lifelong', typeId: 'data-protection' });
    expect(qualificationAlerts([expiring, expired, valid, lifelong], today)).toEqual([
      { qualification: expiring, state: 'expiring' },
      { qualification: expired, state: 'expired' },
    ]);
  });

  it('ignores a lapsed or expiring entry renewed by a newer one of the same type', () => {
    const lapsed = held({ id: 'lapsed', expiresOn: '2026-01-01' });
    const expiring = held({ id: 'expiring', expiresOn: '2026-12-10' });
    const renewed = held({ id: 'renewed', awardedOn: '2026-11-01', expiresOn: '2028-11-01' });
    expect(qualificationAlerts([lapsed, expiring, renewed], today)).toEqual([]);
  });

  it('still flags a lapsed entry when the renewal is not awarded yet', () => {
    const lapsed = held({ id: 'lapsed', expiresOn: '2026-11-01' });
    const booked = held({ id: 'booked', awardedOn: '2026-12-05', expiresOn: '2028-12-05' });
    expect(qualificationAlerts([lapsed, booked], today)).toEqual([
      { qualification: lapsed, state: 'expired' },
    ]);
  });

  it('flags the newer entry itself when it is the one expiring', () => {
    const lapsed = held({ id: 'lapsed', expiresOn: '2025-11-01' });
    const expiring = held({ id: 'expiring', awardedOn: '2025-11-01', expiresOn: '2026-12-01' });
    expect(qualificationAlerts([lapsed, expiring], today)).toEqual([
      { qualification: expiring, state: 'expiring' },
    ]);
  });
});

describe('qualification types', () => {
  it('are written in every app language with unique ids', () => {
    const ids = builtInQualificationTypes.map(({ id }) => id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const type of builtInQualificationTypes) {
      expect(localizedTextSchema.safeParse(type.name).success, type.id).toBe(true);
      expect(type.id.startsWith(customQualificationIdPrefix), type.id).toBe(false);
      expect(isBuiltInQualificationType(type.id)).toBe(true);
    }
    expect(isBuiltInQualificationType('custom-media')).toBe(false);
  });

  it('made by users need the custom prefix and a name', () => {
    expect(
      customQualificationTypeSchema.safeParse({ id: 'custom-1', name: ' 無人機操作 ' }).data,
    ).toEqual({ id: 'custom-1', name: '無人機操作' });
    expect(customQualificationTypeSchema.safeParse({ id: 'drone', name: 'Drone' }).success).toBe(
      false,
    );
    expect(
      customQualificationTypeSchema.safeParse({ id: 'custom-1', name: '  ' }).error?.issues[0]
        ?.message,
    ).toBe('required');
  });
});
