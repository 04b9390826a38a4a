/**
 * The command-line tool as a user runs it: spawned with tsx, exit status,
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
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const MAIN = path.join(ROOT, 'src/cli/main.ts');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [MAIN, ...args], { cwd, env: { ...process.env, BCN_DEBUG: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function sha256(file: string): Promise<string> {
  return createHash('sha256').update(await fs.readFile(file)).digest('hex');
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

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'bcn-cli-'));
  input = path.join(work, 'so-lieu-nganh-2024.xlsx');
  await fs.copyFile(SAMPLE_PATH, input);
});

afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

describe('npm run report on the sample workbook', () => {
  let run: Run;
  let json: JsonReport;
  let hashBefore: string;
  const out = () => path.join(work, 'ket-qua');

  beforeAll(async () => {
    hashBefore = await sha256(input);
    run = await cli([input, '--period', 'T6', '--out', out(), '--json'], work);
    json = JSON.parse(run.stdout) as JsonReport;
  });

  it('exits 0 and prints one JSON object and nothing else', () => {
    expect(run.code).toBe(0);
    expect(run.stdout.trim().startsWith('{')).toBe(true);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
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

  it('reports the sample\'s deliberate warnings with sheet and cell, and no error', () => {
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
    expect(json.narrative).toMatch(/^I\. TÌNH HÌNH THỰC HIỆN THÁNG 6 NĂM 2024/);
    expect(json.narrative).toContain('16.344');
    expect(json.narrative).toContain('57,35%');
    expect(json.narrative).not.toMatch(/NaN|undefined/);
  });

  it('writes the report workbook and the .docx into --out, named after the input', async () => {
    const xlsx = path.join(out(), 'so-lieu-nganh-2024 - BC T6-2024.xlsx');
    const docx = path.join(out(), 'so-lieu-nganh-2024 - BC T6-2024.docx');
    expect((await fs.readdir(out())).sort()).toEqual([path.basename(docx), path.basename(xlsx)].sort());
    expect(json.files.map((f) => path.resolve(work, f)).sort()).toEqual([docx, xlsx].sort());
    const written = await readXlsxFile(xlsx);
    expect(written.sheets.map((s) => [s.name, s.generated])).toEqual([
      ['BC T6-2024', true],
      ['ND T6-2024', true],
    ]);
    const bytes = await fs.readFile(docx);
    expect(bytes.subarray(0, 2).toString()).toBe('PK'); // a zip container, as .docx is
  });

  it('never modifies the input file', async () => {
    expect(await sha256(input)).toBe(hashBefore);
  });
});

describe('readable output and period choice', () => {
  it('without --period reports the latest month with data, in Vietnamese', async () => {
    const out = path.join(work, 'mac-dinh');
    const r = await cli([input, '--out', out], work);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('BÁO CÁO THÁNG 6 NĂM 2024');
    expect(r.stdout).toContain('tháng gần nhất có số liệu');
    expect(r.stdout).toMatch(/VL01 Số lao động được tạo việc làm\s+người\s+3\.932\s+16\.344\s+57,35%/);
    expect(r.stdout).toMatch(/Trang "3\. Người có công":\n\s+cảnh báo J8/);
    expect(r.stdout).toContain(path.join('mac-dinh', 'so-lieu-nganh-2024 - BC T6-2024.docx'));
    expect(r.stdout).not.toMatch(/NaN|undefined/);
  });

  it('reports the first half year with --period H1', async () => {
    const out = path.join(work, 'h1');
    const r = await cli([input, '--period', 'h1', '--out', out, '--json'], work);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as JsonReport;
    expect(json.period).toMatchObject({ kind: 'half', from: 1, to: 6, label: '6 tháng đầu năm 2024' });
    expect([find(json, 'VL01').period, find(json, 'VL01').ytd]).toEqual([16344, 16344]);
    expect(await fs.readdir(out)).toContain('so-lieu-nganh-2024 - BC 6T-2024.xlsx');
  });
});

describe('validation errors', () => {
  let bad: string;
  beforeAll(async () => {
    const wb = buildSampleWorkbook();
    const ws = wb.getWorksheet('1. Việc làm')!;
    // VL02 (row 7) June: the clerk wrote words instead of a number; VL03 (row 8) May: a broken reference.
    ws.getCell('L7').value = 'khoảng 50';
    ws.getCell('K8').value = { formula: "'Bảng cũ'!B9", result: { error: '#REF!' } };
    bad = path.join(work, 'so-lieu-loi.xlsx');
    await fs.writeFile(bad, Buffer.from(await wb.xlsx.writeBuffer()));
  });

  it('exits 2, prints the errors with their cells and writes nothing', async () => {
    const out = path.join(work, 'loi');
    const r = await cli([bad, '--period', 'T6', '--out', out], work);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/Trang "1\. Việc làm":/);
    expect(r.stdout).toMatch(/LỖI\s+L7\s+NOT_A_NUMBER/);
    expect(r.stdout).toMatch(/LỖI\s+K8\s+EXCEL_ERROR/);
    expect(r.stderr).toMatch(/--force/);
    await expect(fs.access(out)).rejects.toThrow();
  });

  it('with --json still prints the JSON object, with the errors and no files', async () => {
    const r = await cli([bad, '--period', 'T6', '--out', path.join(work, 'loi-json'), '--json'], work);
    expect(r.code).toBe(2);
    const json = JSON.parse(r.stdout) as JsonReport;
    expect(json.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ severity: 'error', code: 'NOT_A_NUMBER', sheet: '1. Việc làm', cell: 'L7' }),
        expect.objectContaining({ severity: 'error', code: 'EXCEL_ERROR', sheet: '1. Việc làm', cell: 'K8' }),
      ]),
    );
    expect(json.files).toEqual([]);
  });

  it('with --force writes the report anyway', async () => {
    const out = path.join(work, 'loi-force');
    const r = await cli([bad, '--period', 'T6', '--out', out, '--force'], work);
    expect(r.code).toBe(0);
    expect((await fs.readdir(out)).sort()).toEqual(['so-lieu-loi - BC T6-2024.docx', 'so-lieu-loi - BC T6-2024.xlsx']);
  });
});

describe('exit 1: one clear line on standard error', () => {
  it.each([
    ['no workbook', [] as string[], /Thiếu tệp/],
    ['an invalid period', ['so-lieu.xlsx', '--period', 'Q5'], /Kỳ báo cáo "Q5" không hợp lệ/],
    ['an unknown option', ['so-lieu.xlsx', '--xuat-pdf'], /Tùy chọn không có: --xuat-pdf/],
    ['a missing option value', ['so-lieu.xlsx', '--period'], /--period thiếu giá trị/],
    ['a bad year', ['so-lieu.xlsx', '--year', '24'], /Năm "24" không hợp lệ/],
  ])('%s', async (_label, args, message) => {
    const r = await cli(args, work);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expectOneCleanLine(r.stderr);
    expect(r.stderr).toMatch(message);
  });

  it('a file that does not exist', async () => {
    const r = await cli(['khong-co.xlsx', '--period', 'T6'], work);
    expect(r.code).toBe(1);
    expectOneCleanLine(r.stderr);
    expect(r.stderr).toMatch(/Không tìm thấy tệp "khong-co\.xlsx"/);
  });

  it('a file that is not an .xlsx (even with --json: nothing on stdout)', async () => {
    const fake = path.join(work, 'bao-cao-thang-6.xlsx');
    await fs.writeFile(fake, 'Báo cáo tháng 6 năm 2024\n(một tệp văn bản đổi đuôi)');
    const r = await cli([fake, '--period', 'T6', '--json'], work);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expectOneCleanLine(r.stderr);
    expect(r.stderr).toMatch(/Không đọc được "bao-cao-thang-6\.xlsx"/);
  });

  it('a workbook without any sector sheet', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách');
    ws.addRow(['Họ và tên', 'Đơn vị']);
    ws.addRow(['Nguyễn Văn An', 'Phòng Lao động - Việc làm']);
    const file = path.join(work, 'danh-sach.xlsx');
    await fs.writeFile(file, Buffer.from(await wb.xlsx.writeBuffer()));
    const r = await cli([file, '--period', 'T6'], work);
    expect(r.code).toBe(1);
    expectOneCleanLine(r.stderr);
    expect(r.stderr).toMatch(/danh-sach\.xlsx.*trang lĩnh vực/);
  });

  it('a workbook without a year, unless --year is given', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Việc làm');
    ws.addRow(['Mã', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm', 'T5', 'T6']);
    ws.addRow(['VL01', 'Số lao động được tạo việc làm', 'người', 28500, 3193, 3932]);
    const file = path.join(work, 'khong-nam.xlsx');
    await fs.writeFile(file, Buffer.from(await wb.xlsx.writeBuffer()));

    const r = await cli([file, '--period', 'T6', '--out', path.join(work, 'kn')], work);
    expect(r.code).toBe(1);
    expectOneCleanLine(r.stderr);
    expect(r.stderr).toMatch(/năm báo cáo.*--year/);

    const ok = await cli([file, '--period', 'T6', '--year', '2024', '--out', path.join(work, 'kn'), '--json'], work);
    expect(ok.code).toBe(0);
    const json = JSON.parse(ok.stdout) as JsonReport;
    expect(json.period.label).toBe('tháng 6 năm 2024');
    expect(find(json, 'VL01').period).toBe(3932);
  });

  it('refuses a year that contradicts the workbook', async () => {
    const r = await cli([input, '--period', 'T6', '--year', '2023'], work);
    expect(r.code).toBe(1);
    expectOneCleanLine(r.stderr);
    expect(r.stderr).toMatch(/năm 2024 nhưng --year là 2023/);
  });
});
