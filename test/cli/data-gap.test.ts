/**
 * A report for a period whose last month has no data at all (the half-year
 * sample, January–June, asked for the year or for December): the CLI says so
 * loudly on standard error and still writes (exit 0); with --require-data it
 * stops (exit 2, nothing written). A period with data in its last month says nothing.
 */
import { promises as fs } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';

const SAMPLE = join(__dirname, '../../assets/sample/so-lieu-nganh-2024.xlsx');
const dir = mkdtempSync(join(tmpdir(), 'bcn-gap-'));

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('no data in the last month of the period', () => {
  it('Y on data to June: one loud line on stderr naming the month and how far the data goes; files written; exit 0', async () => {
    const out = join(dir, 'y');
    const r = await run(SAMPLE, '--period', 'Y', '--out', out);
    expect(r.code).toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^CẢNH BÁO: chưa có số liệu tháng 12\/2024 \(tháng cuối của kỳ năm 2024\); số liệu mới có đến hết tháng 6\/2024 — báo cáo vẫn được ghi/,
    );
    expect((await fs.readdir(out)).filter((f) => !f.startsWith('.')).sort()).toEqual([
      'so-lieu-nganh-2024 - BC 2024.docx',
      'so-lieu-nganh-2024 - BC 2024.xlsx',
    ]);
  });

  it('with --json the warning stays on stderr and stdout is still one JSON object', async () => {
    const r = await run(SAMPLE, '--period', 'T12', '--out', join(dir, 't12'), '--json');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/CẢNH BÁO: chưa có số liệu tháng 12\/2024 \(tháng cuối của kỳ tháng 12 năm 2024\)/);
    expect(JSON.parse(r.stdout).period).toMatchObject({ kind: 'month', to: 12 });
  });

  it('--require-data stops: exit 2, nothing written', async () => {
    const out = join(dir, 'strict');
    const r = await run(SAMPLE, '--period', '9M', '--out', out, '--require-data');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Lỗi: chưa có số liệu tháng 9\/2024 \(tháng cuối của kỳ 9 tháng năm 2024\).*chưa ghi báo cáo \(--require-data\)/);
    await expect(fs.access(out)).rejects.toThrow();
  });

  it('H1 (June has data) and T6 --require-data: no warning', async () => {
    for (const args of [['--period', 'H1'], ['--period', 'T6', '--require-data']]) {
      const r = await run(SAMPLE, ...args, '--out', join(dir, args[1]));
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
    }
  });
});
