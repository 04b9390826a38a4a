/**
 * Cell text never reaches the terminal as a control sequence (src/cli/terminal.ts):
 * a C1 CSI (U+009B), an escaped ESC (_x001B_, which Excel's XML decodes to ESC),
 * a bell and a right-to-left override in an indicator name.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../src/cli/main';
import { forTerminal, jsonForTerminal } from '../../src/cli/terminal';
import { rawWorkbookZip, rowXml, zipBytes } from '../hosts/xlsx/hostile';

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('forTerminal', () => {
  it('shows control and bidi characters as "�" and keeps Vietnamese, tabs and line feeds', () => {
    expect(forTerminal('Lao động\u001b[2J\u009b31m\u0007\u202enữ\n\tx')).toBe('Lao động�[2J�31m��nữ\n\tx');
  });
  it('JSON keeps the characters, escaped', () => {
    const json = jsonForTerminal(JSON.stringify({ name: 'a\u009bb\u202ec' }));
    expect(CONTROL.test(json)).toBe(false);
    expect(JSON.parse(json).name).toBe('a\u009bb\u202ec');
  });
});

describe('the readable summary and the JSON of a hostile workbook', () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bcn-term-'));
    file = path.join(dir, 'so-lieu.xlsx');
    const rows = [
      rowXml(1, ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6']),
      rowXml(2, [
        '1',
        'Lao động _x001B_]52;c;ZWNobyBoaQ==_x0007_ \u009b2J\u202evi\u1ec7c',
        'người',
        28500,
        2100,
        1850,
        2400,
        2650,
        3193,
        3932,
      ]),
      rowXml(3, ['2', 'Số hộ nghèo', 'hộ\u009b31m', 100, 10, 10, 10, 10, 10, -5]),
    ];
    await fs.writeFile(
      file,
      await zipBytes(
        rawWorkbookZip([
          { name: 'Thông tin', rows: [rowXml(1, ['Năm báo cáo', 2024])] },
          { name: 'Việc làm', rows },
        ]),
      ),
    );
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  async function run(args: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
    return { code, stdout, stderr };
  }

  it('no control character reaches stdout or stderr, in the figures or the findings', async () => {
    const r = await run([file, '--period', 'T6', '--out', path.join(dir, 'out'), '--force']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Lao động/);
    expect(r.stdout).toMatch(/NEGATIVE/); // the finding that quotes the hộ\u009b31m row is printed
    expect(CONTROL.test(r.stdout)).toBe(false);
    expect(CONTROL.test(r.stderr)).toBe(false);
  }, 30_000);

  it('--json: same text, escaped', async () => {
    const r = await run([file, '--period', 'T6', '--out', path.join(dir, 'out-json'), '--json', '--force']);
    expect(CONTROL.test(r.stdout)).toBe(false);
    const json = JSON.parse(r.stdout);
    expect(json.sectors[0].indicators[1].unit).toBe('hộ\u009b31m');
  }, 30_000);
});
