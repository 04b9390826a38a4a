/**
 * Real rendering check: the .docx and the report .xlsx go through LibreOffice
 * to PDF and are read back with poppler — what a clerk would see when printing.
 * Needs soffice + poppler (CI installs them); without them these tests FAIL
 * with a message naming the packages, they do not skip.
 */
import { writeFileSync, rmSync } from 'fs';
import { join } from 'path';
import { buildDocx, subjectRuleWidth } from '../../src/docx/buildDocx';
import { computeReport, parsePeriodKey, parseWorkbook } from '../../src/engine';
import { buildNarrativeLayout } from '../../src/engine/layout/narrativeSheet';
import { buildReportLayout } from '../../src/engine/layout/report';
import { buildNarrative } from '../../src/engine/narrative';
import { readXlsxFile } from '../../src/hosts/xlsx/read';
import { renderLayoutsToXlsx } from '../../src/hosts/xlsx/write';
import { sampleNarrative, sampleReport } from '../docx/fixtures';
import { makeTempDir, MM_PT, pageSizes, pageWords, pdfFonts, pdfText, requireTools, toPdf } from './pdf';

const SAMPLE = join(__dirname, '../../assets/sample/so-lieu-nganh-2024.xlsx');
const A4_SHORT = 595.3;
const A4_LONG = 841.9;
const near = (a: number, b: number, tol = 1.5) => Math.abs(a - b) <= tol;

let dir = '';
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('a machine without LibreOffice gets a failure naming the packages, not a silent skip', () => {
  expect(() => requireTools({ PATH: '/nonexistent' })).toThrow(/missing: soffice, pdftotext.*libreoffice-writer-nogui/);
});

describe('LibreOffice renders the .docx as an NĐ30 document', () => {
  let pdf = '';

  beforeAll(async () => {
    requireTools();
    dir = dir || makeTempDir();
    const file = join(dir, 'Báo cáo T6-2024.docx');
    writeFileSync(file, await buildDocx(sampleNarrative(), sampleReport()));
    pdf = toPdf(file, dir);
  }, 150_000);

  test('page 1 is A4 portrait; the appendix pages are A4 landscape', () => {
    const sizes = pageSizes(pdf);
    expect(sizes.length).toBeGreaterThanOrEqual(3);
    expect(near(sizes[0].width, A4_SHORT) && near(sizes[0].height, A4_LONG)).toBe(true);
    const appendixStart = sizes.findIndex((s) => s.width > s.height);
    expect(appendixStart).toBeGreaterThan(0);
    for (const s of sizes.slice(appendixStart)) expect(near(s.width, A4_LONG) && near(s.height, A4_SHORT)).toBe(true);
    const text = pdfText(pdf, appendixStart + 1);
    expect(text).toContain('PHỤ LỤC');
  });

  test('page 1: Quốc hiệu, tiêu ngữ, agency, title — diacritics intact; no page number', () => {
    const p1 = pdfText(pdf, 1);
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'UBND TỈNH SÓC TRĂNG',
      'BÁO CÁO',
      'I. TÌNH HÌNH THỰC HIỆN THÁNG 6 NĂM 2024',
    ]) {
      expect(p1).toContain(s);
    }
    expect(p1).toMatch(/Sóc Trăng, ngày\s+tháng\s+năm 2024/);
    const firstLine = p1
      .split('\n')
      .find((l) => l.trim())!
      .trim();
    expect(firstLine).not.toMatch(/^\d+$/);
  });

  test('Quốc hiệu sits right of the agency name, on the same band at the top', () => {
    const words = pageWords(pdf, 1);
    const cong = words.find((w) => w.text === 'CỘNG')!;
    const ubnd = words.find((w) => w.text === 'UBND')!;
    expect(cong.xMin).toBeGreaterThan(ubnd.xMax);
    expect(Math.abs(cong.yMin - ubnd.yMin)).toBeLessThan(6);
    // The Quốc hiệu line fits its column: it does not reach the right margin (15 mm).
    const nam = words.filter((w) => w.text === 'NAM' && Math.abs(w.yMin - cong.yMin) < 3);
    expect(nam).toHaveLength(1);
    expect(nam[0].xMax).toBeLessThanOrEqual(A4_SHORT - 15 * MM_PT + 1);
  });

  test('the rule under the subject is 1/3–1/2 as long as the subject line as printed (NĐ30)', () => {
    const words = pageWords(pdf, 1);
    const title = words.find((w) => w.text === 'BÁO')!;
    const heading = words.find((w) => w.text === 'TÌNH')!;
    const lines = new Map<number, { min: number; max: number }>();
    for (const w of words.filter((x) => x.yMin > title.yMin + 5 && x.yMin < heading.yMin - 5)) {
      const key = Math.round(w.yMin);
      const l = lines.get(key) ?? { min: Infinity, max: -Infinity };
      lines.set(key, { min: Math.min(l.min, w.xMin), max: Math.max(l.max, w.xMax) });
    }
    const widest = Math.max(...[...lines.values()].map((l) => l.max - l.min));
    const rule = subjectRuleWidth(sampleNarrative().subject) / 20;
    expect(rule / widest).toBeGreaterThanOrEqual(1 / 3);
    expect(rule / widest).toBeLessThanOrEqual(1 / 2);
  });

  test('page 2 carries its page number "2" centred at the top', () => {
    const p2 = pdfText(pdf, 2);
    expect(
      p2
        .split('\n')
        .find((l) => l.trim())!
        .trim(),
    ).toBe('2');
    const two = pageWords(pdf, 2).sort((a, b) => a.yMin - b.yMin)[0];
    expect(two.text).toBe('2');
    const centre = (two.xMin + two.xMax) / 2;
    // Centred over the text block (left 30 mm, right 15 mm).
    const textCentre = (30 * MM_PT + (A4_SHORT - 15 * MM_PT)) / 2;
    expect(Math.abs(centre - textCentre)).toBeLessThan(4);
    expect(two.yMin).toBeLessThan(20 * MM_PT);
  });

  test('body text stays inside the NĐ30 margins (left 30 mm, right 15 mm)', () => {
    const words = pageWords(pdf, 1).filter((w) => w.yMin > 200);
    const left = Math.min(...words.map((w) => w.xMin));
    const right = Math.max(...words.map((w) => w.xMax));
    expect(left).toBeGreaterThanOrEqual(30 * MM_PT - 1);
    expect(left).toBeLessThanOrEqual(30 * MM_PT + 3);
    // Justified: lines run to the right margin.
    expect(right).toBeLessThanOrEqual(A4_SHORT - 15 * MM_PT + 1);
    expect(right).toBeGreaterThan(A4_SHORT - 15 * MM_PT - 6);
  });

  test('the seed figures come out as Vietnamese numbers, in the body and in the appendix', () => {
    const all = pdfText(pdf);
    for (const s of [
      '3.932',
      '16.344',
      '57,35%',
      'Lũy kế',
      'đạt 57,35% kế hoạch',
      'Nơi nhận:',
      'Mã Chí Thanh',
      'KT. GIÁM ĐỐC',
    ]) {
      expect(all).toContain(s);
    }
    expect(all).not.toMatch(/NaN|undefined/);
  });

  test('only Times New Roman (or its metric twin Liberation Serif) is used — no fallback font for a missing glyph', () => {
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f).toMatch(/^(TimesNewRoman|Times-|LiberationSerif)/);
  });
});

