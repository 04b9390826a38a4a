/**
 * The reporting-chain commands as users run them: `npm run template|convert|
 * consolidate -- …`, which run the compiled JavaScript in build/ through
 * bin/report.js (--entry=<name>), like `npm run report` — no TypeScript loader.
 * Exit status, standard output/error and the files written are checked; the
 * figures are the hand sums of test/chain/consolidate.test.ts.
 */
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { parseWorkbook } from '../../src/engine';
import { readXlsxFile } from '../../src/hosts/xlsx/read';
import { A, B, C, unitReturn } from '../chain/fixtures';

const ROOT = path.resolve(__dirname, '../..');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run -s <script> -- <args>` from the repository, as a user types it. */
function npmRun(script: string, args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '-s', script, '--', ...args], {
      cwd: ROOT,
      env: { ...process.env, BCN_DEBUG: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The build note (first run after a change) is allowed; anything else on stderr is one "Lỗi:" line. */
function errorLines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l.trim() && !l.startsWith('Đang biên dịch'));
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bcn-chain-cli-'));
  // Compile build/ once here (when src/ changed), as test/cli/cli.test.ts does, rather than in the first test.
  const { ensureBuilt } = require(path.join(ROOT, 'bin/report.js')) as { ensureBuilt: (quiet?: boolean) => string };
  ensureBuilt(true);
}, 120_000);
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('npm run template|convert|consolidate run the compiled build', () => {
  it('template: writes the workbook, which reads back with only the signer keys left to fill; run again it replaces its own file', async () => {
    const out = path.join(dir, 'mẫu 2025 Phú Lợi.xlsx');
    const args = [
      '--year',
      '2025',
      '--unit',
      'UBND phường Phú Lợi',
      '--parent',
      'UBND THÀNH PHỐ CẦN THƠ',
      '--place',
      'Phú Lợi',
      '--sectors',
      'VL,GN',
      '--out',
      out,
    ];
    const r = await npmRun('template', args);
    expect(errorLines(r.stderr)).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Đã tạo mẫu nhập liệu năm 2025 (2 lĩnh vực): ${out}\n`);
    const parsed = parseWorkbook(await readXlsxFile(out));
    expect(parsed.sectors.map((s) => s.sheet)).toEqual(['1. Việc làm', '7. Giảm nghèo']);
    // nothing to fix but what only the unit knows (its signer…): one warning listing the keys
    expect(parsed.findings.map((f) => [f.severity, f.code, f.sheet, f.cell])).toEqual([
      ['warning', 'MISSING_INFO_KEY', 'Thông tin', 'A12'],
    ]);
    expect(parsed.findings[0].message.vi).toContain('Người ký');
    // the same command again: the file is the tool's own, so it is replaced
    expect((await npmRun('template', args)).code).toBe(0);
  }, 60_000);

  it('template: never over a file the user made; a wrong option is one line, exit 1, no stack trace', async () => {
    const mine = path.join(dir, 'của tôi.xlsx');
    await fs.writeFile(mine, 'không phải của chương trình');
    const r = await npmRun('template', ['--year', '2025', '--out', mine]);
    expect(r.code).toBe(1);
    expect(errorLines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/^Lỗi: /m);
    expect(await fs.readFile(mine, 'utf8')).toBe('không phải của chương trình');

    const bad = await npmRun('template', ['--year', '2025', '--bogus', '--out', path.join(dir, 'x.xlsx')]);
    expect(bad.code).toBe(1);
    expect(errorLines(bad.stderr)).toEqual(['Lỗi: tùy chọn không hợp lệ --bogus (unknown option).']);
    expect(bad.stderr).not.toMatch(/^\s+at /m);
  }, 60_000);

  it('convert: a one-sheet-per-month book becomes the yearly layout (95 + 110 = 205 by hand); a missing file is one line', async () => {
    const input = path.join(dir, 'so-theo-thang.xlsx');
    const wb = new ExcelJS.Workbook();
    for (const [sheet, month, ytd] of [
      ['T1', 95, 95],
      ['T2', 110, 205],
    ] as const) {
      const ws = wb.addWorksheet(sheet);
      ws.getCell('A1').value = 'UBND XÃ TÂN THẠNH';
      ws.getCell('A2').value = `BÁO CÁO THÁNG ${sheet.slice(1)} NĂM 2025`;
      ws.getRow(4).values = ['STT', 'Nội dung', 'ĐVT', 'Kế hoạch năm', 'Thực hiện tháng', 'Lũy kế'];
      ws.getRow(5).values = ['I', 'LĨNH VỰC VIỆC LÀM'];
      ws.getRow(6).values = [1, 'Số lao động được tạo việc làm', 'người', 1200, month, ytd];
    }
    await wb.xlsx.writeFile(input);
    const out = path.join(dir, 'so-ca-nam.xlsx');
    const r = await npmRun('convert', [input, '--out', out]);
    expect(errorLines(r.stderr)).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Đã chuyển 2 trang tháng (T1, T2) thành 1 lĩnh vực, 1 chỉ tiêu, năm 2025');
    const parsed = parseWorkbook(await readXlsxFile(out));
    const ind = parsed.sectors[0].indicators[0];
    expect([ind.name, ind.plan, ind.months[1], ind.months[2], ind.months[3]]).toEqual([
      'Số lao động được tạo việc làm',
      1200,
      95,
      110,
      undefined,
    ]);

    const missing = await npmRun('convert', [path.join(dir, 'không có.xlsx'), '--out', path.join(dir, 'y.xlsx')]);
    expect(missing.code).toBe(1);
    expect(errorLines(missing.stderr)).toHaveLength(1);
    expect(missing.stderr).toMatch(/^Lỗi: .*không có\.xlsx/m);
  }, 60_000);

  it('consolidate: three returns add up to the hand sums; March stays empty while Mỹ Khánh has not sent it', async () => {
    const files = [
      await unitReturn(dir, 'an-hoa.xlsx', 'UBND phường An Hòa', A),
      await unitReturn(dir, 'tan-an.xlsx', 'UBND phường Tân An', B),
      await unitReturn(dir, 'my-khanh.xlsx', 'UBND xã Mỹ Khánh', C),
    ];
    const out = path.join(dir, 'tong-hop.xlsx');
    const r = await npmRun('consolidate', [...files, '--out', out, '--unit', 'Sở Nội vụ thành phố Cần Thơ']);
    expect(errorLines(r.stderr)).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'Đã tổng hợp 3/3 tệp (UBND phường An Hòa; UBND phường Tân An; UBND xã Mỹ Khánh), năm 2025',
    );
    expect(r.stdout).toContain('UNIT_MONTH_EMPTY');
    const parsed = parseWorkbook(await readXlsxFile(out));
    const vl01 = parsed.sectors[0].indicators.find((i) => i.code === 'VL01')!;
    // 120+80+60 = 260, 95+70+55 = 220, March incomplete → empty
    expect(vl01.months.slice(1, 4)).toEqual([260, 220, undefined]);
    expect(vl01.plan).toBe(3200);
  }, 60_000);
});
