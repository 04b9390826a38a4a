/**
 * A large, realistic sector workbook for the scaling benchmarks: 10 sector
 * sheets × (200 × factor) indicators, each row with Mã, STT, Chỉ tiêu, ĐVT,
 * Cách tính, Kế hoạch năm, twelve months (January–June filled), twelve
 * "Cùng kỳ" months and a note column — 29 columns, ≈ 56 000 cells at 1×.
 * Indicator names, units, kinds and figures cycle through the sample
 * workbook's rows (assets/sample/sample-data.ts), so the engine finds the
 * same mix of flows, stocks and rates as in a real file.
 *
 * Written once per factor with ExcelJS's streaming writer into the OS temp
 * folder and reused by later runs (`bigWorkbookPath(factor)`).
 */
import ExcelJS from 'exceljs';
import { existsSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { info, sectorSheets, type SampleRow } from '../../assets/sample/sample-data';
import type { SheetGrid, WorkbookGrid } from '../../src/engine/types';

export const BIG_SECTORS = 10;
export const BIG_INDICATORS_PER_SECTOR = 200;
/** Bump when the generated content changes (invalidates the cached files). */
const VERSION = 1;

/** The sample's data rows usable on their own (no group headings, no SUM parents). */
function templateRows(): SampleRow[] {
  const rows: SampleRow[] = [];
  for (const s of sectorSheets) {
    for (const r of s.rows) {
      if (r.heading || r.sumOfChildren || !r.code || !r.months || r.months.length === 0) continue;
      if (typeof r.plan === 'string') continue;
      rows.push(r);
    }
  }
  return rows;
}

const SECTOR_NAMES = [
  'Việc làm',
  'Giáo dục nghề nghiệp',
  'Người có công',
  'Bảo trợ xã hội',
  'Giảm nghèo',
  'Trẻ em',
  'Bình đẳng giới',
  'Phòng chống tệ nạn',
  'Lao động tiền lương',
  'An toàn lao động',
];

export function bigWorkbookPath(factor: number): string {
  return path.join(os.tmpdir(), `bcn-bench-big-v${VERSION}-${factor}x.xlsx`);
}

/** Writes (or reuses) the workbook with 10 sectors × 200·factor indicators; returns its path. */
export async function ensureBigWorkbook(factor: number): Promise<string> {
  const file = bigWorkbookPath(factor);
  if (existsSync(file)) return file;
  const tmp = `${file}.${process.pid}.tmp`;
  const templates = templateRows();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useStyles: false, useSharedStrings: true });
  const infoWs = wb.addWorksheet('Thông tin');
  for (const [k, v] of info) infoWs.addRow([k || null, /^\d+$/.test(v) ? Number(v) : v]).commit();
  infoWs.commit();
  const perSector = BIG_INDICATORS_PER_SECTOR * factor;
  for (let s = 0; s < BIG_SECTORS; s++) {
    const ws = wb.addWorksheet(`${s + 1}. ${SECTOR_NAMES[s]}`);
    ws.addRow([`BIỂU THEO DÕI CHỈ TIÊU NĂM 2024`]).commit();
    ws.addRow([`Lĩnh vực: ${SECTOR_NAMES[s]}`]).commit();
    ws.addRow([]).commit();
    const months = Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`);
    const last = Array.from({ length: 12 }, (_, i) => `Cùng kỳ T${i + 1}`);
    ws.addRow(['Mã', 'STT', 'Chỉ tiêu', 'ĐVT', 'Cách tính', 'Kế hoạch năm', ...months, ...last, 'Ghi chú']).commit();
    for (let i = 0; i < perSector; i++) {
      const t = templates[(i + s * 7) % templates.length];
      // Vary the figures a little so that rows are not identical.
      const rate = /%/.test(t.unit ?? '') || t.kind === 'Tỷ lệ';
      const bump = (v: unknown): unknown => {
        if (typeof v !== 'number') return v ?? null;
        const x = v * (1 + ((i % 13) - 6) / 100);
        return rate ? Math.round(x * 100) / 100 : Math.round(x);
      };
      const m = Array.from({ length: 12 }, (_, k) => (k < 6 ? bump(t.months?.[k] ?? null) : null));
      const ly = Array.from({ length: 12 }, (_, k) => bump(t.lastYear?.[k] ?? null));
      ws.addRow([
        `S${s + 1}C${i + 1}`,
        String(i + 1),
        `${t.name} (${i + 1})`,
        t.unit ?? null,
        t.kind ?? null,
        typeof t.plan === 'number' ? bump(t.plan) : null,
        ...m,
        ...ly,
        i % 10 === 0 ? 'Số liệu ước tính' : null,
      ]).commit();
    }
    ws.commit();
  }
  await wb.commit();
  await fs.rename(tmp, file);
  return file;
}

if (require.main === module) {
  const factor = Number(process.argv[2] ?? '1');
  ensureBigWorkbook(factor).then((f) => console.log(f));
}

/**
 * The big workbook's grid with every sector sheet's data rows repeated
 * `factor` times in memory (copy k gets codes prefixed "K<k>"): the same data
 * as `ensureBigWorkbook(factor)` without going through a file — for sizes the
 * read path refuses (its cell budget, src/hosts/xlsx/limits.ts).
 */
export function scaleGrid(grid: WorkbookGrid, factor: number): WorkbookGrid {
  return {
    ...grid,
    sheets: grid.sheets.map((s): SheetGrid => {
      const h = s.rows.findIndex((r) => r?.[0]?.v === 'Mã');
      if (h < 0 || factor === 1) return s;
      const data = s.rows.slice(h + 1);
      const rows = s.rows.slice(0, h + 1).concat(data);
      for (let k = 1; k < factor; k++) {
        for (const r of data) {
          const copy = (r ?? []).slice();
          const code = copy[0]?.v;
          if (typeof code === 'string' && code) copy[0] = { ...copy[0]!, v: `K${k}${code}` };
          rows.push(copy);
        }
      }
      return { ...s, rows };
    }),
  };
}
