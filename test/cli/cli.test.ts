/**
 * The command-line tool as a user runs it: `node bin/report.js` (what
 * `npm run report` runs: the compiled JavaScript in build/, compiled first
 * when src/ is newer), exit status,
 * standard output/error, files written. Figures are the seed's (June 2024,
 * Sóc Trăng).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { buildSampleWorkbook, SAMPLE_PATH } from '../../assets/sample/build-sample';
import { readXlsxFile } from '../../src/hosts/xlsx/read';

const ROOT = path.resolve(__dirname, '../..');
const LAUNCHER = path.join(ROOT, 'bin/report.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [LAUNCHER, ...args], { cwd, env: { ...process.env, BCN_DEBUG: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function sha256(file: string): Promise<string> {
  return createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex');
}

/** One clear line on stderr, nothing that looks like a stack trace. */
function expectOneCleanLine(stderr: string): void {
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^Lỗi: /);
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toMatch(/Error:/);
}

interface JsonIndicator {
  code: string | null;
  name: string;
  period: number | null;
  ytd: number | null;
  plan: number | null;
  planPct: number | null;
  changePct: number | null;
  schedule: string | null;
  incomplete: boolean;
  target: { op: string; value: number } | null;
  targetMet: boolean | null;
  children: JsonIndicator[];
}
interface JsonReport {
  period: { kind: string; from: number; to: number; year: number; label: string };
  sectors: { title: string; sheet: string; indicators: JsonIndicator[] }[];
  issues: { severity: string; code: string; sheet: string; cell: string; message: string }[];
  narrative: string;
  files: string[];
}

function find(report: JsonReport, code: string): JsonIndicator {
  const all: JsonIndicator[] = [];
  const visit = (list: JsonIndicator[]) => list.forEach((i) => (all.push(i), visit(i.children)));
  report.sectors.forEach((s) => visit(s.indicators));
  const hit = all.find((i) => i.code === code);
  if (!hit) throw new Error(`no indicator ${code} in the JSON`);
  return hit;
}

let work: string;
let input: string;
let bad: string;
let hashBefore: string;
const results = new Map<string, Run>();

/** Output folder of a run, inside the temporary work folder. */
const outDir = (name: string) => path.join(work, 'out-' + name);

/**
 * Every run of the tool this file checks, by name. They are independent
 * (separate output folders), so they run in parallel before the assertions.
 */
function jobs(): Record<string, string[]> {
  return {
    json: [input, '--period', 'T6', '--out', outDir('json'), '--json'],
    text: [input, '--out', outDir('text')],
    h1: [input, '--period', 'h1', '--out', outDir('h1'), '--json'],
    badText: [bad, '--period', 'T6', '--out', outDir('bad-text')],
    badJson: [bad, '--period', 'T6', '--out', outDir('bad-json'), '--json'],
    badForce: [bad, '--period', 'T6', '--out', outDir('bad-force'), '--force'],
    argNone: [],
    argPeriod: ['so-lieu.xlsx', '--period', 'Q5'],
    argUnknown: ['so-lieu.xlsx', '--xuat-pdf'],
    argNoValue: ['so-lieu.xlsx', '--period'],
    argYear: ['so-lieu.xlsx', '--year', '24'],
    missing: ['khong-co.xlsx', '--period', 'T6'],
    notXlsx: [path.join(work, 'bao-cao-thang-6.xlsx'), '--period', 'T6', '--json'],
    noSector: [path.join(work, 'danh-sach.xlsx'), '--period', 'T6'],
    noYear: [path.join(work, 'khong-nam.xlsx'), '--period', 'T6', '--out', outDir('no-year')],
    withYear: [
      path.join(work, 'khong-nam.xlsx'),
      '--period',
      'T6',
      '--year',
      '2024',
      '--out',
      outDir('with-year'),
      '--json',
    ],
    yearMismatch: [input, '--period', 'T6', '--year', '2023', '--out', outDir('mismatch')],
    outIsFile: [input, '--period', 'T6', '--out', path.join(work, 'bao-cao-thang-6.xlsx'), '--json'],
  };
}

function result(name: string): Run {
  const r = results.get(name);
  if (!r) throw new Error(`no run named ${name}`);
  return r;
}

