/**
 * A few corpus workbooks through the command-line tool (runCli, the code `bin/report.js`
 * runs) with --json: what a user or a script sees. Figures by hand as in corpus.test.ts.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../src/cli/main';
import { CORPUS_DIR } from './build-corpus';
import { ind, type JReport } from './open';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  out: string;
}

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'bcn-corpus-cli-'));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

async function cli(file: string, ...args: string[]): Promise<Run> {
  const out = await fs.mkdtemp(path.join(tmp, 'out-'));
  let stdout = '';
  let stderr = '';
  const code = await runCli([path.join(CORPUS_DIR, file), '--out', out, ...args], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr, out };
}

function oneLine(stderr: string): string {
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(stderr).not.toMatch(/^\s+at /m);
  return lines[0];
}

describe('corpus through the command line (--json)', () => {
  test('01: the JSON says how the sheet was read, and where the agency names came from', async () => {
    const r = await cli('01-so-tong-hop-hai-khoi-nam.xlsx', '--period', 'T6', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as JReport & {
      sectors: { layout: { headerRow: number; columns: Record<string, unknown>; ignored: { cell: string }[] } }[];
    };
    const layout = json.sectors[0].layout;
    expect(layout.columns).toMatchObject({
      name: 'B',
      unit: 'C',
      plan: 'D',
      months: { '1': 'E', '6': 'J', '12': 'P' },
      lastYearMonths: { '1': 'Q', '12': 'AB' },
    });
    // the numbering row (row 9: "A | B | C | 1 | 2 …") is named as ignored
    expect(layout.ignored.map((x) => x.cell)).toContain('B9');
    expect(json.issues.filter((i) => i.severity === 'info').map((i) => i.code)).toContain('AGENCY_FROM_TITLE');
    // 16.344 ÷ 28.500 → 57,35 % (corpus.test.ts)
    expect(ind(json, 'Số lao động được tạo việc làm').planPct).toBe(57.35);
    const written = await fs.readdir(r.out);
    expect(written.filter((f) => /\.(xlsx|docx)$/.test(f)).sort()).toEqual([
      '01-so-tong-hop-hai-khoi-nam - BC T6-2024.docx',
      '01-so-tong-hop-hai-khoi-nam - BC T6-2024.xlsx',
    ]);
  });

  test('03: an estimate that stood in for June is marked in the JSON and said in the text', async () => {
    const r = await cli('03-uoc-thuc-hien-thang-6.xlsx', '--period', 'T6', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as JReport;
    // 12.412 + 3.900 (estimate) = 16.312
    const vl = ind(json, 'Số lao động được tạo việc làm');
    expect([vl.period, vl.ytd, vl.estimated]).toEqual([3900, 16312, true]);
    expect(json.narrative).toMatch(/ước thực hiện/);
  });
  test('07: one sheet per month is refused in one line naming the sheets', async () => {
    const r = await cli('07-moi-thang-mot-sheet.xlsx', '--period', 'T6', '--year', '2024');
    expect(r.code).not.toBe(0);
    const line = oneLine(r.stderr);
    expect(line).toMatch(/T1\b/);
    expect(line).toMatch(/T6\b/);
    expect((await fs.readdir(r.out)).filter((f) => /\.(xlsx|docx)$/.test(f))).toEqual([]);
  });

  test('14: two unlabelled month blocks: nothing written, both column ranges named', async () => {
    const r = await cli('14-hai-khoi-khong-nhan.xlsx', '--period', 'T6');
    expect(r.code).not.toBe(0);
    const text = r.stdout + r.stderr;
    expect(text).toMatch(/E\s*[–-]\s*J/);
    expect(text).toMatch(/K\s*[–-]\s*P/);
    expect((await fs.readdir(r.out)).filter((f) => /\.(xlsx|docx)$/.test(f))).toEqual([]);
  });
});

describe('--explain on a corpus workbook', () => {
  test('06: says which "Tháng 6" was read and which hidden copy was skipped', async () => {
    const r = await cli('06-cot-an-thang-6-cu.xlsx', '--explain');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/E–I: tháng 1–5\/2024/);
    expect(r.stdout).toMatch(/J bỏ qua/);
    expect(r.stdout).toMatch(/K: tháng 6\/2024/);
    expect(await fs.readdir(r.out)).toEqual([]);
  });
});
