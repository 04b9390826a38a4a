/**
 * The layout of a sector sheet in words (outputs.md §4 v2, `--explain`, the task pane's
 * "Cách đọc số liệu"): "Trang 'Việc làm': dòng tiêu đề 5; cột B: tên chỉ tiêu; cột E–P:
 * tháng 1–12/2024; cột Q–AB: cùng kỳ 2023; cột AC bỏ qua: cột ẩn trùng 'Tháng 6'".
 * One part per column or run of columns, in column order, each with the cell it points
 * at (for a link), so a user can see at a glance that the sheet was read as meant.
 */
import type { LayoutColumns, SectorLayout } from './types';

export type ExplainLang = 'vi' | 'en';

export interface LayoutPart {
  /** "B", "E–P", or for a row "6" */
  where: string;
  /** A1 address of the first cell the part refers to (for a link) */
  cell: string;
  /** The whole phrase: "cột E–P: tháng 1–12/2024" */
  text: string;
  /** 'ignored' for what was not read */
  kind: 'field' | 'months' | 'lastYear' | 'estimates' | 'ignored';
}

const FIELD_WORDS: Record<Exclude<keyof LayoutColumns, 'months' | 'lastYearMonths' | 'estimates'>, [string, string]> = {
  code: ['mã chỉ tiêu', 'indicator code'],
  stt: ['số thứ tự', 'numbering'],
  name: ['tên chỉ tiêu', 'indicator name'],
  unit: ['đơn vị tính', 'unit'],
  kind: ['cách tính', 'kind'],
  plan: ['kế hoạch năm', 'annual plan'],
  note: ['ghi chú', 'note'],
  sentence: ['mẫu câu', 'sentence template'],
};

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** Runs of consecutive columns holding consecutive months: [[firstMonth, lastMonth, firstCol, lastCol]]. */
function runs(map: Record<number, string>): [number, number, string, string][] {
  const entries = Object.entries(map)
    .map(([m, c]) => [Number(m), c] as [number, string])
    .sort((a, b) => colNumber(a[1]) - colNumber(b[1]));
  const out: [number, number, string, string][] = [];
  for (const [m, c] of entries) {
    const last = out[out.length - 1];
    if (last && m === last[1] + 1 && colNumber(c) === colNumber(last[3]) + 1) {
      last[1] = m;
      last[3] = c;
    } else out.push([m, m, c, c]);
  }
  return out;
}

/**
 * The parts of one sheet's layout in column order. `year`: the report year (for
 * "tháng 1–12/2024", "cùng kỳ 2023"), null when unknown.
 */
export function layoutParts(layout: SectorLayout, year: number | null, lang: ExplainLang = 'vi'): LayoutPart[] {
  const vi = lang === 'vi';
  const col = vi ? 'cột' : 'column';
  const cols = vi ? 'cột' : 'columns';
  const hr = layout.headerRow;
  const parts: (LayoutPart & { order: number })[] = [];
  for (const [f, words] of Object.entries(FIELD_WORDS) as [keyof typeof FIELD_WORDS, [string, string]][]) {
    const c = layout.columns[f];
    if (!c) continue;
    parts.push({
      where: c,
      cell: `${c}${hr}`,
      text: `${col} ${c}: ${vi ? words[0] : words[1]}`,
      kind: 'field',
      order: colNumber(c),
    });
  }
  const monthRange = (a: number, b: number) => (a === b ? `${a}` : `${a}–${b}`);
  const series: [Record<number, string>, LayoutPart['kind']][] = [
    [layout.columns.months, 'months'],
    [layout.columns.lastYearMonths, 'lastYear'],
    [layout.columns.estimates, 'estimates'],
  ];
  for (const [map, kind] of series) {
    for (const [m1, m2, c1, c2] of runs(map)) {
      const where = c1 === c2 ? c1 : `${c1}–${c2}`;
      const label = c1 === c2 ? col : cols;
      const ms = monthRange(m1, m2);
      let what: string;
      if (kind === 'months')
        what = vi
          ? `tháng ${ms}${year ? `/${year}` : ''}`
          : `month${m1 === m2 ? '' : 's'} ${ms}${year ? `/${year}` : ''}`;
      else if (kind === 'lastYear')
        what = vi
          ? `cùng kỳ ${year ? year - 1 : 'năm trước'}${m1 === 1 && m2 === 12 ? '' : ` (tháng ${ms})`}`
          : `same period ${year ? year - 1 : 'last year'}${m1 === 1 && m2 === 12 ? '' : ` (month${m1 === m2 ? '' : 's'} ${ms})`}`;
      else what = vi ? `ước thực hiện tháng ${ms}` : `estimate for month${m1 === m2 ? '' : 's'} ${ms}`;
      parts.push({ where, cell: `${c1}${hr}`, text: `${label} ${where}: ${what}`, kind, order: colNumber(c1) });
    }
  }
  for (const ig of layout.ignored) {
    const m = /^([A-Z]+)(\d+)$/.exec(ig.cell);
    if (!m) continue;
    const row = Number(m[2]);
    const inHeader = row >= layout.headerRow && row <= layout.headerRowLast;
    const why = vi ? ig.why.vi : ig.why.en;
    const to = ig.lastCell ? /^([A-Z]+)/.exec(ig.lastCell)?.[1] : undefined;
    const where = inHeader ? (to && to !== m[1] ? `${m[1]}–${to}` : m[1]) : m[2];
    const colWord = inHeader && to && to !== m[1] ? cols : col;
    const text = inHeader
      ? `${colWord} ${where} ${vi ? 'bỏ qua' : 'ignored'}: ${why}`
      : `${vi ? 'dòng' : 'row'} ${where} ${vi ? 'bỏ qua' : 'ignored'}: ${why}`;
    // columns in column order; ignored rows after every column
    parts.push({ where, cell: ig.cell, text, kind: 'ignored', order: inHeader ? colNumber(m[1]) + 0.5 : 1e6 + row });
  }
  return parts
    .sort((a, b) => a.order - b.order)
    .map((p) => ({ where: p.where, cell: p.cell, text: p.text, kind: p.kind }));
}

/** One paragraph: "Trang 'Việc làm': dòng tiêu đề 5; cột B: tên chỉ tiêu; …". */
export function explainSheet(
  sheet: string,
  layout: SectorLayout,
  year: number | null,
  lang: ExplainLang = 'vi',
): string {
  const vi = lang === 'vi';
  const rows =
    layout.headerRow === layout.headerRowLast ? `${layout.headerRow}` : `${layout.headerRow}–${layout.headerRowLast}`;
  const head = vi
    ? `Trang '${sheet}': dòng tiêu đề ${rows}`
    : `Sheet '${sheet}': header row${layout.headerRow === layout.headerRowLast ? '' : 's'} ${rows}`;
  return [head, ...layoutParts(layout, year, lang).map((p) => p.text)].join('; ') + '.';
}
