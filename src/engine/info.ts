/** The "Thông tin" sheet (unit information) and the "Nội dung" sheet (the staff's paragraphs). */
import type { ContentParagraph, ContentPart, Finding, GridCell, Sector, SheetGrid, UnitInfo } from './types';
import { a1, cleanText, headerKey, normalizeLabel, stripNumbering } from './normalize';
import { F } from './findings';
import { HEADER_SCAN_ROWS } from './headers';

export const INFO_SHEET = { name: 'Thông tin', key: 'thong tin' } as const;
export const CONTENT_SHEET = { name: 'Nội dung', key: 'noi dung' } as const;

type InfoField = keyof UnitInfo;

/** Keys of the "Thông tin" sheet: field, label as the staff write it, normalised aliases. */
export const INFO_KEYS: readonly { field: InfoField; label: string; aliases: readonly string[] }[] = [
  { field: 'coQuanChuQuan', label: 'Cơ quan chủ quản', aliases: ['co quan chu quan'] },
  { field: 'tenCoQuan', label: 'Tên cơ quan', aliases: ['ten co quan', 'ten don vi', 'co quan bao cao'] },
  { field: 'diaDanh', label: 'Địa danh', aliases: ['dia danh'] },
  { field: 'namBaoCao', label: 'Năm báo cáo', aliases: ['nam bao cao', 'nam'] },
  { field: 'soKyHieu', label: 'Số ký hiệu', aliases: ['so ky hieu', 'so/ky hieu', 'ky hieu', 'so hieu'] },
  { field: 'phamVi', label: 'Phạm vi', aliases: ['pham vi'] },
  { field: 'quyenHanKy', label: 'Quyền hạn ký', aliases: ['quyen han ky'] },
  { field: 'chucVuNguoiKy', label: 'Chức vụ người ký', aliases: ['chuc vu nguoi ky', 'chuc vu'] },
  { field: 'nguoiKy', label: 'Người ký', aliases: ['nguoi ky', 'ho ten nguoi ky'] },
  { field: 'noiNhan', label: 'Nơi nhận', aliases: ['noi nhan'] },
];

const KEY_TO_FIELD = new Map<string, InfoField>();
for (const k of INFO_KEYS) for (const a of k.aliases) KEY_TO_FIELD.set(a, k.field);

/**
 * Neutral defaults used for missing keys: empty text (renderers leave the line out or
 * print dots), no year, no recipients. Nothing here names a particular agency.
 */
export function defaultUnitInfo(): UnitInfo {
  return {
    coQuanChuQuan: '',
    tenCoQuan: '',
    diaDanh: '',
    namBaoCao: null,
    soKyHieu: '',
    phamVi: '',
    quyenHanKy: '',
    chucVuNguoiKy: '',
    nguoiKy: '',
    noiNhan: [],
  };
}

function cellText(c: GridCell | null | undefined): string {
  if (!c || c.v === null || c.v === undefined || c.t === 'error') return '';
  return String(c.v).trim();
}

function readYear(c: GridCell | null | undefined): number | null {
  if (!c || c.v === null || c.v === undefined) return null;
  if (typeof c.v === 'number' && Number.isInteger(c.v)) return c.v >= 1900 && c.v <= 2200 ? c.v : null;
  const m = /(?:^|\D)(\d{4})(?:\D|$)/.exec(String(c.v));
  if (!m) return null;
  const y = Number(m[1]);
  return y >= 1900 && y <= 2200 ? y : null;
}

function splitLines(s: string): string[] {
  return s
    .split(/\r?\n|\r/)
    .map((x) => cleanText(x))
    .filter(Boolean);
}