describe('LibreOffice renders the report .xlsx (layout → ExcelJS)', () => {
  let pdf = '';

  beforeAll(async () => {
    requireTools();
    dir = dir || makeTempDir();
    const file = join(dir, 'BC T6-2024.xlsx');
    writeFileSync(file, await renderLayoutsToXlsx([buildReportLayout(sampleReport(), 'BC T6-2024')]));
    pdf = toPdf(file, dir);
  }, 150_000);

  test('prints on A4 landscape', () => {
    const sizes = pageSizes(pdf);
    expect(sizes.length).toBeGreaterThanOrEqual(1);
    for (const s of sizes) expect(near(s.width, A4_LONG) && near(s.height, A4_SHORT)).toBe(true);
  });

  test('fits one page wide: every column heading is on page 1', () => {
    // word by word: narrow headings wrap ("Kế hoạch / năm 2024"), as in Excel
    const words = pageWords(pdf, 1).map((w) => w.text);
    for (const h of ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm', '% KH năm', 'So cùng kỳ', 'Tiến độ', 'Ghi chú'])
      expect(words).toEqual(expect.arrayContaining(h.split(' ')));
  });

  test('figures and Vietnamese text intact under a Vietnamese locale', () => {
    const all = pdfText(pdf);
    for (const s of [
      '3.932',
      '16.344',
      '57,35',
      'Lũy kế',
      'Việc làm – Tiền lương – An toàn lao động',
      'Vượt tiến độ',
      'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
    ]) {
      expect(all).toContain(s);
    }
    expect(all).not.toMatch(/NaN|undefined|#VALUE!|#REF!/);
  });
});

describe('LibreOffice prints the narrative sheet ND T6-2024 of the sample (row heights)', () => {
  // Lines of each page, top to bottom (y of each printed line, footer left out).
  let pages: number[][] = [];
  let printedWords = 0;
  let layoutWords = 0;

  beforeAll(async () => {
    requireTools();
    dir = dir || makeTempDir();
    const parsed = parseWorkbook(await readXlsxFile(SAMPLE));
    const report = computeReport(parsed, parsePeriodKey('T6', parsed.year ?? 2024)!);
    const layout = buildNarrativeLayout(buildNarrative(report), 'ND T6-2024', report.info);
    layoutWords = layout.cells.reduce(
      (n, c) =>
        n +
        String(c.value ?? '')
          .split(/\s+/)
          .filter(Boolean).length,
      0,
    );
    const file = join(dir, 'ND T6-2024.xlsx');
    writeFileSync(file, await renderLayoutsToXlsx([layout]));
    const pdf = toPdf(file, dir);
    pages = pageSizes(pdf).map((_, i) => {
      const words = pageWords(pdf, i + 1);
      const footer = Math.max(...words.filter((w) => w.text === 'Trang').map((w) => w.yMin));
      const body = words.filter((w) => w.yMin < footer - 5);
      printedWords += body.length;
      return [...new Set(body.map((w) => Math.round(w.yMin)))].sort((a, b) => a - b);
    });
  }, 150_000);

  test('every word is printed and no row cuts its text (a cut row shows as lines printed over each other)', () => {
    expect(printedWords).toBeGreaterThanOrEqual(layoutWords);
    // Times New Roman 13 pt: lines 14–15 pt apart; a row too short for its text
    // lets LibreOffice print its last line into the next row, closer than that.
    for (const ys of pages) for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(12);
  });

  test('leaves no large blank gap under a paragraph (at most ~3 empty lines; it was 10 before the estimate was calibrated)', () => {
    for (const ys of pages) for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeLessThanOrEqual(75);
  });
});

describe('the sample workbook, end to end (read → compute → narrative → .docx → PDF)', () => {
  let pdf = '';
  let pages: string[] = [];

  beforeAll(async () => {
    requireTools();
    dir = dir || makeTempDir();
    const parsed = parseWorkbook(await readXlsxFile(SAMPLE));
    const period = parsePeriodKey('T6', parsed.year ?? 2024)!;
    const report = computeReport(parsed, period);
    const file = join(dir, 'so-lieu-nganh-2024 - BC T6-2024.docx');
    writeFileSync(file, await buildDocx(buildNarrative(report), report));
    pdf = toPdf(file, dir);
    pages = pageSizes(pdf).map((_, i) => pdfText(pdf, i + 1));
  }, 150_000);

  test('portrait body pages numbered 2, 3, … then the landscape appendix numbered on its own', () => {
    const sizes = pageSizes(pdf);
    const firstLandscape = sizes.findIndex((s) => s.width > s.height);
    expect(firstLandscape).toBeGreaterThan(1);
    for (let i = 1; i < firstLandscape; i++)
      expect(
        pages[i]
          .split('\n')
          .find((l) => l.trim())!
          .trim(),
      ).toBe(String(i + 1));
    expect(pages[firstLandscape]).toContain('PHỤ LỤC');
    if (sizes.length > firstLandscape + 1)
      expect(
        pages[firstLandscape + 1]
          .split('\n')
          .find((l) => l.trim())!
          .trim(),
      ).toBe('2');
  });

  test('the page holding "Nơi nhận" also holds body text (the signature never stands alone)', () => {
    const i = pages.findIndex((p) => p.includes('Nơi nhận:'));
    expect(i).toBeGreaterThanOrEqual(0);
    const before = pages[i].slice(0, pages[i].indexOf('Nơi nhận:'));
    const bodyLines = before.split('\n').filter((l) => l.trim() && !/^\s*\d+\s*$/.test(l));
    expect(bodyLines.length).toBeGreaterThanOrEqual(2);
    expect(before).toContain('./.');
  });

  test('the seed figures of the sample read as in the seed report', () => {
    const all = pages.join('\n').replace(/\s+/g, ' ');
    expect(all).toContain('3.932');
    expect(all).toContain('16.344');
    expect(all).toContain('57,35%');
    expect(all).not.toMatch(/NaN|undefined/);
  });
});

describe('LibreOffice prints the sample H1 report sheet: one "Thực hiện" column, no chart data on paper', () => {
  let printed = '';
  beforeAll(async () => {
    requireTools();
    dir = dir || makeTempDir();
    const parsed = parseWorkbook(await readXlsxFile(SAMPLE));
    const report = computeReport(parsed, parsePeriodKey('H1', 2024)!);
    const file = join(dir, 'BC 6T-2024.xlsx');
    writeFileSync(file, await renderLayoutsToXlsx([buildReportLayout(report, 'BC 6T-2024')]));
    const pdf = toPdf(file, dir);
    printed = pdfText(pdf).replace(/\s+/g, ' ');
  }, 150_000);

  test('the chart-data block under the legends is outside the print area', () => {
    expect(printed).toContain('Cùng kỳ năm 2023: chỉ tiêu cộng dồn');
    expect(printed).not.toContain('Số liệu biểu đồ');
  });

  test('the half year is its own year to date: "Thực hiện 6 tháng đầu năm 2024", no "Lũy kế đến hết" column', () => {
    expect(printed).toContain('16.344');
    expect(printed).not.toContain('Lũy kế đến hết');
  });
});
