import { parseCliArgs } from '../../src/cli/args';

describe('parseCliArgs', () => {
  it('reads the documented form with defaults', () => {
    expect(parseCliArgs(['số liệu 2024.xlsx', '--period', 'T6'])).toEqual({
      kind: 'run',
      options: { file: 'số liệu 2024.xlsx', period: 'T6', out: 'out', json: false, force: false, year: null, explain: false, requireData: false },
    });
  });

  it('accepts every period key of the contract, short options and --opt=value', () => {
    for (const p of ['6', 'T6', 't06', 'Q2', 'h1', '9M', 'Y']) {
      expect(parseCliArgs(['a.xlsx', `--period=${p}`])).toMatchObject({ kind: 'run', options: { period: p } });
    }
    expect(parseCliArgs(['a.xlsx', '-p', 'Q3', '-o', 'bao-cao', '--json', '--force', '--year', '2025'])).toEqual({
      kind: 'run',
      options: { file: 'a.xlsx', period: 'Q3', out: 'bao-cao', json: true, force: true, year: 2025, explain: false, requireData: false },
    });
  });

  it('--explain needs no period, and is not taken with --json', () => {
    expect(parseCliArgs(['a.xlsx', '--explain'])).toMatchObject({ kind: 'run', options: { explain: true, period: null } });
    expect(parseCliArgs(['a.xlsx', '--require-data'])).toMatchObject({ kind: 'run', options: { requireData: true } });
    const both = parseCliArgs(['a.xlsx', '--explain', '--json']);
    expect(both.kind).toBe('error');
  });

  it('leaves the period to the workbook when omitted', () => {
    expect(parseCliArgs(['a.xlsx'])).toMatchObject({ kind: 'run', options: { period: null } });
  });

  it.each([
    [['a.xlsx', '--period', 'T13'], /Kỳ báo cáo "T13" không hợp lệ/],
    [['a.xlsx', '--period', 'Q5'], /Q5/],
    [['a.xlsx', 'b.xlsx'], /Chỉ nhận một tệp.*"a\.xlsx", "b\.xlsx"/],
    [['a.xlsx', '--year', '2024.5'], /Năm "2024\.5" không hợp lệ/],
    [['a.xlsx', '--json=yes'], /--json không nhận giá trị/],
    [['a.xlsx', '--out', ''], /--out/],
  ])('rejects %j with one clear line', (argv, message) => {
    const r = parseCliArgs(argv);
    expect(r.kind).toBe('error');
    if (r.kind === 'error') {
      expect(r.message).toMatch(message);
      expect(r.message).not.toContain('\n');
    }
  });

  it('answers --help', () => {
    expect(parseCliArgs(['--help'])).toEqual({ kind: 'help' });
  });
});
