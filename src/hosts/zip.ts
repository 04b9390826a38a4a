/**
 * Zip writing shared by the report writers — the .docx (src/docx) and the
 * .xlsx (src/hosts/xlsx/write.ts) — in the browser and in Node. fflate
 * compresses in JavaScript everywhere; a host with a faster DEFLATE passes it
 * as `deflate` (the command line: Node's native zlib, nodeDeflate.ts, ~5×
 * faster on a large report).
 */
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';

/**
 * Raw DEFLATE, one piece at a time: each piece compressed and flushed to a byte
 * boundary so that the pieces, joined, are one DEFLATE stream; `final` ends it.
 * It may answer later (a Promise), e.g. a DEFLATE working on other threads
 * while the writer builds the next piece: pieces are still written in order,
 * and `push` makes its caller wait while more than a few are in flight. The
 * command line's Node zlib answers at once (nodeDeflate.ts says why).
 */
export interface RawDeflate {
  (piece: Uint8Array, final: boolean): Uint8Array | Promise<Uint8Array>;
  /**
   * A faster CRC-32 for the entries (Node's native `zlib.crc32`); without it
   * fflate's JavaScript one — on a large report, as long as the deflate itself.
   */
  crc32?: (data: Uint8Array, value: number) => number;
}

/** Pieces being compressed at once by an asynchronous RawDeflate before `push` asks its caller to wait. */
const MAX_PIECES_IN_FLIGHT = 4;

/** A zip entry compressed (method 8, DEFLATE) by a RawDeflate; fflate computes its CRC and size. */
class DeflateWith extends ZipPassThrough {
  constructor(
    filename: string,
    private readonly deflate: RawDeflate,
    private readonly writer: PieceQueue,
  ) {
    super(filename);
    this.compression = 8;
  }

  private crcValue = 0;

  override push(chunk: Uint8Array, final = false): void {
    const crc32 = this.deflate.crc32;
    if (!crc32) return super.push(chunk, final);
    // What fflate's push does, with the host's CRC-32 instead of its own.
    this.crcValue = crc32(chunk, this.crcValue);
    this.size += chunk.length;
    if (final) this.crc = this.crcValue;
    this.process(chunk, final);
  }

  protected override process(chunk: Uint8Array, final: boolean): void {
    const out = this.deflate(chunk, final);
    // Compressed pieces reach the zip in the order they were pushed, whenever each is ready.
    this.writer.handOn(out, (bytes) => this.ondata(null, bytes as Uint8Array<ArrayBuffer>, final));
  }
}

/**
 * The order in which compressed pieces are handed on, and how many are still
 * being compressed: a synchronous RawDeflate's piece is handed on at once
 * (nothing queued before it can be pending), an asynchronous one's when it and
 * every piece before it are ready.
 */
class PieceQueue {
  private tail: Promise<void> = Promise.resolve();
  private pending: Promise<void>[] = [];
  private failure: unknown = null;
  private queued = false;

  handOn(out: Uint8Array | Promise<Uint8Array>, next: (bytes: Uint8Array) => void): void {
    if (!this.queued && !(out instanceof Promise)) return next(out);
    this.queued = true;
    const ready = Promise.all([out, this.tail]).then(([bytes]) => next(bytes));
    ready.catch((e: unknown) => (this.failure ??= e));
    this.tail = ready.catch(() => undefined);
    this.pending.push(this.tail);
  }

  /** Resolves once at most `max` pieces are still being compressed (the caller then builds the next one). */
  async room(max: number): Promise<void> {
    while (this.pending.length > max) await this.pending.shift();
  }

  /** Resolves when every piece has been handed on; rejects with the first failure. */
  async settled(): Promise<void> {
    await this.tail;
    this.pending = [];
    if (this.failure) throw this.failure;
  }
}

export interface ZipEntry {
  /**
   * Adds the next piece of the entry's content; `final` on the last one. With
   * an asynchronous DEFLATE, await the answer before building much more: it
   * resolves once few enough pieces are still being compressed, which keeps
   * memory bounded.
   */
  push(piece: Uint8Array, final?: boolean): Promise<void>;
}

export interface ZipWriter {
  /** Starts an entry; entries are written in the order they are added, one after the other. */
  add(name: string): ZipEntry;
  /** Ends the archive and returns its bytes (once every piece is compressed). */
  finish(): Promise<Uint8Array>;
}

/** A zip archive written in memory, compressed as it goes (only the compressed bytes are kept). */
export function zipWriter(deflate?: RawDeflate): ZipWriter {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, data) => {
    if (err) failure = err;
    else chunks.push(data);
  });
  const queue = new PieceQueue();
  return {
    add(name) {
      const entry = deflate ? new DeflateWith(name, deflate, queue) : new ZipDeflate(name, { level: 6 });
      zip.add(entry);
      return {
        push(piece, final = false) {
          entry.push(piece, final);
          return queue.room(MAX_PIECES_IN_FLIGHT);
        },
      };
    },
    async finish() {
      await queue.settled();
      zip.end();
      if (failure) throw failure;
      const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      let offset = 0;
      for (const c of chunks) {
        out.set(c, offset);
        offset += c.length;
      }
      return out;
    },
  };
}
