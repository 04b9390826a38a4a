/**
 * The browser inflate (fflate, streamed) that the offline page gives the read
 * path in place of Node's zlib: same bytes, same refusal past the budget, and
 * the sample workbook reads to the same grid either way.
 */
import { deflateRawSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { streamInflate } from '../../../src/hosts/xlsx/inflate';
import { readXlsx } from '../../../src/hosts/xlsx/read';

const SAMPLE = path.resolve(__dirname, '../../../assets/sample/so-lieu-nganh-2024.xlsx');

describe('streamInflate', () => {
  // 300 KB of Vietnamese text: several 64 KB input slices would be too few to test; compress something bigger.
  const text = Buffer.from('Số lao động được tạo việc làm 3.932 người; lũy kế 16.344 người. '.repeat(5000));
  const packed = deflateRawSync(text);

  it('inflates raw deflate data to the original bytes', async () => {
    expect(Buffer.from(await streamInflate(packed, text.length))).toEqual(text);
  });

  it('refuses (throws) as soon as the output passes maxBytes', async () => {
    await expect(async () => streamInflate(packed, text.length - 1)).rejects.toThrow(/exceeds/);
  });

  it('a zip bomb of 50 MB of zeros is refused at a 1 MB budget', async () => {
    const bomb = deflateRawSync(Buffer.alloc(50 * 1024 * 1024));
    await expect(async () => streamInflate(bomb, 1024 * 1024)).rejects.toThrow(/exceeds/);
  });

  it('damaged data throws', async () => {
    await expect(async () => streamInflate(Uint8Array.from([0xff, 0xff, 0xff, 0x00]), 100)).rejects.toThrow();
  });

  it('the sample workbook reads to the same grid with it as with zlib', async () => {
    const data = readFileSync(SAMPLE);
    expect(await readXlsx(data, 'sample', streamInflate)).toEqual(await readXlsx(data, 'sample'));
  });
});
