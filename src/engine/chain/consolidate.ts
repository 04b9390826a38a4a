/**
 * "Tổng hợp từ các đơn vị": the units' returns (workbooks made from the
 * standard template and filled) → one consolidated workbook.
 *
 * Pure: the returns' grids in (read locally by the host, never sent anywhere),
 * consolidated rows, a per-unit breakdown and findings out.
 *
 * - Units are told apart by "Tên cơ quan" in their Thông tin (else the file
 *   name). The same unit twice: the second file is not added (error). A
 *   return of another year is not added (error).
 * - Indicators are matched by code, else by normalised name and unit, within
 *   the sector (sheet title). The consolidated list is the union in the order
 *   first met. A return without one of them: warning, and that unit counts as
 *   missing for it. The same code under another name: warning (renamed), still
 *   matched by code.
 * - Flows and stocks: the units' figures of each month are added. A month that
 *   some units filled and others not is incomplete: the consolidated sheet
 *   leaves it empty (the report then says it is missing, never states the
 *   partial sum as fact), with the partial sum and the units missing in the
 *   cell's note and the Ghi chú; one warning per unit and month; the per-unit
 *   breakdown sheet shows the partial "Cộng". A month no unit filled stays empty.
 * - Rates: never added or averaged. Combined only when the catalogue says
 *   which two indicators make it (tỷ lệ hộ nghèo = số hộ nghèo ÷ tổng số hộ)
 *   and the consolidated workbook holds both complete for the month; else the
 *   cell stays empty and a warning says why.
 * - Plans: the sum when every unit gave a number; a comparison target when
 *   every unit gave the same; else empty.
 * - A return's sector sheet whose header differs from the template (a column
 *   added, removed or renamed): warning naming the header cells.
 */
import { parseWorkbook } from '../parse';
import { a1, headerKey, normalizeLabel } from '../normalize';
import { clean, viNum } from '../numbers';
import { findCatalogueIndicator, catalogueByCode, nameKey, unitKey } from '../catalogue';
import { HEADER_ROW, templateHeaders, type YearlyRow } from '../template';
import type { Indicator, Kind, ParsedWorkbook, SheetGrid, WorkbookGrid } from '../types';
import { chainFinding, type ChainFinding } from './findings';

export interface UnitReturn {
  /** File name as the user knows it (shown in findings). */
  file: string;
  grid: WorkbookGrid;
}

export interface ConsolidatedIndicator {
  key: string;
  code: string | null;
  name: string;
  unit: string;
  kind: Kind;
  child: boolean;
  stt: string | null;
  /** The group heading it sits under in the returns ("a) Nuôi dưỡng tập trung"), else null. */
  group: string | null;
  plan: number | string | null;
  /** 1..12; undefined = no unit filled it (or a rate that cannot be combined). */
  months: (number | undefined)[];
  lastYear: (number | undefined)[];
  /** Month → units whose figure is missing (the sum is incomplete). */
  missing: Map<number, string[]>;
  /** Per unit (in return order): its months. */
  byUnit: Map<string, (number | undefined)[]>;
  note: string | null;
}

export interface ConsolidatedSector {
  title: string;
  sheet: string;
  indicators: ConsolidatedIndicator[];
}

export interface ConsolidateResult {
  year: number | null;
  /** Units added, in file order. */
  units: string[];
  sectors: ConsolidatedSector[];
  findings: ChainFinding[];
}

interface Accepted {
  file: string;
  unit: string;
  parsed: ParsedWorkbook;
  grid: WorkbookGrid;
}

function infoCell(grid: WorkbookGrid, label: string): { sheet: string; cell: string } {
  const sheet = grid.sheets.find((s) => normalizeLabel(s.name) === 'thong tin');
  if (!sheet) return { sheet: grid.sheets[0]?.name ?? '', cell: 'A1' };
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c]?.v;
      if (typeof v === 'string' && headerKey(v) === headerKey(label)) return { sheet: sheet.name, cell: a1(r, c + 1) };
    }
  }
  return { sheet: sheet.name, cell: 'A1' };
}

function flatten(inds: Indicator[]): { ind: Indicator; child: boolean; parentKey: string }[] {
  const out: { ind: Indicator; child: boolean; parentKey: string }[] = [];
  const walk = (list: Indicator[], depth: number, parentKey: string) => {
    for (const i of list) {
      out.push({ ind: i, child: depth > 0, parentKey });
      walk(i.children ?? [], depth + 1, indicatorKey(i, parentKey));
    }
  };
  walk(inds, 0, '');
  return out;
}