export function parseInfo(sheet: SheetGrid | null): { info: UnitInfo; findings: Finding[] } {
  const info = defaultUnitInfo();
  if (!sheet) return { info, findings: [F.missingInfoSheet(INFO_SHEET.name)] };
  const seen = new Set<InfoField>();
  let keyCol = -1;
  let lastField: InfoField | null = null;
  let lastRow = -1;
  let badYear: string | null = null;
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    let c0 = -1;
    for (let c = 0; c < row.length; c++) {
      if (cellText(row[c])) {
        c0 = c;
        break;
      }
    }
    if (c0 < 0) continue;
    lastRow = r;
    let field = KEY_TO_FIELD.get(headerKey(cellText(row[c0])));
    if (!field && /^\s*[\dIVX]+[.)]?\s*$/.test(cellText(row[c0]))) {
      // a numbering column before the keys ("1 | Cơ quan chủ quản | UBND …")
      for (let c = c0 + 1; c < row.length; c++) {
        if (!cellText(row[c])) continue;
        field = KEY_TO_FIELD.get(headerKey(cellText(row[c])));
        if (field) c0 = c;
        break;
      }
    }
    if (field) {
      if (keyCol < 0) keyCol = c0;
      lastField = field;
      let valueCell: GridCell | null | undefined;
      for (let c = c0 + 1; c < row.length; c++) {
        if (cellText(row[c])) {
          valueCell = row[c];
          break;
        }
      }
      if (!valueCell) continue;
      if (field === 'namBaoCao') {
        const y = readYear(valueCell);
        if (y !== null) {
          info.namBaoCao = y;
          seen.add(field);
        } else badYear = cellText(valueCell);
      } else if (field === 'noiNhan') {
        info.noiNhan.push(...splitLines(cellText(valueCell)));
        seen.add(field);
      } else {
        // single-line text fields keep their line breaks collapsed
        (info[field] as string) = cleanText(cellText(valueCell));
        seen.add(field);
      }
    } else if (lastField === 'noiNhan' && keyCol >= 0 && c0 > keyCol) {
      // continuation row of "Nơi nhận": empty key cell, recipient in the value column
      info.noiNhan.push(...splitLines(cellText(row[c0])));
      seen.add('noiNhan');
    } else {
      lastField = null;
    }
  }
  const missing = INFO_KEYS.filter((k) => !seen.has(k.field)).map((k) =>
    k.field === 'namBaoCao' && badYear !== null ? `${k.label} ('${badYear}' không phải là năm)` : k.label,
  );
  const findings: Finding[] = [];
  if (missing.length) findings.push(F.missingInfoKeys(sheet.name, a1(lastRow + 1, Math.max(0, keyCol)), missing));
  return { info, findings };
}

// ---------------------------------------------------------------------------
// "Nội dung"
// ---------------------------------------------------------------------------