async function writeWorkbook(file: string, wb: ExcelJS.Workbook): Promise<void> {
  await fs.writeFile(file, Buffer.from(await wb.xlsx.writeBuffer()));
}

beforeAll(async () => {
  // Compile build/ once here (when src/ changed) rather than inside the first timed test.
  const { ensureBuilt } = require(LAUNCHER) as { ensureBuilt: (quiet?: boolean) => string };
  ensureBuilt(true);
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'bcn-cli-'));
  input = path.join(work, 'so-lieu-nganh-2024.xlsx');
  await fs.copyFile(SAMPLE_PATH, input);
  hashBefore = await sha256(input);

  // The sample with two errors: VL02 (row 7) June in words, VL03 (row 8) May a broken reference.
  const wb = buildSampleWorkbook();
  const ws = wb.getWorksheet('1. Việc làm')!;
  ws.getCell('L7').value = 'khoảng 50';
  ws.getCell('K8').value = { formula: "'Bảng cũ'!B9", result: { error: '#REF!' } };
  bad = path.join(work, 'so-lieu-loi.xlsx');
  await writeWorkbook(bad, wb);

  // A text file renamed .xlsx.
  await fs.writeFile(path.join(work, 'bao-cao-thang-6.xlsx'), 'Báo cáo tháng 6 năm 2024\n(một tệp văn bản đổi đuôi)');

  // A workbook with no sector sheet (a staff list).
  const list = new ExcelJS.Workbook();
  const ls = list.addWorksheet('Danh sách');
  ls.addRow(['Họ và tên', 'Đơn vị']);
  ls.addRow(['Nguyễn Văn An', 'Phòng Lao động - Việc làm']);
  await writeWorkbook(path.join(work, 'danh-sach.xlsx'), list);

  // A sector sheet that names no year anywhere.
  const ny = new ExcelJS.Workbook();
  const ns = ny.addWorksheet('Việc làm');
  ns.addRow(['Mã', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm', 'T5', 'T6']);
  ns.addRow(['VL01', 'Số lao động được tạo việc làm', 'người', 28500, 3193, 3932]);
  await writeWorkbook(path.join(work, 'khong-nam.xlsx'), ny);

  // Run everything, four at a time.
  const queue = Object.entries(jobs());
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) results.set(job[0], await cli(job[1], work));
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}, 180_000);

afterAll(async () => {
  if (work) await fs.rm(work, { recursive: true, force: true });
});

