/**
 * Writing the report files (src/cli/output.ts): all or nothing, never through a
 * link, never over the input, never over a file the tool did not write unless
 * --force. Failures are injected through the `fs` option, not by patching fs.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { OutputError, RECORD_FILE, writeOutputs, type OutputFs } from '../../src/cli/output';
import { runCli } from '../../src/cli/main';

const SAMPLE = path.resolve(__dirname, '../../assets/sample/so-lieu-nganh-2024.xlsx');

let dir: string;
let input: string;
let out: string;
const X = () => path.join(out, 'so-lieu - BC T6-2024.xlsx');
const D = () => path.join(out, 'so-lieu - BC T6-2024.docx');
const pair = (tag: string) => [
  { path: X(), data: Buffer.from(`xlsx ${tag}`) },
  { path: D(), data: Buffer.from(`docx ${tag} `.repeat(100)) },
];
const text = (p: string) => fs.readFile(p, 'utf8');

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bcn-out-'));
  input = path.join(dir, 'so-lieu.xlsx');
  await fs.writeFile(input, 'the input workbook');
  out = path.join(dir, 'out');
});
afterEach(async () => {
  await fs.chmod(out, 0o755).catch(() => undefined);
  await fs.rm(dir, { recursive: true, force: true });
});

/** Only the pair and the record: no temporary or backup file left behind. */
async function listing(): Promise<string[]> {
  return (await fs.readdir(out)).sort();
}

async function refused(p: Promise<unknown>, re: RegExp): Promise<void> {
  const e = await p.then(
    () => null,
    (x) => x,
  );
  expect(e).toBeInstanceOf(OutputError);
  expect((e as Error).message).toMatch(re);
  expect((e as Error).message).not.toMatch(/\n|E[A-Z]{3,}:/);
}

