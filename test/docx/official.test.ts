/**
 * The official documents built from the sample workbook a clerk keeps
 * (assets/sample/so-lieu-nganh-2024.xlsx, with its three deliberate warnings:
 * '3. Người có công'!J8 "1.234" typed as text, '6. Bình đẳng giới'!J4 2.15 in a
 * count, '8. Phòng chống TNXH'!L7 June left empty): the data-check findings
 * stay in Excel (report sheet, task pane), never in the .docx.
 */
import { join } from 'path';
import { buildDocx } from '../../src/docx/buildDocx';
import { computeReport, parsePeriodKey, parseWorkbook } from '../../src/engine';
import { buildReportLayout } from '../../src/engine/layout/report';
import { buildNarrative } from '../../src/engine/narrative';
import type { ComputedReport, Finding, ParsedWorkbook } from '../../src/engine/types';
import { readXlsxFile } from '../../src/hosts/xlsx/read';
import { openDocx } from './docxParts';

const SAMPLE = join(__dirname, '../../assets/sample/so-lieu-nganh-2024.xlsx');

let parsed: ParsedWorkbook;
beforeAll(async () => {
  parsed = parseWorkbook(await readXlsxFile(SAMPLE));
});

const report = (key: string): ComputedReport => computeReport(parsed, parsePeriodKey(key, 2024)!);
const allText = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');

describe('findings never reach the official .docx', () => {
  test('the sample has its warnings, the report sheet shows them next to the row, the .docx does not', async () => {
    const r = report('T6');
    const codes = r.issues.map((f) => `${f.sheet}!${f.cell} ${f.code}`);
    expect(codes).toEqual(expect.arrayContaining(['3. Người có công!J8 NUMBER_AS_TEXT']));
    const sheetText = buildReportLayout(r, 'BC T6-2024')
      .cells.map((c) => String(c.value ?? ''))
      .join('\n');
    expect(sheetText).toContain('⚠ Cảnh báo ô J8');

    const docx = await openDocx(await buildDocx(buildNarrative(r), r));
    const text = allText(docx.document);
    expect(text).not.toMatch(/⚠|Cảnh báo|ô J8|ô J4|số lẻ/i);
    // the staff's own Ghi chú on the GDNN sheet stays in the appendix
    expect(text).toContain('Tháng 6 tăng do các lớp đào tạo nghề cho lao động nông thôn khai giảng');
    // the incomplete June figure keeps its (*) mark: that is a fact about the figure, not a finding
    expect(text).toContain('(*) Thiếu số liệu tháng 6');
  });

  test('an info finding (a decision taken for the user) appears in no printed output, not even the report sheet', async () => {
    const r = report('T6');
    const vl01 = r.sectors[0].indicators[0];
    const info = {
      severity: 'info',
      code: 'KIND_INFERRED',
      sheet: vl01.sheet,
      cell: `B${vl01.row}`,
      message: { vi: `Ô B${vl01.row}: đọc là chỉ tiêu cộng dồn.`, en: 'Read as a flow.' },
    } as unknown as Finding;
    const other = { ...info, cell: 'Z99', message: { vi: 'Ô Z99: khối năm 2023 bị bỏ qua.', en: 'x' } } as Finding;
    r.issues = [...r.issues, info, other];
    const sheetText = buildReportLayout(r, 'BC T6-2024')
      .cells.map((c) => String(c.value ?? ''))
      .join('\n');
    expect(sheetText).not.toContain('đọc là chỉ tiêu cộng dồn');
    expect(sheetText).not.toContain('khối năm 2023');
    const text = allText((await openDocx(await buildDocx(buildNarrative(r), r))).document);
    expect(text).not.toContain('đọc là chỉ tiêu cộng dồn');
  });
});

describe('the document around the sector paragraphs', () => {
  test('the body opens with "<cơ quan> báo cáo … như sau:" under the title and ends with one "./." before Nơi nhận', async () => {
    const r = report('T6');
    const docx = await openDocx(await buildDocx(buildNarrative(r), r));
    const texts = docx.paragraphs.map((p) => p.text.replace(/\u00A0/g, ' '));
    const opening = texts.indexOf(
      'Sở Lao động - Thương binh và Xã hội báo cáo kết quả thực hiện nhiệm vụ tháng 6 năm 2024 và nhiệm vụ trọng tâm tháng 7 năm 2024 như sau:',
    );
    expect(opening).toBeGreaterThan(texts.indexOf('BÁO CÁO'));
    expect(texts[opening + 1]).toBe('I. TÌNH HÌNH THỰC HIỆN THÁNG 6 NĂM 2024');
    expect(docx.paragraphs[opening].style).toBe('NoiDung');
    const closing = texts.findIndex((t) => t.startsWith('Trên đây là báo cáo'));
    expect(texts[closing]).toBe(
      'Trên đây là báo cáo kết quả thực hiện nhiệm vụ tháng 6 năm 2024 và nhiệm vụ trọng tâm tháng 7 năm 2024 của Sở Lao động - Thương binh và Xã hội./.',
    );
    expect(texts[closing + 1]).toBe('Nơi nhận:');
  });
});