describe('npm run report on the sample workbook (--json)', () => {
  let json: JsonReport;
  beforeAll(() => {
    json = JSON.parse(result('json').stdout) as JsonReport;
  });

  it('exits 0 and prints one JSON object and nothing else', () => {
    const r = result('json');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().startsWith('{')).toBe(true);
    expect(r.stdout.trim().endsWith('}')).toBe(true);
  });

  it('gives the seed figures for June 2024', () => {
    expect(json.period).toEqual({ kind: 'month', from: 6, to: 6, year: 2024, label: 'tháng 6 năm 2024' });
    const vl01 = find(json, 'VL01');
    expect([vl01.period, vl01.ytd, vl01.plan, vl01.planPct]).toEqual([3932, 16344, 28500, 57.35]);
    const vl011 = find(json, 'VL01.1');
    expect([vl011.period, vl011.ytd, vl011.plan, vl011.planPct]).toEqual([61, 193, 350, 55.14]);
    expect(vl01.children.map((c) => c.code)).toEqual(['VL01.1']);
    const ts = find(json, 'GDNN01');
    expect([ts.period, ts.ytd]).toEqual([2971, 7680]);
    expect(ts.children.map((c) => [c.code, c.period, c.ytd])).toEqual([
      ['GDNN01.1', 0, 13],
      ['GDNN01.2', 754, 3422],
      ['GDNN01.3', 2217, 4245],
    ]);
    const btxh = find(json, 'BTXH01');
    expect([btxh.period, ...btxh.children.map((c) => c.period)]).toEqual([106, 27, 32, 47]);
    expect(find(json, 'TNXH01').period).toBe(386);
    expect([find(json, 'VL04').period, find(json, 'VL02').period, find(json, 'VL03').period]).toEqual([1370, 2625, 22]);
    const poverty = find(json, 'GN01');
    expect(poverty.target).toEqual({ op: '<', value: 2.1 });
    expect(poverty.targetMet).toBe(false);
  });

  it('lists the nine sectors in workbook order', () => {
    expect(json.sectors.map((s) => s.sheet)).toEqual([
      '1. Việc làm',
      '2. Giáo dục nghề nghiệp',
      '3. Người có công',
      '4. Bảo trợ xã hội',
      '5. Trẻ em',
      '6. Bình đẳng giới',
      '7. Giảm nghèo',
      '8. Phòng chống TNXH',
      '9. Thanh tra - CCHC',
    ]);
    expect(json.sectors[0].title).toBe('Việc làm – Tiền lương – An toàn lao động');
  });

  it("reports the sample's deliberate warnings with sheet and cell, and no error", () => {
    expect(json.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const codes = json.issues.map((i) => `${i.code} ${i.sheet}!${i.cell}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'NUMBER_AS_TEXT 3. Người có công!J8',
        'FRACTIONAL_COUNT 6. Bình đẳng giới!J4',
        'MISSING_MONTH 8. Phòng chống TNXH!L7',
      ]),
    );
    expect(find(json, 'TNXH03').incomplete).toBe(true);
  });

  it('includes the narrative text', () => {
    // the opening paragraph, then section I, …, the closing paragraph
    expect(json.narrative).toMatch(
      /^Sở Lao động - Thương binh và Xã hội báo cáo kết quả thực hiện nhiệm vụ tháng 6 năm 2024 và nhiệm vụ trọng tâm tháng 7 năm 2024 như sau:\nI\. TÌNH HÌNH THỰC HIỆN THÁNG 6 NĂM 2024\n/,
    );
    expect(json.narrative).toMatch(/\nTrên đây là báo cáo .* của Sở Lao động - Thương binh và Xã hội\.\/\.$/);
    expect(json.narrative).toContain('16.344');
    expect(json.narrative).toContain('57,35%');
    expect(json.narrative).toContain('II. NHIỆM VỤ TRỌNG TÂM THÁNG 7 NĂM 2024');
    expect(json.narrative).not.toMatch(/NaN|undefined/);
  });

  it('writes the report workbook and the .docx into --out, named after the input', async () => {
    const xlsx = path.join(outDir('json'), 'so-lieu-nganh-2024 - BC T6-2024.xlsx');
    const docx = path.join(outDir('json'), 'so-lieu-nganh-2024 - BC T6-2024.docx');
    expect((await fs.readdir(outDir('json'))).sort()).toEqual(
      ['.bao-cao-nganh.json', path.basename(docx), path.basename(xlsx)].sort(),
    );
    expect(json.files.map((f) => path.resolve(work, f)).sort()).toEqual([docx, xlsx].sort());
    const written = await readXlsxFile(xlsx);
    expect(written.sheets.map((s) => [s.name, s.generated])).toEqual([
      ['BC T6-2024', true],
      ['ND T6-2024', true],
    ]);
    const bytes = await fs.readFile(docx);
    expect(bytes.subarray(0, 2).toString()).toBe('PK'); // a zip container, as .docx is
  });

  it('never modifies the input file (after all the runs of this file)', async () => {
    expect(await sha256(input)).toBe(hashBefore);
  });
});

describe('readable output and period choice', () => {
  it('without --period reports the latest month with data, in Vietnamese', () => {
    const r = result('text');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('BÁO CÁO THÁNG 6 NĂM 2024');
    expect(r.stdout).toContain('tháng gần nhất có số liệu');
    expect(r.stdout).toMatch(
      /VL01 Số lao động được tạo việc làm\s+người\s+3\.932\s+16\.344\s+57,35%\s+tăng 7,1%\s+vượt tiến độ/,
    );
    expect(r.stdout).toMatch(/GN01 Tỷ lệ hộ nghèo\s+%\s+2,62\s+2,62\s+chưa đạt \(< 2,1\)/);
    expect(r.stdout).toMatch(/TNXH03 .*–\*\s+121\*/);
    expect(r.stdout).toMatch(/Trang "3\. Người có công":\n\s+cảnh báo J8/);
    expect(r.stdout).toContain(path.join('out-text', 'so-lieu-nganh-2024 - BC T6-2024.docx'));
    expect(r.stdout).not.toMatch(/NaN|undefined/);
  });

  it('reports the first half year with --period H1', async () => {
    const r = result('h1');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as JsonReport;
    expect(json.period).toMatchObject({ kind: 'half', from: 1, to: 6, label: '6 tháng đầu năm 2024' });
    expect([find(json, 'VL01').period, find(json, 'VL01').ytd]).toEqual([16344, 16344]);
    expect(await fs.readdir(outDir('h1'))).toContain('so-lieu-nganh-2024 - BC 6T-2024.xlsx');
  });
});

describe('validation errors', () => {
  it('exits 2, prints the errors with their cells and writes nothing', async () => {
    const r = result('badText');
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/Trang "1\. Việc làm":/);
    expect(r.stdout).toMatch(/LỖI\s+L7\s+NOT_A_NUMBER/);
    expect(r.stdout).toMatch(/LỖI\s+K8\s+EXCEL_ERROR/);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/2 lỗi.*--force/);
    await expect(fs.access(outDir('bad-text'))).rejects.toThrow();
  });

  it('with --json still prints the JSON object, with the errors and no files', async () => {
    const r = result('badJson');
    expect(r.code).toBe(2);
    const json = JSON.parse(r.stdout) as JsonReport;
    expect(json.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ severity: 'error', code: 'NOT_A_NUMBER', sheet: '1. Việc làm', cell: 'L7' }),
        expect.objectContaining({ severity: 'error', code: 'EXCEL_ERROR', sheet: '1. Việc làm', cell: 'K8' }),
      ]),
    );
    expect(json.files).toEqual([]);
    await expect(fs.access(outDir('bad-json'))).rejects.toThrow();
  });

  it('with --force writes the report anyway', async () => {
    const r = result('badForce');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--force');
    expect((await fs.readdir(outDir('bad-force'))).sort()).toEqual([
      '.bao-cao-nganh.json',
      'so-lieu-loi - BC T6-2024.docx',
      'so-lieu-loi - BC T6-2024.xlsx',
    ]);
  });
});

describe('exit 1: one clear line on standard error, nothing on standard output', () => {
  it.each([
    ['no workbook', 'argNone', /Thiếu tệp/],
    ['an invalid period', 'argPeriod', /Kỳ báo cáo "Q5" không hợp lệ/],
    ['an unknown option', 'argUnknown', /Tùy chọn không có: --xuat-pdf/],
    ['a missing option value', 'argNoValue', /--period thiếu giá trị/],
    ['a bad year', 'argYear', /Năm "24" không hợp lệ/],
    ['a file that does not exist', 'missing', /Không tìm thấy tệp "khong-co\.xlsx"/],
    ['a file that is not an .xlsx (even with --json)', 'notXlsx', /Không đọc được "bao-cao-thang-6\.xlsx"/],
    ['a workbook without any sector sheet', 'noSector', /danh-sach\.xlsx.*trang lĩnh vực/],
    ['a workbook without a year', 'noYear', /năm báo cáo.*--year/],
    ['a --year that contradicts the workbook', 'yearMismatch', /năm 2024 nhưng --year là 2023/],
  ])('%s', (_label, name, message) => {
    const r = result(name);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expectOneCleanLine(r.stderr);
    expect(r.stderr).toMatch(message);
  });

  it('an --out that is a file: one line, and --json still prints the object with no files', () => {
    const r = result('outIsFile');
    expect(r.code).toBe(1);
    expectOneCleanLine(r.stderr);
    expect(r.stderr).toMatch(/Không ghi được .*không phải thư mục/);
    const json = JSON.parse(r.stdout) as JsonReport;
    expect(json.files).toEqual([]);
    expect(find(json, 'VL01').ytd).toBe(16344);
  });

  it('a workbook without a year works with --year', () => {
    const r = result('withYear');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as JsonReport;
    expect(json.period.label).toBe('tháng 6 năm 2024');
    expect(find(json, 'VL01').period).toBe(3932);
  });
});