describe('writeOutputs', () => {
  it('writes both files and the record; a second run replaces its own files', async () => {
    await writeOutputs(pair('1'), { inputPath: input, force: false });
    expect(await listing()).toEqual([RECORD_FILE, 'so-lieu - BC T6-2024.docx', 'so-lieu - BC T6-2024.xlsx']);
    await writeOutputs(pair('2'), { inputPath: input, force: false });
    expect(await text(X())).toBe('xlsx 2');
    expect(await listing()).toHaveLength(3);
    const rec = JSON.parse(await text(path.join(out, RECORD_FILE)));
    expect(rec.files['so-lieu - BC T6-2024.xlsx'].source).toBe(await fs.realpath(input));
  });

  it('a symbolic link in --out under the output name is refused, and the file it points at is untouched', async () => {
    await fs.mkdir(out);
    const other = path.join(dir, 'tai-lieu-quan-trong.docx');
    await fs.writeFile(other, 'precious');
    await fs.symlink(input, X());
    await fs.symlink(other, D());
    await refused(writeOutputs(pair('1'), { inputPath: input, force: true }), /là một liên kết.*symbolic link/);
    expect(await text(input)).toBe('the input workbook');
    expect(await text(other)).toBe('precious');
    expect((await fs.lstat(X())).isSymbolicLink()).toBe(true);
  });

  it('a hard link to the input (same device and inode, other name) is refused even with --force', async () => {
    await fs.mkdir(out);
    await fs.link(input, X());
    await refused(writeOutputs(pair('1'), { inputPath: input, force: true }), /chính là tệp số liệu/);
    expect(await text(input)).toBe('the input workbook');
  });

  it('the input reached through another spelling of its folder (a linked folder) is refused', async () => {
    const alias = path.join(dir, 'bi-danh');
    await fs.symlink(dir, alias);
    const outputs = [{ path: path.join(alias, 'so-lieu.xlsx'), data: Buffer.from('x') }];
    await refused(writeOutputs(outputs, { inputPath: input, force: true }), /chính là tệp số liệu/);
    expect(await text(input)).toBe('the input workbook');
  });

  it('a file the tool did not write is not replaced without --force; with --force it is', async () => {
    await fs.mkdir(out);
    await fs.writeFile(D(), 'a report typed by hand');
    await refused(
      writeOutputs(pair('1'), { inputPath: input, force: false }),
      /Đã có tệp ".*BC T6-2024\.docx" mà chương trình không ghi.*--force/,
    );
    expect(await text(D())).toBe('a report typed by hand');
    expect(await listing()).toEqual(['so-lieu - BC T6-2024.docx']); // nothing else written either
    await writeOutputs(pair('1'), { inputPath: input, force: true });
    expect(await text(D())).toMatch(/^docx 1/);
  });

  it('a .docx the user edited and saved is not replaced without --force', async () => {
    await writeOutputs(pair('1'), { inputPath: input, force: false });
    await fs.writeFile(D(), 'docx 1 — with the director’s corrections');
    await refused(writeOutputs(pair('2'), { inputPath: input, force: false }), /đã được sửa sau khi chương trình ghi/);
    expect(await text(D())).toBe('docx 1 — with the director’s corrections');
    expect(await text(X())).toBe('xlsx 1'); // the pair stays a pair
  });

  it('the report of another workbook with the same name (another folder) is not replaced without --force', async () => {
    await writeOutputs(pair('1'), { inputPath: input, force: false });
    const otherInput = path.join(dir, 'huyen-khac', 'so-lieu.xlsx');
    await fs.mkdir(path.dirname(otherInput));
    await fs.writeFile(otherInput, 'another district');
    await refused(writeOutputs(pair('2'), { inputPath: otherInput, force: false }), /lập từ một sổ khác cùng tên/);
    expect(await text(X())).toBe('xlsx 1');
  });

  it('a folder in the way of an output file: refused before anything is written', async () => {
    await fs.mkdir(D(), { recursive: true });
    await refused(writeOutputs(pair('1'), { inputPath: input, force: true }), /là một thư mục/);
    expect(await listing()).toEqual(['so-lieu - BC T6-2024.docx']);
  });

  it('a write cut short (disk full) leaves the previous pair as it was and no temporary file', async () => {
    await writeOutputs(pair('1'), { inputPath: input, force: false });
    let writes = 0;
    const failing: OutputFs = {
      ...(fs as unknown as OutputFs),
      writeFile: async (p, data, opts) => {
        if (++writes === 2) {
          await fs.writeFile(p, data.subarray(0, 10), opts); // a part of the .docx, then the disk is full
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        }
        return fs.writeFile(p, data, opts);
      },
    };
    await refused(
      writeOutputs(pair('2'), { inputPath: input, force: false, fs: failing }),
      /hết dung lượng đĩa.*\(disk full\)/,
    );
    expect(await text(X())).toBe('xlsx 1');
    expect(await text(D())).toBe('docx 1 '.repeat(100));
    expect(await listing()).toEqual([RECORD_FILE, 'so-lieu - BC T6-2024.docx', 'so-lieu - BC T6-2024.xlsx']);
    // and the next ordinary run still recognises its own files
    await writeOutputs(pair('3'), { inputPath: input, force: false });
    expect(await text(D())).toMatch(/^docx 3/);
  });

  it('the .docx cannot be put in place (open in Word): the new .xlsx is taken back, the old pair stays', async () => {
    await writeOutputs(pair('1'), { inputPath: input, force: false });
    const failing: OutputFs = {
      ...(fs as unknown as OutputFs),
      rename: async (from, to) => {
        if (to === D() && from.endsWith('.tmp'))
          throw Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });
        return fs.rename(from, to);
      },
    };
    await refused(
      writeOutputs(pair('2'), { inputPath: input, force: false, fs: failing }),
      /đang được chương trình khác dùng/,
    );
    expect(await text(X())).toBe('xlsx 1');
    expect(await text(D())).toBe('docx 1 '.repeat(100));
    expect(await listing()).toEqual([RECORD_FILE, 'so-lieu - BC T6-2024.docx', 'so-lieu - BC T6-2024.xlsx']);
  });

  it('a read-only folder: a clear message, nothing written', async () => {
    if (process.getuid?.() === 0) {
      // root ignores permissions: inject what the kernel says to everyone else
      const ro: OutputFs = {
        ...(fs as unknown as OutputFs),
        writeFile: async () => {
          throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
        },
      };
      await refused(writeOutputs(pair('1'), { inputPath: input, force: false, fs: ro }), /không có quyền ghi/);
      expect(await listing()).toEqual([]);
      return;
    }
    await fs.mkdir(out);
    await fs.chmod(out, 0o555);
    await refused(writeOutputs(pair('1'), { inputPath: input, force: false }), /không có quyền ghi/);
    expect(await listing()).toEqual([]);
  });

  it('a read-only disk (EROFS) and a file too large (EFBIG): Vietnamese, no errno text', async () => {
    for (const [code, re] of [
      ['EROFS', /ổ đĩa chỉ cho đọc/],
      ['EFBIG', /tệp quá lớn/],
      ['ETXTBSY', /đang được chương trình khác dùng/],
    ] as const) {
      const failing: OutputFs = {
        ...(fs as unknown as OutputFs),
        writeFile: async () => {
          throw Object.assign(new Error(`${code}: raw text`), { code });
        },
      };
      await refused(writeOutputs(pair('1'), { inputPath: input, force: false, fs: failing }), re);
    }
  });
});

describe('the command line and an output link (the audit case)', () => {
  it('a link in --out named like the report does not overwrite the input workbook; exit 1, one clear line', async () => {
    const wb = path.join(dir, 'so-lieu-nganh-2024.xlsx');
    await fs.copyFile(SAMPLE, wb);
    const before = await fs.readFile(wb);
    await fs.mkdir(out);
    await fs.symlink(wb, path.join(out, 'so-lieu-nganh-2024 - BC T6-2024.xlsx'));
    let stderr = '';
    const code = await runCli([wb, '--period', 'T6', '--out', out, '--force'], {
      stdout: () => undefined,
      stderr: (t) => (stderr += t),
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^Lỗi: ".*BC T6-2024\.xlsx" là một liên kết/);
    expect(Buffer.compare(await fs.readFile(wb), before)).toBe(0);
    expect((await fs.readdir(out)).sort()).toEqual(['so-lieu-nganh-2024 - BC T6-2024.xlsx']);
  }, 30_000);
});
