import {
  chooseSheetName,
  MAX_SHEET_NAME,
  outputSheetNames,
  sanitizeSheetName,
} from '../../../src/engine/layout/naming';
import {
  generatedMarkerName,
  generatedMarkerRef,
  generatedSheetNames,
  markerSheetName,
} from '../../../src/engine/layout/marker';
import type { Period } from '../../../src/engine/types';

const p = (kind: Period['kind'], from: number, to: number): Period => ({ kind, from, to, year: 2024, label: '' });

describe('outputSheetNames', () => {
  it.each([
    [p('month', 6, 6), 'BC T6-2024', 'ND T6-2024'],
    [p('month', 12, 12), 'BC T12-2024', 'ND T12-2024'],
    [p('quarter', 4, 6), 'BC Q2-2024', 'ND Q2-2024'],
    [p('half', 1, 6), 'BC 6T-2024', 'ND 6T-2024'],
    [p('nine_months', 1, 9), 'BC 9T-2024', 'ND 9T-2024'],
    [p('year', 1, 12), 'BC 2024', 'ND 2024'],
  ])('%j → %s / %s', (period, report, narrative) => {
    expect(outputSheetNames(period)).toEqual({ report, narrative });
  });
});

describe('chooseSheetName', () => {
  const user = (name: string) => ({ name, generated: false });
  const ours = (name: string) => ({ name, generated: true });

  it('uses the wanted name when it is free', () => {
    expect(chooseSheetName('BC T6-2024', [user('Việc làm'), user('GDNN')])).toEqual({
      name: 'BC T6-2024',
      replaces: false,
    });
  });

  it('replaces its own sheet when regenerating', () => {
    expect(chooseSheetName('BC T6-2024', [user('Việc làm'), ours('BC T6-2024')])).toEqual({
      name: 'BC T6-2024',
      replaces: true,
    });
  });

  it('never touches a user sheet of the same name: "(2)", then "(3)"', () => {
    expect(chooseSheetName('BC T6-2024', [user('BC T6-2024')])).toEqual({ name: 'BC T6-2024 (2)', replaces: false });
    expect(chooseSheetName('BC T6-2024', [user('BC T6-2024'), user('BC T6-2024 (2)')])).toEqual({
      name: 'BC T6-2024 (3)',
      replaces: false,
    });
  });

  it('compares names as Excel does (case-insensitive)', () => {
    expect(chooseSheetName('BC T6-2024', [user('bc t6-2024')]).name).toBe('BC T6-2024 (2)');
  });

  it('regenerating next to a user sheet replaces its own "(2)" and nothing else', () => {
    expect(chooseSheetName('BC T6-2024', [user('BC T6-2024'), ours('BC T6-2024 (2)')])).toEqual({
      name: 'BC T6-2024 (2)',
      replaces: true,
    });
  });

  it('keeps within 31 characters, also with the "(n)" suffix', () => {
    const long = 'ND Báo cáo tổng hợp lĩnh vực lao động 2024';
    const first = chooseSheetName(long, []);
    expect(Array.from(first.name).length).toBeLessThanOrEqual(MAX_SHEET_NAME);
    const second = chooseSheetName(long, [user(first.name)]);
    expect(Array.from(second.name).length).toBeLessThanOrEqual(MAX_SHEET_NAME);
    expect(second.name.endsWith(' (2)')).toBe(true);
    expect(second.name).not.toBe(first.name);
  });

  it('strips the characters Excel forbids', () => {
    expect(sanitizeSheetName('BC T6/2024: [Sóc Trăng]*?\\')).toBe('BC T6 2024 Sóc Trăng');
    expect(chooseSheetName("'BC'", []).name).toBe('BC');
    expect(sanitizeSheetName('')).toBe('Báo cáo');
  });
});

describe('generated-sheet marker', () => {
  it('points a BCN_GENERATED_ name at A1 of the sheet and reads it back', () => {
    expect(generatedMarkerName('BC T6-2024')).toMatch(/^BCN_GENERATED_[0-9a-f]{8}$/);
    expect(generatedMarkerName('BC T6-2024')).not.toBe(generatedMarkerName('ND T6-2024'));
    expect(generatedMarkerRef("BC T6-2024 (Bà's)")).toBe("'BC T6-2024 (Bà''s)'!$A$1");
    expect(markerSheetName("'BC T6-2024 (Bà''s)'!$A$1")).toBe("BC T6-2024 (Bà's)");
    expect(markerSheetName('=Sheet1!$A$1')).toBe('Sheet1');
    expect(markerSheetName('#REF!')).toBeNull();
    const names = generatedSheetNames([
      { name: generatedMarkerName('BC T6-2024'), ref: generatedMarkerRef('BC T6-2024') },
      { name: 'KeHoach', ref: "'Việc làm'!$D$5:$D$20" },
      { name: 'BCN_GENERATED_deadbeef', ref: '#REF!' },
    ]);
    expect([...names]).toEqual(['BC T6-2024']);
  });
});
