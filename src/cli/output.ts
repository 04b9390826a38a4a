/**
 * Writing the report files safely: all or nothing, never through a link, never
 * over the input, never over a file the tool did not write (unless --force).
 *
 * 1. Every target is looked at with `lstat` (the link itself, not what it points
 *    at): a symbolic link, a folder or a device in the way is refused, always.
 *    A target that is the input workbook — same device and inode, or the same
 *    real path (a hard link, a path spelled differently) — is refused, always.
 * 2. An existing target is replaced only when the tool wrote it: the record
 *    file `.bao-cao-nganh.json` in the output folder keeps the SHA-256 of each
 *    file written there and the real path of the workbook it came from. A file
 *    the user edited and saved (hash differs), an unrelated file of the same
 *    name (no record), or the report of another workbook with the same name
 *    (other source) is replaced only with --force.
 * 3. Every file (the .xlsx, the .docx and the record) is first written to a
 *    temporary file in the same folder (created with O_EXCL, so never through a
 *    planted link), flushed to disk, checked again with `lstat`; only when all
 *    are complete are they renamed into place. An existing file is first moved
 *    aside, and put back if any later step fails — so a failure leaves the old
 *    pair as it was (no truncated .docx, no new .xlsx beside an old .docx), and
 *    the temporary files are removed.
 *
 * The file system is passed in (`OutputFs`, default node:fs/promises), so tests
 * inject failures (a write cut short, a rename refused) without patching fs.
 */
import { promises as nodeFs } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { fsErrorText } from '../hosts/xlsx/fsErrors';

/** The subset of node:fs/promises the writer uses. */
export interface OutputFs {
  lstat(p: string): Promise<{
    isFile(): boolean;
    isDirectory(): boolean;
    isSymbolicLink(): boolean;
    dev: number;
    ino: number;
    size: number;
  }>;
  stat(p: string): Promise<{ dev: number; ino: number }>;
  realpath(p: string): Promise<string>;
  mkdir(p: string, opts: { recursive: true }): Promise<unknown>;
  readFile(p: string): Promise<Buffer>;
  writeFile(p: string, data: Uint8Array, opts: { flag: string; mode?: number }): Promise<void>;
  open(p: string, flags: string): Promise<{ sync(): Promise<void>; close(): Promise<void> }>;
  rename(from: string, to: string): Promise<void>;
  unlink(p: string): Promise<void>;
}

export const RECORD_FILE = '.bao-cao-nganh.json';

/** A refusal or failure with a message for the user (Vietnamese, English in brackets). */
export class OutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputError';
  }
}

export interface OutputFile {
  path: string;
  data: Uint8Array;
}

export interface WriteOptions {
  /** The workbook the report was made from (never written). */
  inputPath: string;
  /** Replace files the tool did not write (or that were edited since). */
  force: boolean;
  fs?: OutputFs;
}

interface RecordEntry {
  sha256: string;
  source: string;
  written: string;
}
interface RecordFile {
  tool: 'bao-cao-nganh';
  version: 1;
  files: Record<string, RecordEntry>;
}

const sha256 = (d: Uint8Array) => createHash('sha256').update(d).digest('hex');
const isMissing = (e: unknown) => (e as NodeJS.ErrnoException)?.code === 'ENOENT';