/** Sector names compared without diacritics, case and punctuation ("Việc làm - Tiền lương" = "Việc làm – Tiền lương"). */
function looseKey(s: string): string {
  return normalizeLabel(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Paragraphs of a "Nội dung" cell. A line break after a sentence end (. ! ? : ;) starts
 * a new paragraph (Alt+Enter between paragraphs); any other line break is a hard wrap
 * (text pasted from a PDF or an old report) and the lines are joined.
 */
export function paragraphs(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (const line of splitLines(s)) {
    cur = cur ? `${cur} ${line}` : line;
    if (/[.!?:;…]["”»)]?$/.test(line)) {
      out.push(cur);
      cur = '';
    }
  }
  if (cur) out.push(cur);
  return out;
}

type ContentField = 'sector' | 'month' | 'part' | 'text';
const CONTENT_ALIASES: Record<string, ContentField> = {
  'linh vuc': 'sector',
  thang: 'month',
  ky: 'month',
  'thang bao cao': 'month',
  phan: 'part',
  loai: 'part',
  'noi dung': 'text',
};

/** "6", "T6", "Tháng 6", 6 → 6; else null. */
export function readMonth(c: GridCell | null | undefined): number | null {
  if (!c || c.v === null || c.v === undefined) return null;
  if (c.t === 'date' && typeof c.v === 'string') {
    const m = /^\d{4}-(\d{2})/.exec(c.v);
    return m ? Number(m[1]) : null;
  }
  if (typeof c.v === 'number') return Number.isInteger(c.v) && c.v >= 1 && c.v <= 12 ? c.v : null;
  const m = /^(?:t|th|thang)?\s*0?(1[0-2]|[1-9])(?:\s*[/-]\s*\d{4})?$/.exec(normalizeLabel(String(c.v)));
  return m ? Number(m[1]) : null;
}

/** Phần labels (normalised, matched at the start): the first match wins. */
const PART_LABELS: [RegExp, ContentPart][] = [
  [/^(?:ket qua|i\b|tinh hinh)/, 'ket_qua'],
  [/^(?:nhiem vu|ii\b|phuong huong)/, 'nhiem_vu'],
  [/^(?:can cu|mo dau)/, 'can_cu'],
  [/^danh gia/, 'danh_gia_chung'],
  [/^(?:ton tai|han che|kho khan)/, 'ton_tai'],
  [/^nguyen nhan/, 'nguyen_nhan'],
  [/^(?:de xuat|kien nghi|de nghi)/, 'de_xuat'],
];

function readPart(s: string): ContentPart | null {
  const n = normalizeLabel(s);
  return PART_LABELS.find(([re]) => re.test(n))?.[1] ?? null;
}

/** A Lĩnh vực cell that names the whole report rather than a sector. */
const WHOLE_REPORT = /^(?:chung|toan nganh|tat ca(?: linh vuc)?|ca bao cao|toan bao cao|toan don vi)$/;

export function parseContent(sheet: SheetGrid, sectors: Sector[], findings: Finding[]): ContentParagraph[] {
  // header row
  let headerRow = -1;
  const cols: Partial<Record<ContentField, number>> = {};
  for (let r = 0; r < Math.min(HEADER_SCAN_ROWS, sheet.rows.length) && headerRow < 0; r++) {
    const row = sheet.rows[r] ?? [];
    const found: Partial<Record<ContentField, number>> = {};
    row.forEach((c, i) => {
      const t = cellText(c);
      const f = t ? CONTENT_ALIASES[headerKey(t)] : undefined;
      if (f && found[f] === undefined) found[f] = i;
    });
    if (
      found.text !== undefined &&
      (found.sector !== undefined || found.month !== undefined || found.part !== undefined)
    ) {
      headerRow = r;
      Object.assign(cols, found);
    }
  }
  if (headerRow < 0) return [];
  if (cols.month === undefined) {
    findings.push(F.contentWithoutMonth(sheet.name, a1(headerRow, (sheet.rows[headerRow] ?? []).length)));
    return [];
  }
  const bySector = new Map<string, string>();
  const titles: { key: string; sheet: string }[] = [];
  for (const s of sectors) {
    const titleKey = looseKey(s.title);
    titles.push({ key: titleKey, sheet: s.sheet });
    for (const k of [titleKey, looseKey(s.sheet), looseKey(stripNumbering(s.sheet))])
      if (k && !bySector.has(k)) bySector.set(k, s.sheet);
  }
  const matchSector = (text: string): string | null => {
    const k = looseKey(stripNumbering(text));
    const exact = bySector.get(looseKey(text)) ?? bySector.get(k);
    if (exact) return exact;
    // "Việc làm" for "Việc làm – Tiền lương – An toàn lao động": a unique sector title starting with it
    const hits = titles.filter((t) => t.key.startsWith(k + ' '));
    return hits.length === 1 ? hits[0].sheet : null;
  };
  const out: ContentParagraph[] = [];
  let sectorSheet: string | null = null;
  let wholeReport = true;
  let month: number | null = null;
  let part: ContentPart | null = null;
  let partBad = false;
  for (let r = headerRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const txt = cols.text !== undefined ? cleanText(cellText(row[cols.text])) : '';
    // a cell left empty repeats the row above (merged cells read that way)
    if (cols.sector !== undefined && cellText(row[cols.sector])) {
      const sectorText = cleanText(cellText(row[cols.sector]));
      wholeReport = WHOLE_REPORT.test(looseKey(sectorText));
      sectorSheet = wholeReport ? null : matchSector(sectorText);
      if (sectorSheet === null && !wholeReport && txt)
        findings.push(F.unknownSector(sheet.name, a1(r, cols.sector), sectorText));
    }
    if (cols.month !== undefined && cellText(row[cols.month])) {
      month = readMonth(row[cols.month]);
      if (month === null)
        findings.push(F.badContent(sheet.name, a1(r, cols.month), 'month', cellText(row[cols.month])));
    }
    if (cols.part !== undefined && cellText(row[cols.part])) {
      part = readPart(cellText(row[cols.part]));
      partBad = part === null;
      if (part === null) findings.push(F.badContent(sheet.name, a1(r, cols.part), 'part', cellText(row[cols.part])));
    }
    if (!txt || month === null || partBad) continue;
    for (const para of paragraphs(cellText(row[cols.text as number]))) {
      const p: ContentParagraph = {
        sectorSheet,
        month,
        part: part ?? 'ket_qua',
        text: para,
        cell: a1(r, cols.text as number),
      };
      if (wholeReport) p.wholeReport = true;
      out.push(p);
    }
  }
  return out;
}
