/**
 * "Never a silent wrong number", as a property (fast-check). One known workbook — three
 * indicators of Sóc Trăng, January–June 2024 (seed 000) — is laid out at random the ways
 * staff lay it out: title rows, month header spellings, year blocks in either order,
 * last-year columns or none, plan header spellings, a numbering row, a hidden old copy of
 * "Tháng 6" before or after the visible one, past months hidden to print, figures typed as
 * text. Each variation goes through ExcelJS → the real .xlsx reader → the engine → the §4
 * JSON for tháng 6/2024, and every figure in the JSON must be the true one, or its indicator
 * must carry a finding naming a cell on its row. No third outcome: an indicator left out
 * must come with an error on its sheet.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { computeReport, parsePeriodKey, parseWorkbook, reportToJson } from '../../src/engine';
import { ST, col, viText } from './build-corpus';
import { all, type JIndicator, type JReport } from './open';

const SHEET = 'Việc làm';
const MONTHS = [1, 2, 3, 4, 5, 6];

interface Truth {
  name: string;
  unit: string;
  plan: number | null;
  months: number[];
  lastYear: number[];
  /** The true figures for tháng 6/2024, worked out by hand. */
  expect: { period: number; ytd: number; plan: number | null; planPct: number | null };
  /** With last-year columns. */
  expectLastYear: { lastYearPeriod: number; lastYearYtd: number; changePct: number };
}

const TRUTH: Truth[] = [
  {
    name: 'Số lao động được tạo việc làm',
    unit: 'người',
    plan: 28500,
    months: ST.vl01,
    lastYear: ST.vl01LastYear.slice(0, 6),
    // Σ 2.105+1.876+2.540+2.698+3.193+3.932 = 16.344; 16.344 ÷ 28.500 → 57,35 %
    expect: { period: 3932, ytd: 16344, plan: 28500, planPct: 57.35 },
    // Σ 2.010+1.795+2.388+2.512+2.960+3.590 = 15.255; 1.089 ÷ 15.255 → 7,14 %
    expectLastYear: { lastYearPeriod: 3590, lastYearYtd: 15255, changePct: 7.14 },
  },
  {
    name: 'Hồ sơ đăng ký hưởng bảo hiểm thất nghiệp được tiếp nhận, giải quyết',
    unit: 'hồ sơ',
    plan: null,
    months: ST.bhtn,
    lastYear: ST.bhtnLastYear.slice(0, 6),
    // Σ 1.502+1.288+1.415+1.290+1.342+1.370 = 8.207
    expect: { period: 1370, ytd: 8207, plan: null, planPct: null },
    // Σ 1.380+1.205+1.320+1.198+1.260+1.295 = 7.658; 549 ÷ 7.658 → 7,17 %
    expectLastYear: { lastYearPeriod: 1295, lastYearYtd: 7658, changePct: 7.17 },
  },
  {
    // a stock told by its name ("đang hưởng"), no kind column: the June value, not a sum
    name: 'Người có công và thân nhân đang hưởng trợ cấp ưu đãi hàng tháng',
    unit: 'người',
    plan: null,
    months: ST.nccDangHuong,
    lastYear: [6890, 6884, 6877, 6870, 6862, 6855],
    expect: { period: 6810, ytd: 6810, plan: null, planPct: null },
    // (6.810 − 6.855) ÷ 6.855 = −45 ÷ 6.855 = −0,6564… → −0,66 %
    expectLastYear: { lastYearPeriod: 6855, lastYearYtd: 6855, changePct: -0.66 },
  },
];

type MonthStyle =
  | 'Tháng m'
  | 'Tm'
  | 'Thm'
  | 'T0m'
  | 'Tm/2024'
  | 'Tháng 0m'
  // two-row headers: a year label over the block
  | 'block: m'
  | 'block: 0m/2024'
  | 'block: date'
  | 'block: Tháng m - Jan.';

interface Variation {
  titleRows: number;
  monthStyle: MonthStyle;
  blockLabel: 'Năm 2024' | 'Thực hiện năm 2024';
  lastYear: 'none' | 'columns' | 'block';
  lastYearFirst: boolean;
  lastYearLabel: 'Cùng kỳ năm 2023' | 'Năm 2023' | 'Năm trước';
  planLabel: string;
  numberingRow: boolean;
  hiddenDuplicate: 'none' | 'before' | 'after';
  hidePastMonths: boolean;
  /** indexes (indicator × 6 + month − 1) of figures typed as text */
  textCells: number[];
}