/** Writes all files (same folder) or none; see the file header. */
export async function writeOutputs(files: OutputFile[], opts: WriteOptions): Promise<void> {
  const fs: OutputFs = opts.fs ?? (nodeFs as unknown as OutputFs);
  if (files.length === 0) return;
  const dir = path.dirname(path.resolve(files[0].path));
  for (const f of files)
    if (path.dirname(path.resolve(f.path)) !== dir) throw new Error('writeOutputs: all files in one folder');

  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code;
    if (code === 'EEXIST' || code === 'ENOTDIR')
      throw new OutputError(
        `Không ghi được vào "${dir}": đó là một tệp, không phải thư mục; chọn --out khác (--out is a file, not a folder).`,
      );
    throw new OutputError(`Không ghi được vào thư mục "${dir}": ${fsErrorText(e, 'write')}.`);
  }
  const inputReal = await fs.realpath(opts.inputPath).catch(() => path.resolve(opts.inputPath));
  const inputId = await fs.stat(opts.inputPath).catch(() => null);
  const dirReal = await fs.realpath(dir).catch(() => dir);

  const recordPath = path.join(dir, RECORD_FILE);
  const record = await readRecord(fs, recordPath);

  // 1–2: look at every target before writing anything.
  const existing = new Set<string>();
  for (const f of files) {
    const target = path.resolve(f.path);
    const name = path.basename(target);
    const st = await lstatOrNull(fs, target);
    if (!st) {
      if (path.join(dirReal, name) === inputReal) throw sameAsInput(target);
      continue;
    }
    if (st.isSymbolicLink())
      throw new OutputError(
        `"${target}" là một liên kết (symbolic link/shortcut); chương trình không ghi qua liên kết để khỏi ghi đè tệp khác. ` +
          `Hãy xóa liên kết đó hoặc chọn thư mục khác bằng --out (the output path is a symbolic link; the tool never writes through one).`,
      );
    if (st.isDirectory())
      throw new OutputError(
        `"${target}" là một thư mục; hãy đổi tên/di chuyển thư mục đó hoặc chọn --out khác (a folder is in the way of the output file).`,
      );
    if (!st.isFile())
      throw new OutputError(`"${target}" không phải tệp thông thường; hãy chọn --out khác (not a regular file).`);
    if (
      (inputId && st.dev === inputId.dev && st.ino === inputId.ino) ||
      (await fs.realpath(target).catch(() => target)) === inputReal
    )
      throw sameAsInput(target);
    if (!opts.force) await checkOwned(fs, target, name, st.size, record, inputReal);
    existing.add(target);
  }
  const recordSt = await lstatOrNull(fs, recordPath);
  if (recordSt && !recordSt.isFile())
    throw new OutputError(
      `"${recordPath}" (tệp ghi nhận của chương trình) không phải tệp thông thường (liên kết/thư mục); hãy xóa nó rồi chạy lại (the record file is not a regular file).`,
    );

  // 3: temporary files, then renames.
  const now = new Date().toISOString();
  const next: RecordFile = { tool: 'bao-cao-nganh', version: 1, files: { ...record.files } };
  for (const f of files)
    next.files[path.basename(f.path)] = { sha256: sha256(f.data), source: inputReal, written: now };
  const all: OutputFile[] = [
    ...files.map((f) => ({ path: path.resolve(f.path), data: f.data })),
    { path: recordPath, data: Buffer.from(JSON.stringify(next, null, 2) + '\n', 'utf8') },
  ];
  if (recordSt) existing.add(recordPath);

  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const temps: string[] = [];
  const moved: { target: string; backup: string }[] = [];
  const placed: string[] = [];
  let current = all[0].path;
  try {
    for (const f of all) {
      current = f.path;
      const tmp = path.join(dir, `.${path.basename(f.path)}.${tag}.tmp`);
      // 'wx' = O_CREAT|O_EXCL: fails on anything already there, a link included.
      try {
        await fs.writeFile(tmp, f.data, { flag: 'wx', mode: 0o644 });
      } catch (e) {
        // a part may have been written (disk full); never remove what was there before (EEXIST)
        if ((e as NodeJS.ErrnoException)?.code !== 'EEXIST') await fs.unlink(tmp).catch(() => undefined);
        throw e;
      }
      temps.push(tmp);
      const fh = await fs.open(tmp, 'r+');
      try {
        await fh.sync();
      } finally {
        await fh.close();
      }
      const st = await fs.lstat(tmp);
      if (!st.isFile() || st.size !== f.data.byteLength)
        throw new OutputError(`Tệp tạm "${tmp}" không được ghi đủ (the temporary file is incomplete).`);
    }
    for (let i = 0; i < all.length; i++) {
      const target = all[i].path;
      current = target;
      const st = await lstatOrNull(fs, target);
      if (st && !st.isFile())
        throw new OutputError(`"${target}" đã bị thay bằng liên kết hoặc thư mục (changed while writing).`);
      if (st && !existing.has(target))
        throw new OutputError(`"${target}" vừa được tạo bởi chương trình khác (appeared while writing).`);
      if (st) {
        const backup = path.join(dir, `.${path.basename(target)}.${tag}.bak`);
        await fs.rename(target, backup);
        moved.push({ target, backup });
      }
      await fs.rename(temps[i], target);
      temps[i] = '';
      placed.push(target);
    }
  } catch (e) {
    // Put everything back as it was.
    for (const t of placed) await fs.unlink(t).catch(() => undefined);
    const kept: string[] = [];
    for (const m of moved.reverse())
      await fs.rename(m.backup, m.target).catch(() => kept.push(`"${m.target}" → "${m.backup}"`));
    for (const t of temps) if (t) await fs.unlink(t).catch(() => undefined);
    if (kept.length)
      throw new OutputError(
        `Không ghi được "${current}" và không đặt lại được bản cũ; bản cũ được giữ nguyên ở: ${kept.join('; ')} ` +
          `(the write failed and the previous file could not be put back; it is kept under the name shown).`,
      );
    if (e instanceof OutputError) throw e;
    throw new OutputError(
      `Không ghi được "${current}": ${fsErrorText(e, 'write')}. Không tệp nào bị thay đổi (nothing was changed).`,
    );
  }
  for (const m of moved) await fs.unlink(m.backup).catch(() => undefined);
}

