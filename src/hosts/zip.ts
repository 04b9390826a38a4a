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
 */
export interface RawDeflate {
  (piece: Uint8Array, final: boolean): Uint8Array;
  /**
   * A faster CRC-32 for the entries (Node's native `zlib.crc32`); without it
   * fflate's JavaScript one — on a large report, as long as the deflate itself.
   */
  crc32?: (data: Uint8Array, value: number) => number;
}

/** A zip entry compressed (method 8, DEFLATE) by a RawDeflate; fflate computes its CRC and size. */
class DeflateWith extends ZipPassThrough {
  constructor(
    filename: string,
    private readonly deflate: RawDeflate,
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
    this.ondata(null, this.deflate(chunk, final) as Uint8Array<ArrayBuffer>, final);
  }
}

export interface ZipEntry {
  /** Adds the next piece of the entry's content; `final` on the last one. */
  push(piece: Uint8Array, final?: boolean): void;
}

export interface ZipWriter {
  /** Starts an entry; entries are written in the order they are added, one after the other. */
  add(name: string): ZipEntry;
  /** Ends the archive and returns its bytes. */
  finish(): Uint8Array;
}

/** A zip archive written in memory, compressed as it goes (only the compressed bytes are kept). */
export function zipWriter(deflate?: RawDeflate): ZipWriter {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, data) => {
    if (err) failure = err;
    else chunks.push(data);
  });
  return {
    add(name) {
      const entry = deflate ? new DeflateWith(name, deflate) : new ZipDeflate(name, { level: 6 });
      zip.add(entry);
      return entry;
    },
    finish() {
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
