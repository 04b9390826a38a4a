/**
 * The zip writer both report files go through (src/hosts/zip.ts): a part
 * pushed in many pieces, each compressed on its own by the command line's
 * Node zlib (sync-flushed), reads back as exactly the text that went in —
 * and the same with fflate, the browser's DEFLATE.
 */
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { zipWriter } from '../../src/hosts/zip';
import { nodeRawDeflate } from '../../src/hosts/xlsx/nodeDeflate';

/** The XML of a report row, numbered: a piece of a realistic part. */
const row = (i: number) =>
  `<w:tr><w:tc><w:p><w:r><w:t>${i}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Số lao động được giải quyết việc làm ${i}</w:t></w:r></w:p></w:tc></w:tr>`;

test.each([
  ['Node zlib (command line)', nodeRawDeflate],
  ['fflate (browser)', undefined],
])('parts pushed in many pieces read back exactly: %s', (_what, deflate) => {
  const zip = zipWriter(deflate);
  const expected: Record<string, string> = {};
  for (const name of ['word/document.xml', 'word/styles.xml']) {
    const entry = zip.add(name);
    const pieces = Array.from({ length: 12 }, (_, i) => Array.from({ length: 50 }, (_, j) => row(i * 50 + j)).join(''));
    pieces.forEach((p, i) => entry.push(strToU8(p), i === pieces.length - 1));
    expected[name] = pieces.join('');
  }
  const files = unzipSync(zip.finish());
  expect(Object.keys(files)).toEqual(['word/document.xml', 'word/styles.xml']);
  for (const [name, text] of Object.entries(expected)) expect(strFromU8(files[name])).toBe(text);
});
