/**
 * The offline page's chain tools (src/hosts/file/chain.ts) in Node: each makes
 * a new .xlsx (never touching the picked files), read back with the command
 * line's read path; figures by hand as in test/chain.
 */
import { computeReport, parsePeriodKey, parseWorkbook } from '../../../src/engine';
import { readXlsx } from '../../../src/hosts/xlsx/read';
import { createFileChain } from '../../../src/hosts/file/chain';
import { isChainBlocked, type PickedFile } from '../../../src/pipeline/service';
import { monthlyWorkbook } from '../../chain/fixtures';

function picked(name: string, bytes: Uint8Array): PickedFile {
  return { name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer };
}

describe('offline page: the chain tools make new files', () => {
  it('Tạo mẫu nhập liệu → "Mẫu nhập liệu 2025 - <unit>.xlsx" that reads back with only the signer still to fill', async () => {
    const out = await createFileChain().makeTemplate({ year: 2025, unit: 'UBND xã Tân Thạnh', sectors: ['VL', 'GN'] });
    expect(out.files?.map((f) => f.name)).toEqual(['Mẫu nhập liệu 2025 - UBND xã Tân Thạnh.xlsx']);
    expect(out.sheets).toEqual(['Hướng dẫn', 'Thông tin', '1. Việc làm', '7. Giảm nghèo']);
    const parsed = parseWorkbook(await readXlsx(out.files![0].bytes, 'mau.xlsx'));
    expect(parsed.year).toBe(2025);
    expect(parsed.sectors.map((s) => s.sheet)).toEqual(['1. Việc làm', '7. Giảm nghèo']);
    // only the unit's name was given: the one finding lists what the unit still has to fill
    expect(parsed.findings.map((f) => f.code)).toEqual(['MISSING_INFO_KEY']);
  });

  it('a bad year is refused before anything is made', async () => {
    await expect(createFileChain().makeTemplate({ year: 1890 })).rejects.toThrow(/Năm "1890" không hợp lệ/);
  });

  it('Chuyển từ sổ theo tháng → "<name> - cả năm 2025.xlsx" with the quarter by hand; the picked file unchanged', async () => {
    const bytes = new Uint8Array((await monthlyWorkbook().xlsx.writeBuffer()) as ArrayBuffer);
    const copy = bytes.slice();
    const out = await createFileChain().convertMonthly({ file: picked('so-theo-thang-2025.xlsx', bytes) });
    expect(bytes).toEqual(copy);
    expect(out.files?.[0].name).toBe('so-theo-thang-2025 - cả năm 2025.xlsx');
    expect(out.months).toEqual([1, 2, 3]);
    expect(out.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['LUY_KE_MISMATCH', 'PLAN_CHANGED']));
    const q1 = computeReport(parseWorkbook(await readXlsx(out.files![0].bytes, 'y.xlsx')), parsePeriodKey('Q1', 2025)!);
    const flat = q1.sectors.flatMap((s) => s.indicators.flatMap((i) => [i, ...i.children]));
    // 95 + 110 + 120 = 325 of 1200 → 27,08 %
    expect(flat.find((i) => i.name === 'Số lao động được tạo việc làm')).toMatchObject({ ytd: 325, planPct: 27.08 });
  });

  it('a file without month sheets: nothing made, the finding says why', async () => {
    const tpl = await createFileChain().makeTemplate({ year: 2025, sectors: ['VL'] });
    const err = await createFileChain()
      .convertMonthly({ file: picked('mau.xlsx', tpl.files![0].bytes) })
      .catch((e: unknown) => e);
    expect(isChainBlocked(err)).toBe(true);
    expect((err as { findings: { code: string }[] }).findings.map((f) => f.code)).toContain('NO_MONTH_SHEETS');
  });
});