function indicatorKey(i: Indicator, parentKey: string): string {
  if (i.code) return `#${i.code.trim().toUpperCase()}`;
  return `${parentKey}>${nameKey(i.name)}|${unitKey(i.unit)}`;
}

/** The header differences of a return's sector sheet against the template. */
function headerDiff(
  sheet: SheetGrid,
  headerRow: number,
): { missing: string[]; extra: { label: string; cell: string }[] } {
  const row = sheet.rows[headerRow - 1] ?? [];
  const standard = templateHeaders();
  const std = new Set(standard.map(headerKey));
  const present = new Set<string>();
  const extra: { label: string; cell: string }[] = [];
  row.forEach((c, i) => {
    if (!c || c.v === null || c.v === undefined || String(c.v).trim() === '') return;
    const k = headerKey(String(c.v));
    present.add(k);
    if (!std.has(k)) extra.push({ label: String(c.v).trim(), cell: a1(headerRow - 1, i) });
  });
  return { missing: standard.filter((h) => !present.has(headerKey(h))), extra };
}

/** Consolidates the returns; `year` = the year expected (default: the most common among them). */
export function consolidateReturns(returns: UnitReturn[], opts: { year?: number | null } = {}): ConsolidateResult {
  const findings: ChainFinding[] = [];
  const parsed = returns.map((r) => ({ ...r, parsed: parseWorkbook(r.grid) }));
  const years = new Map<number, number>();
  for (const p of parsed) if (p.parsed.year !== null) years.set(p.parsed.year, (years.get(p.parsed.year) ?? 0) + 1);
  const year = opts.year ?? [...years.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? null;

  const accepted: Accepted[] = [];
  const seen = new Map<string, string>();
  for (const p of parsed) {
    if (p.parsed.sectors.length === 0) {
      findings.push(
        chainFinding(
          'error',
          'UNREADABLE_RETURN',
          { file: p.file, sheet: p.grid.sheets[0]?.name ?? '', cell: 'A1' },
          'không có trang lĩnh vực nào đọc được (không phải mẫu nhập liệu?); tệp này không được cộng.',
          'no sector sheet could be read (not the template?); this file is not added.',
        ),
      );
      continue;
    }
    if (year !== null && p.parsed.year !== year) {
      const where = infoCell(p.grid, 'Năm báo cáo');
      findings.push(
        chainFinding(
          'error',
          'OTHER_YEAR',
          { file: p.file, ...where },
          `báo cáo của năm ${p.parsed.year ?? '(không ghi năm)'}, không phải năm ${year}; tệp này không được cộng. Hãy kiểm tra đơn vị đã gửi đúng tệp chưa.`,
          `a return for ${p.parsed.year ?? '(no year)'}, not ${year}; this file is not added.`,
        ),
      );
      continue;
    }
    const unit = p.parsed.info.tenCoQuan.trim() || p.file.replace(/\.xlsx$/i, '');
    const key = normalizeLabel(unit);
    const prev = seen.get(key);
    if (prev !== undefined) {
      const where = infoCell(p.grid, 'Tên cơ quan');
      findings.push(
        chainFinding(
          'error',
          'SAME_UNIT_TWICE',
          { file: p.file, ...where },
          `đơn vị "${unit}" đã có trong tệp "${prev}"; tệp này không được cộng (tránh cộng hai lần). Nếu là bản sửa lại, hãy bỏ tệp cũ ra.`,
          `unit "${unit}" is already in "${prev}"; this file is not added (no double counting).`,
        ),
      );
      continue;
    }
    seen.set(key, p.file);
    accepted.push({ file: p.file, unit, parsed: p.parsed, grid: p.grid });
  }

  // The union of sectors and indicators, in the order first met.
  const sectors: ConsolidatedSector[] = [];
  const sectorByKey = new Map<string, ConsolidatedSector>();
  const indByKey = new Map<string, { sector: ConsolidatedSector; ind: ConsolidatedIndicator; name: string }>();
  for (const a of accepted) {
    for (const s of a.parsed.sectors) {
      const sk = nameKey(s.title);
      let sec = sectorByKey.get(sk);
      if (!sec) {
        sec = { title: s.title, sheet: s.sheet, indicators: [] };
        sectorByKey.set(sk, sec);
        sectors.push(sec);
      }
      for (const { ind, child, parentKey } of flatten(s.indicators)) {
        const k = `${sk}::${indicatorKey(ind, parentKey)}`;
        if (indByKey.has(k)) continue;
        const ci: ConsolidatedIndicator = {
          key: k,
          code: ind.code,
          name: ind.name,
          unit: ind.unit,
          kind: ind.kind,
          child,
          stt: ind.stt,
          group: ind.group ?? null,
          plan: null,
          months: [],
          lastYear: [],
          missing: new Map(),
          byUnit: new Map(),
          note: null,
        };
        sec.indicators.push(ci);
        indByKey.set(k, { sector: sec, ind: ci, name: ind.name });
      }
    }
  }

  // Each unit's figures onto the union; findings for what does not fit.
  const plans = new Map<string, (number | string | null)[]>();
  for (const a of accepted) {
    const have = new Set<string>();
    const sheetOf = new Map<string, { sheet: string; nameCol: string; headerRow: number }>();
    for (const s of a.parsed.sectors) {
      const sk = nameKey(s.title);
      sheetOf.set(sk, {
        sheet: s.sheet,
        nameCol: s.layout?.columns.name ?? 'C',
        headerRow: s.layout?.headerRow ?? HEADER_ROW + 1,
      });
      const grid = a.grid.sheets.find((g) => g.name === s.sheet);
      if (grid && s.layout) {
        const diff = headerDiff(grid, s.layout.headerRow);
        if (diff.missing.length || diff.extra.length) {
          const parts: string[] = [];
          if (diff.missing.length) parts.push(`thiếu cột ${diff.missing.map((m) => `"${m}"`).join(', ')}`);
          if (diff.extra.length) parts.push(`thêm cột ${diff.extra.map((e) => `"${e.label}" (${e.cell})`).join(', ')}`);
          findings.push(
            chainFinding(
              'warning',
              'MODIFIED_TEMPLATE',
              { file: a.file, sheet: s.sheet, cell: diff.extra[0]?.cell ?? a1(s.layout.headerRow - 1, 0) },
              `mẫu đã bị sửa: ${parts.join('; ')}. Số liệu được đọc theo tên cột; cột thêm không được cộng, tháng thiếu cột coi như chưa có số liệu.`,
              `the template was modified: ${diff.missing.length} column(s) missing, ${diff.extra.length} added; added columns are not summed.`,
            ),
          );
        }
      }
      for (const { ind, parentKey } of flatten(s.indicators)) {
        const k = `${sk}::${indicatorKey(ind, parentKey)}`;
        const target = indByKey.get(k);
        if (!target) continue;
        have.add(k);
        if (ind.code && nameKey(ind.name) !== nameKey(target.name)) {
          findings.push(
            chainFinding(
              'warning',
              'RENAMED_INDICATOR',
              { file: a.file, sheet: s.sheet, cell: ind.nameCell },
              `chỉ tiêu mã ${ind.code} mang tên "${ind.name}", khác tên "${target.name}" ở các đơn vị khác; vẫn cộng theo mã. Hãy kiểm tra đúng chỉ tiêu chưa.`,
              `code ${ind.code} is named "${ind.name}" here, "${target.name}" elsewhere; still added by code.`,
            ),
          );
        }
        target.ind.byUnit.set(a.unit, ind.months.slice());
        const ly = target.ind.lastYear;
        for (let m = 1; m <= 12; m++) {
          const v = ind.lastYear[m];
          if (v !== undefined) ly[m] = clean((ly[m] ?? 0) + v);
        }
        const p = plans.get(k) ?? [];
        p.push(ind.plan ?? (ind.target ? `${ind.target.op} ${ind.target.value}` : null));
        plans.set(k, p);
      }
    }
    for (const [k, { sector, ind }] of indByKey) {
      if (have.has(k)) continue;
      const sk = nameKey(sector.title);
      const where = sheetOf.get(sk);
      if (!where) continue; // the whole sector is missing: said once below
      findings.push(
        chainFinding(
          'warning',
          'MISSING_INDICATOR',
          { file: a.file, sheet: where.sheet, cell: `${where.nameCol}${where.headerRow}` },
          `không có chỉ tiêu ${ind.code ? `${ind.code} ` : ''}"${ind.name}" (đã xóa hoặc đổi tên?); số liệu của đơn vị "${a.unit}" cho chỉ tiêu này coi như chưa có.`,
          `indicator ${ind.code ?? ''} "${ind.name}" is missing (deleted or renamed?); unit "${a.unit}" counts as missing for it.`,
        ),
      );
    }
    for (const sec of sectors) {
      if (sheetOf.has(nameKey(sec.title))) continue;
      findings.push(
        chainFinding(
          'warning',
          'MISSING_SECTOR',
          { file: a.file, sheet: a.grid.sheets[0]?.name ?? '', cell: 'A1' },
          `không có trang lĩnh vực "${sec.title}"; đơn vị "${a.unit}" coi như chưa có số liệu của lĩnh vực này.`,
          `no sheet for sector "${sec.title}"; unit "${a.unit}" counts as missing for it.`,
        ),
      );
    }
  }

  // Months anyone filled: the months being reported.
  const units = accepted.map((a) => a.unit);
  const emptyByUnitMonth = new Map<string, { file: string; sheet: string; cells: string[] }>();
  const filledMonths = new Set<number>();
  for (const sec of sectors)
    for (const ind of sec.indicators)
      for (const v of ind.byUnit.values()) for (let m = 1; m <= 12; m++) if (v[m] !== undefined) filledMonths.add(m);

  for (const sec of sectors) {
    for (const ind of sec.indicators) {
      for (let m = 1; m <= 12; m++) {
        if (!filledMonths.has(m)) continue;
        const given = units.filter((u) => ind.byUnit.get(u)?.[m] !== undefined);
        if (!given.length) continue;
        const missing = units.filter((u) => ind.byUnit.get(u)?.[m] === undefined);
        if (missing.length) ind.missing.set(m, missing);
        if (ind.kind !== 'rate')
          ind.months[m] = clean(given.reduce((s, u) => s + (ind.byUnit.get(u)![m] as number), 0));
        for (const u of missing) {
          const a = accepted.find((x) => x.unit === u)!;
          const s = a.parsed.sectors.find((x) => nameKey(x.title) === nameKey(sec.title));
          const src = s
            ? flatten(s.indicators).find(
                ({ ind: i, parentKey }) => `${nameKey(sec.title)}::${indicatorKey(i, parentKey)}` === ind.key,
              )
            : undefined;
          if (!src || !s) continue; // missing indicator/sector: already said
          const k = `${u}|${m}|${s.sheet}`;
          const e = emptyByUnitMonth.get(k) ?? { file: a.file, sheet: s.sheet, cells: [] };
          e.cells.push(src.ind.monthCells[m] ?? src.ind.nameCell);
          emptyByUnitMonth.set(k, e);
        }
      }
      const p = plans.get(ind.key) ?? [];
      if (p.length === units.length && p.every((x) => typeof x === 'number'))
        ind.plan = clean((p as number[]).reduce((s, x) => s + x, 0));
      else if (
        p.length === units.length &&
        p.length &&
        p.every((x) => x !== null && x === p[0]) &&
        typeof p[0] === 'string'
      ) {
        ind.plan = targetText(p[0]);
      }
    }
  }
  for (const [k, e] of emptyByUnitMonth) {
    const [u, m] = k.split('|');
    findings.push(
      chainFinding(
        'warning',
        'UNIT_MONTH_EMPTY',
        { file: e.file, sheet: e.sheet, cell: e.cells[0] },
        `đơn vị "${u}" chưa có số liệu tháng ${m} ở ${e.cells.length} chỉ tiêu (${e.cells.slice(0, 6).join(', ')}${e.cells.length > 6 ? ', …' : ''}); số tổng hợp tháng ${m} của các chỉ tiêu đó chưa đầy đủ.`,
        `unit "${u}" has no figure for month ${m} in ${e.cells.length} indicator(s); the consolidated month ${m} is incomplete.`,
      ),
    );
  }

  // Rates: from their numerator and denominator, else flagged.
  for (const sec of sectors) {
    for (const ind of sec.indicators) {
      if (ind.kind !== 'rate') continue;
      const c = findCatalogueIndicator({
        code: ind.code,
        name: ind.name,
        unit: ind.unit,
        kind: 'rate',
        child: ind.child,
      });
      const num = c?.ratio ? findByCatalogue(sec, c.ratio.numerator) : undefined;
      const den = c?.ratio ? findByCatalogue(sec, c.ratio.denominator) : undefined;
      const why: number[] = [];
      for (let m = 1; m <= 12; m++) {
        if (![...ind.byUnit.values()].some((v) => v[m] !== undefined)) continue;
        const n = num?.months[m];
        const d = den?.months[m];
        if (num && den && n !== undefined && d !== undefined && d > 0 && !num.missing.has(m) && !den.missing.has(m)) {
          ind.months[m] = clean((n / d) * 100);
          ind.missing.delete(m);
        } else {
          ind.months[m] = undefined;
          why.push(m);
        }
      }
      if (why.length) {
        const a = accepted.find((x) => ind.byUnit.has(x.unit));
        const s = a?.parsed.sectors.find((x) => nameKey(x.title) === nameKey(sec.title));
        const src = s
          ? flatten(s.indicators).find(
              ({ ind: i, parentKey }) => `${nameKey(sec.title)}::${indicatorKey(i, parentKey)}` === ind.key,
            )
          : undefined;
        const how = c?.ratio
          ? `cần đủ "${catalogueByCode(c.ratio.numerator)?.name}" và "${catalogueByCode(c.ratio.denominator)?.name}" của mọi đơn vị`
          : 'mẫu không có tử số và mẫu số của tỷ lệ này';
        findings.push(
          chainFinding(
            'warning',
            'RATE_NOT_COMBINED',
            { file: a?.file ?? '', sheet: s?.sheet ?? sec.sheet, cell: src?.ind.nameCell ?? 'A1' },
            `tỷ lệ "${ind.name}" không cộng hay lấy trung bình được (${how}); tháng ${why.join(', ')} để trống trong bảng tổng hợp, tỷ lệ từng đơn vị xem ở trang chi tiết.`,
            `rate "${ind.name}" cannot be added or averaged (no numerator and denominator for every unit); months ${why.join(', ')} left empty.`,
          ),
        );
      }
    }
  }
  for (const sec of sectors) {
    for (const ind of sec.indicators) {
      const parts = [...ind.missing.entries()].sort((a, b) => a[0] - b[0]).map(([m, us]) => `T${m}: ${us.join(', ')}`);
      if (parts.length) ind.note = `Chưa đủ số liệu (thiếu ${parts.join('; ')})`;
    }
  }
  return { year, units, sectors, findings };
}

function findByCatalogue(sec: ConsolidatedSector, code: string): ConsolidatedIndicator | undefined {
  return sec.indicators.find(
    (i) =>
      findCatalogueIndicator({ code: i.code, name: i.name, unit: i.unit, kind: i.kind, child: i.child })?.code === code,
  );
}

const OP_WORDS: Record<string, string> = { '<': 'Dưới', '<=': 'Tối đa', '>': 'Trên', '>=': 'Tối thiểu' };
function targetText(t: string): string {
  const [op, v] = t.split(' ');
  return `${OP_WORDS[op] ?? op} ${viNum(Number(v))}`;
}

/**
 * Rows for the consolidated sector sheet (the template's layout). A month some
 * units have not sent is left EMPTY there, its partial sum kept in the cell's
 * note: the report made from this workbook then says the month is missing
 * ("chưa có số liệu tháng 3", MISSING_MONTH on that cell) instead of stating the
 * partial sum as the province's figure. The per-unit breakdown sheet keeps the
 * partial "Cộng".
 */
export function consolidatedRows(sec: ConsolidatedSector): YearlyRow[] {
  const rows: YearlyRow[] = [];
  let group: string | null = null;
  for (const i of sec.indicators) {
    // the returns' group headings, kept so the report shows the same sub-groups
    if (i.group && i.group !== group && !i.child) rows.push({ name: i.group, heading: true });
    group = i.group;
    rows.push(consolidatedRow(i));
  }
  return rows;
}

function consolidatedRow(i: ConsolidatedIndicator): YearlyRow {
  return {
    code: i.code,
    stt: i.stt,
    name: i.name,
    unit: i.unit,
    kind: i.kind,
    plan: i.plan,
    months: i.months.map((v, m) => (i.missing.has(m) ? undefined : v)),
    lastYear: i.lastYear,
    note: i.note,
    child: i.child,
    monthComments: Array.from({ length: 13 }, (_, m) => {
      if (!i.missing.has(m)) return undefined;
      const partial = i.months[m];
      const sum = partial === undefined ? '' : `Tạm cộng các đơn vị đã gửi: ${viNum(partial)}. `;
      return `${sum}Chưa đủ: thiếu số liệu của ${i.missing.get(m)!.join(', ')}; ô để trống cho đến khi đủ.`;
    }),
  };
}
