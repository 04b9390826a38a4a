/**
 * The zip writer both report files go through (src/hosts/zip.ts), with an
 * asynchronous DEFLATE like the command line's (Node's zlib on its thread
 * pool): pieces that finish compressing out of order still land in order, a
 * failure reaches the caller, and only a few pieces are ever in flight.
 */
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { zipWriter, type RawDeflate } from '../../src/hosts/zip';
import { nodeRawDeflate } from '../../src/hosts/xlsx/nodeDeflate';

/** The XML of a report row, numbered: a piece of a realistic part. */
const row = (i: number) =>
  `<w:tr><w:tc><w:p><w:r><w:t>${i}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Số lao động được giải quyết việc làm ${i}</w:t></w:r></w:p></w:tc></w:tr>`;

/** nodeRawDeflate answering after a delay that shrinks piece by piece: later pieces finish first. */
function scrambled(): RawDeflate & { inFlight: number; maxInFlight: number } {
  let n = 0;
  const d = Object.assign(
    async (piece: Uint8Array, final: boolean) => {
      const wait = Math.max(0, 40 - 4 * n++);
      d.inFlight++;
      d.maxInFlight = Math.max(d.maxInFlight, d.inFlight);
      const out = await nodeRawDeflate(piece, final);
      await new Promise((r) => setTimeout(r, wait));
      d.inFlight--;
      return out;
    },
    { crc32: nodeRawDeflate.crc32, inFlight: 0, maxInFlight: 0 },
  );
  return d;
}

test('pieces compressed out of order are written in order: the parts read back exactly', async () => {
  const deflate = scrambled();
  const zip = zipWriter(deflate);
  const expected: Record<string, string> = {};
  for (const name of ['word/document.xml', 'word/styles.xml']) {
    const entry = zip.add(name);
    const pieces = Array.from({ length: 12 }, (_, i) => Array.from({ length: 50 }, (_, j) => row(i * 50 + j)).join(''));
    for (const [i, p] of pieces.entries()) await entry.push(strToU8(p), i === pieces.length - 1);
    expected[name] = pieces.join('');
  }
  const files = unzipSync(await zip.finish());
  expect(Object.keys(files)).toEqual(['word/document.xml', 'word/styles.xml']);
  for (const [name, text] of Object.entries(expected)) expect(strFromU8(files[name])).toBe(text);
});

test('awaiting push keeps at most a handful of pieces in memory at once', async () => {
  const deflate = scrambled();
  const zip = zipWriter(deflate);
  const entry = zip.add('xl/worksheets/sheet1.xml');
  for (let i = 0; i < 30; i++) await entry.push(strToU8(row(i).repeat(100)), i === 29);
  await zip.finish();
  expect(deflate.maxInFlight).toBeGreaterThan(1); // compression did overlap with building the next piece
  expect(deflate.maxInFlight).toBeLessThanOrEqual(5);
});

test('a piece that fails to compress fails the file: finish rejects with that error', async () => {
  let n = 0;
  const failing: RawDeflate = async (piece, final) => {
    if (n++ === 3) throw new Error('zlib: out of memory');
    return nodeRawDeflate(piece, final);
  };
  const zip = zipWriter(failing);
  const entry = zip.add('word/document.xml');
  for (let i = 0; i < 6; i++) await entry.push(strToU8(row(i)), i === 5);
  await expect(zip.finish()).rejects.toThrow('zlib: out of memory');
});

test('without a DEFLATE of the host (the browser) fflate compresses, with the same content', async () => {
  const zip = zipWriter();
  const entry = zip.add('word/document.xml');
  await entry.push(strToU8(row(1)));
  await entry.push(strToU8(row(2)), true);
  expect(strFromU8(unzipSync(await zip.finish())['word/document.xml'])).toBe(row(1) + row(2));
});