async function lstatOrNull(fs: OutputFs, p: string) {
  try {
    return await fs.lstat(p);
  } catch (e) {
    if (isMissing(e)) return null;
    throw new OutputError(`Không kiểm tra được "${p}": ${fsErrorText(e, 'write')}.`);
  }
}

function sameAsInput(target: string): OutputError {
  return new OutputError(
    `Tệp kết quả "${target}" chính là tệp số liệu đang đọc; chọn thư mục --out khác (the output would overwrite the input workbook).`,
  );
}

async function readRecord(fs: OutputFs, p: string): Promise<RecordFile> {
  const empty: RecordFile = { tool: 'bao-cao-nganh', version: 1, files: {} };
  const st = await lstatOrNull(fs, p);
  if (!st || !st.isFile() || st.size > 1024 * 1024) return empty;
  try {
    const obj = JSON.parse((await fs.readFile(p)).toString('utf8')) as Partial<RecordFile>;
    if (obj.tool !== 'bao-cao-nganh' || !obj.files || typeof obj.files !== 'object') return empty;
    return { tool: 'bao-cao-nganh', version: 1, files: obj.files };
  } catch {
    return empty;
  }
}

/** An existing target may be replaced only if the record says the tool wrote exactly these bytes from this input. */
async function checkOwned(
  fs: OutputFs,
  target: string,
  name: string,
  size: number,
  record: RecordFile,
  inputReal: string,
): Promise<void> {
  const rec = record.files[name];
  const how = 'Hãy đổi tên hoặc di chuyển tệp đó, chọn thư mục khác bằng --out, hoặc chạy lại với --force để ghi đè';
  if (!rec)
    throw new OutputError(
      `Đã có tệp "${target}" mà chương trình không ghi (hoặc không còn dấu ghi nhận); không ghi đè. ${how} ` +
        `(a file the tool did not write is in the way; rename it, choose another --out, or use --force).`,
    );
  let same = false;
  if (size < 64 * 1024 * 1024) {
    try {
      same = sha256(await fs.readFile(target)) === rec.sha256;
    } catch (e) {
      throw new OutputError(`Không đọc được "${target}" để kiểm tra: ${fsErrorText(e, 'read')}.`);
    }
  }
  if (!same)
    throw new OutputError(
      `Tệp "${target}" đã được sửa sau khi chương trình ghi (ví dụ mở bằng Word/Excel rồi lưu); không ghi đè để khỏi mất phần đã sửa. ${how} ` +
        `(the file was changed since the tool wrote it; rename it, choose another --out, or use --force).`,
    );
  if (rec.source !== inputReal)
    throw new OutputError(
      `Tệp "${target}" là báo cáo lập từ một sổ khác cùng tên ("${rec.source}"); không ghi đè. ${how} ` +
        `(the file is the report of another workbook with the same name; rename it, choose another --out, or use --force).`,
    );
}
