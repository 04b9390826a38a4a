/**
 * Node's native zlib as the report writers' DEFLATE (src/hosts/zip.ts): the
 * command line passes it to buildDocx and renderLayoutsToXlsx. Each piece is
 * compressed on its own and sync-flushed (an empty stored block ends it on a
 * byte boundary), so consecutive pieces join into one valid DEFLATE stream;
 * the final piece finishes it. Node only — the browser keeps fflate.
 */
import { constants, deflateRawSync } from 'node:zlib';
import type { RawDeflate } from '../zip';

export const nodeRawDeflate: RawDeflate = (piece, final) =>
  deflateRawSync(piece, { level: 6, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });
