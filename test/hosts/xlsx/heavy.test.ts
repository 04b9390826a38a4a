/**
 * Hostile sizes through the real command line (`node bin/report.js`), each in a
 * spawned child under /usr/bin/time -v with a time bound: 100 000 indicator
 * rows, a zip bomb (honest and lying about its size), a 200 MB string, a 1.2 GB
 * file. Each must end in one clear line (exit 1) or a report (exit 0/2), with
 * peak memory under 1.5 GB. The peaks are printed (the numbers in the report
 * of issue 13 come from here).
 *
 * The normal suite runs three (100 000 rows of names, the honest bomb, the
 * 1.2 GB file: ~10 s); BCN_HEAVY=1 runs all, plus the largest workbook the
 * budget accepts (45 000 rows × 12 cells) read, computed and written end to
 * end with the heap capped at 2 GB.
 */
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { crc32 } from '../../../src/hosts/xlsx/inspect';
import { handZip, rowXml, workbookEntries } from './hostile';

const ROOT = path.resolve(__dirname, '../../..');
const LAUNCHER = path.join(ROOT, 'bin/report.js');
const LIMIT_KB = 1.5 * 1024 * 1024;
const HEADER = rowXml(1, ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6']);

interface Result {
  code: number | null;
  stderr: string;
  peakMB: number;
  seconds: number;
}

function runCli(
  file: string,
  out: string,
  timeoutMs: number,
  extra: string[] = [],
  env: Record<string, string> = {},
): Promise<Result> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(
      '/usr/bin/time',
      ['-v', process.execPath, LAUNCHER, file, '--period', 'T6', '--out', out, ...extra],
      {
        env: { ...process.env, BCN_DEBUG: '', ...env },
      },
    );
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.resume();
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? NaN);
      // what the tool said: without /usr/bin/time's report and the launcher's one-time compile note
      const own = stderr
        .split(/\n\s*Command being timed:/)[0]
        .split('\n')
        .filter((l) => !/^Command exited with|^Command terminated by|^Đang biên dịch/.test(l))
        .join('\n');
      resolve({ code, stderr: own.trim(), peakMB: Math.round(kb / 1024), seconds: (Date.now() - started) / 1000 });
    });
  });
}

let dir: string;
const measured: Record<string, string> = {};
beforeAll(async () => {
  // Compile build/ here (when src/ changed), not inside a measured run.
  const { ensureBuilt } = require(LAUNCHER) as { ensureBuilt: (quiet?: boolean) => string };
  ensureBuilt(true);
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bcn-heavy-'));
}, 120_000);
afterAll(async () => {
  console.log(
    'peak memory / time per case:\n' +
      Object.entries(measured)
        .map(([k, v]) => `  ${k}: ${v}`)
        .join('\n'),
  );
  await fs.rm(dir, { recursive: true, force: true });
});

