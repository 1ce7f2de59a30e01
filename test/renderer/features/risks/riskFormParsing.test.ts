import { describe, expect, it } from 'vitest';
import { parseNumberText } from '../../../../renderer/src/features/risks/detail/riskDetailFormat';
import { parseStakeholders } from '../../../../renderer/src/features/risks/detail/riskFormDraft';

describe('number fields', () => {
  it.each([
    ['250000', 250_000],
    ['250,000', 250_000],
    ['-1.5', -1.5],
    ['.5', 0.5],
    ['２５０，０００', 250_000],
    ['１２３．５', 123.5],
    ['  42  ', 42],
  ])('reads %j as %d', (text, expected) => {
    expect(parseNumberText(text)).toBe(expected);
  });

  it('reads a blank field as no value', () => {
    expect(parseNumberText('   ')).toBeNull();
  });

  it.each(['0x10', '1e3', '1,5', '12,34', 'abc', '-', '.', '1.2.3'])(
    'refuses %j rather than guessing',
    (text) => {
      expect(parseNumberText(text)).toBeNaN();
    },
  );
});

describe('stakeholder lists', () => {
  it('splits on lines and semicolons, as the CSV file does', () => {
    expect(parseStakeholders('Procurement; Plant manager\n法務部；公關部\n\n')).toEqual([
      'Procurement',
      'Plant manager',
      '法務部',
      '公關部',
    ]);
  });

  it('keeps a name with a comma or an enumeration comma whole', () => {
    expect(parseStakeholders('Smith, John\n法務、公關小組')).toEqual([
      'Smith, John',
      '法務、公關小組',
    ]);
  });
});
