/**
 * Node's native zlib as the report writers' DEFLATE (src/hosts/zip.ts): the
 * command line passes it to buildDocx and renderLayoutsToXlsx. Each piece is
 * compressed on its own and sync-flushed (an empty stored block ends it on a
 * byte boundary), so consecutive pieces join into one valid DEFLATE stream;
 * the final piece finishes it. Node only — the browser keeps fflate.
 *
 * Synchronous on purpose: zlib on its thread pool (`zlib.deflateRaw`, with the
 * zip writer waiting for a few pieces in flight) was tried and measured slower end to end — 20× the bench
 * workbook 5.3–5.6 s synchronous vs 6.2–6.3 s on the pool, 5× 2.15–2.40 vs
 * 2.27–2.37 s, on the 2-core machine — because V8's garbage-collector threads
 * already use the second core, and each pooled call sets up a stream of its own.
 */
import * as zlib from 'node:zlib';
import type { RawDeflate } from '../zip';

export const nodeRawDeflate: RawDeflate = Object.assign(
  (piece: Uint8Array, final: boolean) =>
    zlib.deflateRawSync(piece, {
      level: 6,
      finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
    }),
  // Native CRC-32 where Node has it (20.15 and later); else fflate's.
  {
    crc32: typeof zlib.crc32 === 'function' ? (data: Uint8Array, value: number) => zlib.crc32(data, value) : undefined,
  },
);