const variationArb: fc.Arbitrary<Variation> = fc.record({
  titleRows: fc.integer({ min: 0, max: 4 }),
  monthStyle: fc.constantFrom<MonthStyle>(
    'Tháng m',
    'Tm',
    'Thm',
    'T0m',
    'Tm/2024',
    'Tháng 0m',
    'block: m',
    'block: 0m/2024',
    'block: date',
    'block: Tháng m - Jan.',
  ),
  blockLabel: fc.constantFrom('Năm 2024' as const, 'Thực hiện năm 2024' as const),
  lastYear: fc.constantFrom('none' as const, 'columns' as const, 'block' as const),
  lastYearFirst: fc.boolean(),
  lastYearLabel: fc.constantFrom('Cùng kỳ năm 2023' as const, 'Năm 2023' as const, 'Năm trước' as const),
  planLabel: fc.constantFrom(
    'Kế hoạch năm',
    'KH năm 2024',
    'Chỉ tiêu 2024',
    'KH giao năm 2024',
    'Kế hoạch giao',
    'Chỉ tiêu kế hoạch',
    'Mục tiêu',
  ),
  numberingRow: fc.boolean(),
  hiddenDuplicate: fc.constantFrom('none' as const, 'before' as const, 'after' as const),
  hidePastMonths: fc.boolean(),
  textCells: fc.uniqueArray(fc.integer({ min: 0, max: TRUTH.length * 6 - 1 }), { maxLength: 6 }),
});

const EN = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'Jun.'];

function monthHeader(style: MonthStyle, m: number, year: number): ExcelJS.CellValue {
  const mm = String(m).padStart(2, '0');
  switch (style) {
    case 'Tháng m':
      return `Tháng ${m}`;
    case 'Tm':
      return `T${m}`;
    case 'Thm':
      return `Th${m}`;
    case 'T0m':
      return `T${mm}`;
    case 'Tm/2024':
      return `T${m}/${year}`;
    case 'Tháng 0m':
      return `Tháng ${mm}`;
    case 'block: m':
      return m;
    case 'block: 0m/2024':
      return `${mm}/${year}`;
    case 'block: date':
      return new Date(Date.UTC(year, m - 1, 1));
    case 'block: Tháng m - Jan.':
      return `Tháng ${m} - ${EN[m - 1]}`;
  }
}

/** A column of the table: what its header says and what each indicator row holds. */
interface Column {
  header: ExcelJS.CellValue;
  /** the block this column belongs to (two-row headers) */
  block?: string;
  value: (t: Truth, i: number) => ExcelJS.CellValue;
  hidden?: boolean;
}

function build(v: Variation): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  const blocks = v.monthStyle.startsWith('block');
  const fig = (t: number, m: number, n: number): ExcelJS.CellValue =>
    v.textCells.includes(t * 6 + m - 1) ? viText(n) : n;

  const thisYear: Column[] = MONTHS.map((m) => ({
    header: monthHeader(v.monthStyle, m, 2024),
    block: v.blockLabel,
    value: (t, i) => fig(i, m, t.months[m - 1]),
    hidden: v.hidePastMonths && m <= 3,
  }));
  if (v.hiddenDuplicate !== 'none') {
    // last week's draft of June, kept hidden: different (wrong) figures
    const old: Column = {
      header: monthHeader(v.monthStyle, 6, 2024),
      block: v.blockLabel,
      value: (t) => Math.round(t.months[5] * 0.8),
      hidden: true,
    };
    thisYear.splice(v.hiddenDuplicate === 'before' ? 5 : 6, 0, old);
  }
  let lastYear: Column[] = [];
  if (v.lastYear !== 'none') {
    const asBlock = blocks || v.lastYear === 'block';
    lastYear = MONTHS.map((m) => ({
      header: asBlock ? (blocks ? monthHeader(v.monthStyle, m, 2023) : m) : `Cùng kỳ T${m}`,
      block: asBlock ? v.lastYearLabel : undefined,
      value: (t) => t.lastYear[m - 1],
    }));
  }
  const twoRows = blocks || lastYear.some((c) => c.block);
  const fixed: Column[] = [
    { header: 'STT', value: (_t, i) => String(i + 1) },
    { header: 'Chỉ tiêu', value: (t) => t.name },
    { header: 'ĐVT', value: (t) => t.unit },
    { header: v.planLabel, value: (t) => t.plan ?? null },
  ];
  const cols = [...fixed, ...(v.lastYearFirst ? [...lastYear, ...thisYear] : [...thisYear, ...lastYear])];

  let r = 1;
  const titles = ['UBND TỈNH SÓC TRĂNG', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 'BIỂU THEO DÕI CHỈ TIÊU NĂM 2024', ''];
  for (let i = 0; i < v.titleRows; i++, r++) if (titles[i]) ws.getCell(r, 1).value = titles[i];
  const top = r;
  if (twoRows) {
    // upper row: fixed labels merged over two rows, each block's label merged over its columns
    cols.forEach((c, i) => {
      if (!c.block) {
        ws.mergeCells(top, i + 1, top + 1, i + 1);
        ws.getCell(top, i + 1).value = c.header;
      } else {
        ws.getCell(top + 1, i + 1).value = c.header;
      }
    });
    for (let i = 0; i < cols.length;) {
      const b = cols[i].block;
      let j = i;
      while (j + 1 < cols.length && b && cols[j + 1].block === b) j++;
      if (b) {
        if (j > i) ws.mergeCells(top, i + 1, top, j + 1);
        ws.getCell(top, i + 1).value = b;
      }
      i = j + 1;
    }
    r = top + 2;
  } else {
    cols.forEach((c, i) => (ws.getCell(top, i + 1).value = c.header));
    r = top + 1;
  }
  if (v.numberingRow) {
    cols.forEach((_c, i) => (ws.getCell(r, i + 1).value = i < 3 ? 'ABC'[i] : String(i - 2)));
    r++;
  }
  TRUTH.forEach((t, ti) => {
    cols.forEach((c, i) => {
      const val = c.value(t, ti);
      if (val !== null && val !== undefined) ws.getCell(r, i + 1).value = val;
    });
    r++;
  });
  cols.forEach((c, i) => {
    if (c.hidden) ws.getColumn(col(i + 1)).hidden = true;
    const h = ws.getCell(twoRows ? top + 1 : top, i + 1);
    if (h.value instanceof Date) h.numFmt = 'mm/yyyy';
  });
  wb.addWorksheet('Thông tin').addRows([
    ['Cơ quan chủ quản', 'UBND TỈNH SÓC TRĂNG'],
    ['Tên cơ quan', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'],
    ['Năm báo cáo', 2024],
  ]);
  return wb;
}

