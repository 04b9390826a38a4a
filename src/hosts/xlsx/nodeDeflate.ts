/**
 * Node's native zlib as the report writers' DEFLATE (src/hosts/zip.ts): the
 * command line passes it to buildDocx and renderLayoutsToXlsx. Each piece is
 * compressed on its own and sync-flushed (an empty stored block ends it on a
 * byte boundary), so consecutive pieces join into one valid DEFLATE stream;
 * the final piece finishes it. Asynchronous: zlib compresses on libuv's
 * thread pool while the writer builds the next piece on the main thread
 * (pieces are handed on in order by the zip writer). Node only — the browser
 * keeps fflate.
 */
import * as zlib from 'node:zlib';
import type { RawDeflate } from '../zip';

export const nodeRawDeflate: RawDeflate = Object.assign(
  (piece: Uint8Array, final: boolean) =>
    new Promise<Uint8Array>((resolve, reject) =>
      zlib.deflateRaw(
        piece,
        { level: 6, finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH },
        (err, out) => (err ? reject(err) : resolve(out)),
      ),
    ),
  // Native CRC-32 where Node has it (20.15 and later); else fflate's.
  {
    crc32: typeof zlib.crc32 === 'function' ? (data: Uint8Array, value: number) => zlib.crc32(data, value) : undefined,
  },
);
