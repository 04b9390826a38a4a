/**
 * `--explain` (outputs.md §4 v2): the command line says, one paragraph a sheet, how it
 * read each sheet — spawned as a user runs it, on workbooks of the layout corpus
 * (test/corpus/README.md says what each models).
 */
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const MAIN = path.join(ROOT, 'src/cli/main.ts');
const CORPUS = path.join(ROOT, 'test/corpus/xlsx');

function cli(args: string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
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

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bcn-explain-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('--explain', () => {
  it('a hidden old "Tháng 6" before the visible one: the paragraph names both columns; nothing is written', async () => {
    // 06: header row 6: STT | Chỉ tiêu | ĐVT | KH năm | T1…T5 (E–I, T1–T3 hidden to print) | hidden "Tháng 6" (J) | "Tháng 6" (K)
    const r = await cli([path.join(CORPUS, '06-cot-an-thang-6-cu.xlsx'), '--explain'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(
      "Trang '2. Giáo dục nghề nghiệp': dòng tiêu đề 6; cột A: số thứ tự; cột B: tên chỉ tiêu; cột C: đơn vị tính; " +
        "cột D: kế hoạch năm; cột E–I: tháng 1–5/2024; cột J bỏ qua: cột ẩn trùng 'Tháng 6' (ô K6); cột K: tháng 6/2024.",
    );
    expect(await fs.readdir(dir)).toEqual([]); // no out/ folder: --explain writes nothing
  });

  it('year blocks in any order, an estimate column and an ignored year, one paragraph', async () => {
    // 15: "Năm 2024" (E–J) | "Ước TH tháng 6" (K) | "Năm 2022" (L–W) | "Năm 2023" (X–AI), header rows 6–7
    const r = await cli([path.join(CORPUS, '15-ba-khoi-nam-uoc-tinh.xlsx'), '--explain'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "Trang '1. Việc làm': dòng tiêu đề 6–7; cột A: số thứ tự; cột B: tên chỉ tiêu; cột C: đơn vị tính; cột D: kế hoạch năm; " +
        'cột E–J: tháng 1–6/2024; cột K: ước thực hiện tháng 6; ' +
        'cột L–W bỏ qua: số liệu năm 2022, không phải năm báo cáo 2024 hay năm trước; cột X–AI: cùng kỳ 2023.',
    );
    // what the program decided on the user's behalf is listed, as information
    expect(r.stdout).toContain('Chương trình đã tự quyết định (thông tin, không in vào báo cáo):');
    expect(r.stdout).toMatch(/Trang '1\. Việc làm' Ô K8: chỉ tiêu "Số lao động được tạo việc làm" chưa có số thực hiện tháng 6; dùng số ước thực hiện/);
  });

  it('sheets that were not read are said, with the reason', async () => {
    const r = await cli([path.join(CORPUS, '07-moi-thang-mot-sheet.xlsx'), '--explain'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Không đọc được:');
    expect(r.stdout).toContain("Trang 'T1' Ô A1: các trang 'T1', 'T2', 'T3', 'T4', 'T5', 'T6' là mẫu mỗi tháng một trang");
  });

  it('--explain with --json is refused in one line (the JSON already carries each layout)', async () => {
    const r = await cli([path.join(CORPUS, '06-cot-an-thang-6-cu.xlsx'), '--explain', '--json'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      'Lỗi: Dùng --explain hoặc --json, không dùng cả hai; JSON đã có "layout" của từng trang (use one of --explain, --json).',
    ]);
  });
});

describe('--json carries the layout of each sheet', () => {
  it('06: months, the hidden copy in "ignored", the visible June read', async () => {
    const r = await cli([path.join(CORPUS, '06-cot-an-thang-6-cu.xlsx'), '--json', '--period', 'T6', '--out', path.join(dir, 'out')], dir);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.sectors[0].layout).toEqual({
      headerRow: 6,
      headerRowLast: 6,
      year: 2024,
      columns: {
        stt: 'A',
        name: 'B',
        unit: 'C',
        plan: 'D',
        months: { 1: 'E', 2: 'F', 3: 'G', 4: 'H', 5: 'I', 6: 'K' },
        lastYearMonths: {},
        estimates: {},
      },
      ignored: [{ cell: 'J6', why: "cột ẩn trùng 'Tháng 6' (ô K6)", whyEn: "hidden column repeating 'Tháng 6' (cell K6)" }],
    });
    expect(json.issues.find((i: { code: string }) => i.code === 'HIDDEN_DUPLICATE_COLUMN')).toMatchObject({ severity: 'warning', cell: 'J6' });
  });
});

describe('a workbook that cannot be read as a report', () => {
  it('one sheet per month: exit 1 with the finding that says why and how to convert, not "no sector sheet"', async () => {
    const r = await cli([path.join(CORPUS, '07-moi-thang-mot-sheet.xlsx'), '--period', 'T6', '--out', path.join(dir, 'out')], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Lỗi: "07-moi-thang-mot-sheet\.xlsx": Ô A1: các trang 'T1', 'T2', 'T3', 'T4', 'T5', 'T6' là mẫu mỗi tháng một trang/);
    expect(r.stderr).toContain('npm run convert');
  });
});