function rowOf(cell: string): number {
  return Number(/(\d+)$/.exec(cell)?.[1] ?? NaN);
}

async function run(v: Variation): Promise<JReport> {
  const grid = await readXlsx(Buffer.from(await build(v).xlsx.writeBuffer()));
  const parsed = parseWorkbook(grid);
  const report = computeReport(parsed, parsePeriodKey('T6', 2024)!);
  return JSON.parse(JSON.stringify(reportToJson(report, ''))) as JReport;
}

/** The third outcome, described; null when every figure is true or named. */
function silentWrong(v: Variation, json: JReport): string | null {
  const inds = json.sectors.filter((s) => s.sheet === SHEET).flatMap((s) => all(s.indicators));
  const sheetIssues = json.issues.filter((i) => i.sheet === SHEET);
  for (const t of TRUTH) {
    const got: JIndicator | undefined = inds.find((i) => i.name === t.name);
    if (!got) {
      if (!sheetIssues.some((i) => i.severity === 'error')) return `"${t.name}" left out without an error`;
      continue;
    }
    const row = rowOf(got.cell);
    const named = sheetIssues.some((i) => rowOf(i.cell) === row && i.severity !== 'info');
    const truth: Record<string, number | null> = {
      ...t.expect,
      ...(v.lastYear === 'none' ? { lastYearPeriod: null, lastYearYtd: null, changePct: null } : t.expectLastYear),
    };
    for (const [field, want] of Object.entries(truth)) {
      const have = (got as unknown as Record<string, number | null>)[field];
      const same = want === null ? have === null : typeof have === 'number' && Math.abs(have - want) < 1e-9;
      if (!same && !named)
        return `${t.name}: ${field} is ${String(have)}, true ${String(want)}, and no finding on row ${row}`;
    }
  }
  // nothing invented: no indicator that is not in the table
  const extra = inds.filter((i) => !TRUTH.some((t) => t.name === i.name));
  if (extra.length) return `invented indicators: ${extra.map((i) => i.name).join(', ')}`;
  return null;
}

describe('random layouts of one known workbook', () => {
  it('the seed figures themselves, in the plainest layout, come out true', async () => {
    const plain: Variation = {
      titleRows: 0,
      monthStyle: 'Tháng m',
      blockLabel: 'Năm 2024',
      lastYear: 'columns',
      lastYearFirst: false,
      lastYearLabel: 'Cùng kỳ năm 2023',
      planLabel: 'Kế hoạch năm',
      numberingRow: false,
      hiddenDuplicate: 'none',
      hidePastMonths: false,
      textCells: [],
    };
    const json = await run(plain);
    expect(silentWrong(plain, json)).toBeNull();
    expect(json.issues.filter((i) => i.sheet === SHEET && i.severity !== 'info')).toEqual([]);
  });

  it('every figure is the true one or its indicator carries a finding naming its cell', async () => {
    await fc.assert(
      fc.asyncProperty(variationArb, async (v) => {
        const json = await run(v);
        const wrong = silentWrong(v, json);
        if (wrong) throw new Error(wrong);
      }),
      { numRuns: 60 },
    );
  });
});