/** Writes the file, runs the CLI on it, checks a clean ending under the memory limit. */
async function check(
  name: string,
  bytes: Uint8Array | null,
  expectStderr: RegExp,
  timeoutMs = 90_000,
): Promise<Result> {
  const file = path.join(dir, name);
  if (bytes) await fs.writeFile(file, bytes);
  const r = await runCli(file, path.join(dir, 'out-' + name), timeoutMs);
  measured[name] = `exit ${r.code}, ${r.peakMB} MB, ${r.seconds.toFixed(1)} s — ${r.stderr.slice(0, 160)}`;
  expect(r.code).toBe(1);
  expect(r.stderr.split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(/^Lỗi: /);
  expect(r.stderr).toMatch(expectStderr);
  expect(r.stderr).not.toMatch(/\bat \S+ \(|heap|Invalid array length|ENOMEM/);
  expect(r.peakMB * 1024).toBeLessThan(LIMIT_KB);
  return r;
}

function sheetOf(rows: string[]): Uint8Array {
  return new TextEncoder().encode(
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`,
  );
}

const deflated = (data: Uint8Array) => ({ raw: deflateRawSync(data), size: data.length, crc: crc32(data) });

const heavyIt = process.env.BCN_HEAVY ? it : it.skip;

describe('hostile sizes end in a clean refusal under 1.5 GB', () => {
  heavyIt(
    '100 000 indicator rows with their months (1 million cells)',
    async () => {
      const rows = [HEADER];
      for (let r = 2; r <= 100_001; r++)
        rows.push(rowXml(r, [String(r - 1), `Chỉ tiêu số ${r - 1}`, 'người', 1000, 10, 20, 30, 40, 50, 60]));
      const bytes = handZip(workbookEntries({ deflated: deflated(sheetOf(rows)) }));
      await check(
        '100k-chi-tieu.xlsx',
        bytes,
        /"xl\/worksheets\/sheet1\.xml" khi giải nén lớn 43 MB, vượt giới hạn 32 MB/,
      );
    },
    120_000,
  );

  it('100 000 indicator rows with names only (200 000 cells, inside the cell budget): refused by the rows budget before ExcelJS reads it', async () => {
    const rows = [HEADER];
    for (let r = 2; r <= 100_001; r++) rows.push(rowXml(r, [null, `Chỉ tiêu số ${r - 1}`, 'người']));
    const bytes = handZip(workbookEntries({ deflated: deflated(sheetOf(rows)) }));
    const r = await check('100k-ten.xlsx', bytes, /sổ có 100\.001 dòng có dữ liệu, vượt giới hạn 45\.000 dòng/);
    expect(r.peakMB).toBeLessThan(300); // refused from the XML, never built in ExcelJS
  }, 120_000);

  it('a zip bomb: 200 MB of shared strings in a 200 KB file', async () => {
    const zeros = new Uint8Array(200 * 1024 * 1024).fill(0x20);
    const bytes = handZip(
      workbookEntries({ data: sheetOf([HEADER]) }, [{ name: 'xl/sharedStrings.xml', deflated: deflated(zeros) }]),
    );
    expect(bytes.length).toBeLessThan(300_000);
    await check('bom.xlsx', bytes, /"xl\/sharedStrings\.xml" khi giải nén lớn 200 MB, vượt giới hạn 32 MB/);
  }, 120_000);

  heavyIt(
    'a zip bomb that lies: declares 2 KB, expands to 200 MB',
    async () => {
      const zeros = new Uint8Array(200 * 1024 * 1024).fill(0x20);
      const d = deflated(zeros);
      const bytes = handZip(workbookEntries({ deflated: { raw: d.raw, size: 2048, crc: d.crc } }));
      await check('bom-noi-doi.xlsx', bytes, /trang "Việc làm" \(xl\/worksheets\/sheet1\.xml\) bị hỏng/);
    },
    120_000,
  );

  heavyIt(
    'one 200 MB string in a sheet cell',
    async () => {
      const big = new TextEncoder().encode(
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>' +
          'a'.repeat(200 * 1024 * 1024) +
          '</t></is></c></row></sheetData></worksheet>',
      );
      const bytes = handZip(workbookEntries({ deflated: deflated(big) }));
      await check(
        'chuoi-200mb.xlsx',
        bytes,
        /xl\/worksheets\/sheet1\.xml" khi giải nén lớn 200 MB, vượt giới hạn 32 MB/,
      );
    },
    120_000,
  );

  it('a 1.2 GB file is refused from its size without being read', async () => {
    const file = path.join(dir, 'lon.xlsx');
    const fh = await fs.open(file, 'w');
    await fh.truncate(Math.round(1.2 * 1024 * 1024 * 1024));
    await fh.close();
    const r = await check('lon.xlsx', null, /tệp lớn 1229 MB, vượt giới hạn 50 MB/);
    expect(r.peakMB).toBeLessThan(300);
  }, 120_000);
});

(process.env.BCN_HEAVY ? describe : describe.skip)('the largest workbook the budget accepts (BCN_HEAVY=1)', () => {
  // 45 000 rows (the rows budget) × 12 cells = 540 000 cells (under the 550 000-cell budget), in one
  // sheet: the heaviest shape the budgets let through (README.md). It must complete with the
  // heap capped at 2 GB — measured: 1,36 GB heap peak, 1,51 GB resident, ~50 s.
  it('45 000 indicator rows × 12 cells: read, checked, computed and written with a 2 GB heap', async () => {
    const header = rowXml(1, [
      'STT',
      'Chỉ tiêu',
      'ĐVT',
      'Kế hoạch năm',
      'T1',
      'T2',
      'T3',
      'T4',
      'T5',
      'T6',
      'T7',
      'T8',
    ]);
    const rows = [header];
    for (let r = 2; r <= 45_000; r++)
      rows.push(rowXml(r, [String(r - 1), `Chỉ tiêu số ${r - 1}`, 'người', 1000, 10, 20, 30, 40, 50, 60, 70, 80]));
    const file = path.join(dir, 'bien.xlsx');
    await fs.writeFile(file, handZip(workbookEntries({ deflated: deflated(sheetOf(rows)) })));
    const r = await runCli(file, path.join(dir, 'out-bien'), 600_000, ['--year', '2024', '--force'], {
      NODE_OPTIONS: '--max-old-space-size=2048',
    });
    measured['bien.xlsx (45 000 rows, 540 000 cells, 2 GB heap)'] =
      `exit ${r.code}, ${r.peakMB} MB, ${r.seconds.toFixed(1)} s — ${r.stderr.slice(0, 160)}`;
    expect(r.stderr).not.toMatch(/heap out of memory/);
    expect(r.code).toBe(0);
    expect((await fs.readdir(path.join(dir, 'out-bien'))).filter((f) => f.endsWith('.docx'))).toHaveLength(1);
    expect(r.peakMB).toBeLessThan(2200);
  }, 600_000);
});
