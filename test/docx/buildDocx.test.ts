/**
 * The .docx as a clerk would check it against Nghị định 30/2020/NĐ-CP:
 * unzip, read word/document.xml + styles.xml + headers, assert on what Word shows.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { readFileSync } from 'fs';
import { join } from 'path';
import { buildDocx, docxSubjectLines as subjectLines, docxText, recipientLines } from '../../src/docx/buildDocx';
import { keepPeriodsTogether } from '../../src/engine/layout/subject';
import type { NarrativeDoc } from '../../src/engine/narrative/model';
import type { ComputedReport } from '../../src/engine/types';
import { ind, sampleNarrative, sampleReport } from './fixtures';
import { attr, decode, DocxParts, MM, num, openDocx, ParaInfo } from './docxParts';
import { defaultUnitInfo } from '../../src/engine/info';

let parts: DocxParts;

beforeAll(async () => {
  parts = await openDocx(await buildDocx(sampleNarrative(), sampleReport()));
});

const para = (text: string): ParaInfo => {
  const p = parts.paragraphs.find((x) => x.text === text);
  if (!p) throw new Error(`no paragraph "${text}" in:\n${parts.paragraphs.map((x) => x.text).join('\n')}`);
  return p;
};
const cellTexts = (tableXml: string): string[] =>
  [...tableXml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) =>
    decode([...c[1].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
  );
const allBold = (p: ParaInfo) => p.runs.length > 0 && p.runs.every((r) => r.bold);

describe('buildDocx — page setup (NĐ30: A4, margins)', () => {
  test('returns the bytes of a zip (.docx) as a Uint8Array', async () => {
    const bytes = await buildDocx(sampleNarrative(), sampleReport());
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(String.fromCharCode(bytes[0], bytes[1])).toBe('PK');
  });

  test('body section is A4 portrait with margins in the NĐ30 ranges', () => {
    const s = parts.sections[0];
    expect(num(s, 'pgSz', 'w')).toBe(11906);
    expect(num(s, 'pgSz', 'h')).toBe(16838);
    expect(attr(s, 'pgSz', 'orient') ?? 'portrait').toBe('portrait');
    const mm = (n: string) => num(s, 'pgMar', n) / MM;
    expect(mm('top')).toBeGreaterThanOrEqual(19.9);
    expect(mm('top')).toBeLessThanOrEqual(25.1);
    expect(mm('bottom')).toBeGreaterThanOrEqual(19.9);
    expect(mm('bottom')).toBeLessThanOrEqual(25.1);
    expect(mm('left')).toBeGreaterThanOrEqual(29.9);
    expect(mm('left')).toBeLessThanOrEqual(35.1);
    expect(mm('right')).toBeGreaterThanOrEqual(14.9);
    expect(mm('right')).toBeLessThanOrEqual(20.1);
  });

  test('appendix is a second section in landscape (long side horizontal)', () => {
    expect(parts.sections).toHaveLength(2);
    const s = parts.sections[1];
    expect(attr(s, 'pgSz', 'orient')).toBe('landscape');
    expect(num(s, 'pgSz', 'w')).toBe(16838);
    expect(num(s, 'pgSz', 'h')).toBe(11906);
  });

  test('appendix: false gives a single portrait section without "PHỤ LỤC"', async () => {
    const p = await openDocx(await buildDocx(sampleNarrative(), sampleReport(), { appendix: false }));
    expect(p.sections).toHaveLength(1);
    expect(attr(p.sections[0], 'pgSz', 'orient') ?? 'portrait').toBe('portrait');
    expect(p.paragraphs.map((x) => x.text)).not.toContain('PHỤ LỤC');
    // Only the header and the closing tables: no report table.
    expect(p.tables).toHaveLength(2);
    expect(p.document).not.toContain('>Tiến độ<');
  });
});

describe('buildDocx — fonts and body style', () => {
  test('Times New Roman on all four font slots in the document defaults, 14 pt', () => {
    const defaults = parts.styles.match(/<w:rPrDefault>([\s\S]*?)<\/w:rPrDefault>/)![1];
    for (const slot of ['ascii', 'hAnsi', 'eastAsia', 'cs'])
      expect(attr(defaults, 'rFonts', slot)).toBe('Times New Roman');
    expect(num(defaults, 'sz', 'val')).toBe(28);
  });

  test('no other font is named anywhere (styles, document, headers)', () => {
    const xml = [
      parts.styles,
      parts.document,
      ...parts.sectionHeaders.flatMap((h) => [h.default ?? '', h.first ?? '']),
    ].join('');
    const rFonts = [...xml.matchAll(/<w:rFonts [^>]*\/>/g)].map((m) => m[0]);
    expect(rFonts.length).toBeGreaterThan(0);
    const fonts = new Set(
      rFonts.flatMap((r) => [...r.matchAll(/w:(?:ascii|hAnsi|eastAsia|cs)="([^"]+)"/g)].map((m) => m[1])),
    );
    expect([...fonts]).toEqual(['Times New Roman']);
    // Theme font references would override the explicit font in Word.
    expect(xml).not.toMatch(/w:(?:ascii|hAnsi|eastAsia|cs)Theme=/);
  });

  test('body paragraphs: justified, first-line indent ≈ 1 cm, ≥ 6 pt apart, 13–14 pt', () => {
    const style = parts.styles.match(/<w:style [^>]*w:styleId="NoiDung"[\s\S]*?<\/w:style>/)![0];
    expect(attr(style, 'jc', 'val')).toBe('both');
    const indent = num(style, 'ind', 'firstLine') / MM;
    expect(indent).toBeGreaterThanOrEqual(9.9);
    expect(indent).toBeLessThanOrEqual(12.8);
    expect(num(style, 'spacing', 'after') + (Number(attr(style, 'spacing', 'before')) || 0)).toBeGreaterThanOrEqual(
      120,
    );
    const size = num(style, 'sz', 'val') || 28;
    expect(size).toBeGreaterThanOrEqual(26);
    expect(size).toBeLessThanOrEqual(28);
  });
});

describe('buildDocx — header block (Quốc hiệu, tiêu ngữ, cơ quan)', () => {
  test('is a borderless two-column table with widths in DXA', () => {
    const t = parts.tables[0];
    expect(attr(t, 'tblW', 'type')).toBe('dxa');
    const borders = t.match(/<w:tblBorders>([\s\S]*?)<\/w:tblBorders>/)![1];
    const sides = [...borders.matchAll(/<w:(\w+) w:val="(\w+)"/g)];
    expect(sides.length).toBeGreaterThanOrEqual(4);
    for (const s of sides) expect(s[2]).toBe('none');
    const cols = [...t.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(cols).toHaveLength(2);
    expect(cols[0] + cols[1]).toBe(
      11906 - num(parts.sections[0], 'pgMar', 'left') - num(parts.sections[0], 'pgMar', 'right'),
    );
    for (const m of t.matchAll(/<w:tcW ([^>]*)\/>/g)) expect(m[1]).toContain('w:type="dxa"');
    expect(t).not.toMatch(/w:type="pct"/);
  });

  test('left column: cơ quan chủ quản upper case 13 pt, tên cơ quan upper case bold, "Số: …"', () => {
    const cells = cellTexts(parts.tables[0]);
    expect(cells[0]).toContain('UBND TỈNH SÓC TRĂNG');
    expect(cells[0]).toContain('SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI');
    const chuQuan = para('UBND TỈNH SÓC TRĂNG');
    expect(chuQuan.runs[0].size).toBe(26);
    expect(chuQuan.runs[0].bold).toBe(false);
    expect(allBold(para('SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'))).toBe(true);
    const so = parts.paragraphs.find((p) => p.text.startsWith('Số:'))!;
    expect(so.text).toMatch(/^Số:\s+\/BC-SLĐTBXH$/);
  });

  test('a short rule (bottom/top border paragraph) sits under the agency name', () => {
    const cellXml = parts.tables[0].match(/<w:tc>([\s\S]*?)<\/w:tc>/)![1];
    expect(cellXml).toMatch(/<w:pBdr><w:top w:val="single"/);
  });

  test('right column: Quốc hiệu bold upper case, tiêu ngữ bold underlined, date line italic with the year', () => {
    const qh = para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(allBold(qh)).toBe(true);
    expect(qh.runs[0].size).toBeGreaterThanOrEqual(24);
    expect(qh.runs[0].size).toBeLessThanOrEqual(26);
    const tn = para('Độc lập - Tự do - Hạnh phúc');
    expect(allBold(tn)).toBe(true);
    expect(tn.runs.every((r) => r.underline)).toBe(true);
    expect(tn.runs[0].size).toBeGreaterThanOrEqual(26);
    const date = parts.paragraphs.find((p) => p.text.startsWith('Sóc Trăng, ngày'))!;
    expect(date.text).toMatch(/^Sóc Trăng, ngày\s+tháng\s+năm 2024$/);
    expect(date.runs.every((r) => r.italic)).toBe(true);
    // All four header lines live in the header table, right column.
    const cells = cellTexts(parts.tables[0]);
    expect(cells[1]).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(cells[3]).toContain('Sóc Trăng, ngày');
  });

  test('title "BÁO CÁO" bold and centred, the subject bold under it', () => {
    const i = parts.paragraphs.findIndex((p) => p.text === 'BÁO CÁO');
    expect(i).toBeGreaterThan(0);
    const title = parts.paragraphs[i];
    expect(title.align).toBe('center');
    expect(allBold(title)).toBe(true);
    const subject = parts.paragraphs[i + 1];
    // Two balanced lines, the second starting with "và" (a line break inside the paragraph).
    expect(subject.text.replace(/\u00A0/g, ' ')).toBe(
      'Kết quả thực hiện nhiệm vụ tháng 6 năm 2024\nvà nhiệm vụ trọng tâm tháng 7 năm 2024',
    );
    // Period phrases do not break across lines (no lone "năm 2024" on the second line).
    expect(subject.text).toContain('tháng\u00A07\u00A0năm\u00A02024');
    expect(allBold(subject)).toBe(true);
    expect(subject.align).toBe('center');
  });
});

describe('buildDocx — body', () => {
  test('an empty subject falls back to the period, never an empty bold line', async () => {
    const p = await openDocx(await buildDocx({ subject: '  ', blocks: [] }, sampleReport(), { appendix: false }));
    const i = p.paragraphs.findIndex((x) => x.text === 'BÁO CÁO');
    expect(p.paragraphs[i + 1].text.replace(/\u00A0/g, ' ')).toBe('Kết quả thực hiện nhiệm vụ tháng 6 năm 2024');
  });

  test('level-1 headings in upper case, headings bold via Heading styles', () => {
    expect(para('I. TÌNH HÌNH THỰC HIỆN THÁNG 6 NĂM 2024').style).toBe('Heading1');
    expect(para('II. NHIỆM VỤ TRỌNG TÂM THÁNG 7 NĂM 2024').style).toBe('Heading1');
    expect(para('1. Việc làm – Tiền lương – An toàn lao động').style).toBe('Heading2');
    expect(para('3.1. Hoạt động Bảo trợ xã hội').style).toBe('Heading3');
    for (const id of ['Heading1', 'Heading2', 'Heading3']) {
      const st = parts.styles.match(new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`))![0];
      expect(st).toContain('<w:b/>');
      expect(st).toContain('<w:keepNext/>');
      // Pressing Enter after a heading continues in the body style; each heading is defined once.
      expect(st).toContain('<w:next w:val="NoiDung"/>');
      expect(parts.styles.split(`w:styleId="${id}"`)).toHaveLength(2);
    }
  });

  test('the generated seed sentence is present with its diacritics, in the body style', () => {
    const p = para(
      'Trong tháng 6 năm 2024, toàn tỉnh đã tạo việc làm cho 3.932 lao động, lũy kế đến hết tháng 6/2024 là 16.344 người (đạt 57,35% kế hoạch). Trong đó, đưa người lao động đi làm việc ở nước ngoài theo hợp đồng là 61 người, lũy kế đến hết tháng 6/2024 là 193 người (đạt 55,14% kế hoạch).',
    );
    expect(p.style).toBe('NoiDung');
  });

  test('bold and italic runs keep their formatting', () => {
    const p = parts.paragraphs.find((x) => x.text.startsWith('Thực hiện trợ cấp xã hội hằng tháng'))!;
    expect(p.runs.find((r) => r.text === '58.214')!.bold).toBe(true);
    expect(p.runs.find((r) => r.text === 'tăng 1,6%')!.italic).toBe(true);
    expect(p.runs.find((r) => r.text.startsWith('Thực hiện'))!.bold).toBe(false);
  });

  test('the last body paragraph ends with "./." (once)', () => {
    const p = parts.paragraphs.find((x) => x.text.startsWith('Triển khai rà soát hộ nghèo'))!;
    expect(p.text.endsWith('trình UBND tỉnh./.')).toBe(true);
    expect(p.text).not.toContain('./../.');
  });

  test('the last body paragraph keeps with the signature block (no signature page without text)', () => {
    const body = parts.paragraphs.filter((x) => x.style === 'NoiDung');
    expect(body[body.length - 1].xml).toContain('<w:keepNext/>');
    expect(body.slice(0, -1).filter((x) => x.xml.includes('<w:keepNext/>'))).toHaveLength(0);
  });

  test('the body is exactly what docx writes for the same Paragraph and TextRun objects', async () => {
    // buildDocx writes the body's XML itself (it grows with the workbook); docx's own
    // objects for the same blocks are the reference: headings 1–3 (level 1 in capitals),
    // bold / italic runs, a line break, markup characters, an empty run, the closing "./.".
    const doc: NarrativeDoc = {
      subject: 'Báo cáo tháng 6 năm 2024',
      blocks: [
        { type: 'heading', level: 1, text: 'i. Tình hình thực hiện' },
        { type: 'heading', level: 2, text: '1. Việc làm & tiền lương' },
        {
          type: 'paragraph',
          source: 'generated',
          runs: [
            { text: 'Tạo việc làm cho ' },
            { text: '3.696', bold: true },
            { text: ' lao động <đạt "57,35%">;\nlũy kế ' },
            { text: "15.363 người (Sở's)", italic: true, bold: true },
            { text: '' },
          ],
        },
        { type: 'heading', level: 3, text: 'a) Giải quyết việc làm' },
        { type: 'paragraph', source: 'staff', runs: [{ text: 'Trên đây là báo cáo của Sở;' }] },
      ],
    };
    const bodyOf = (xml: string) =>
      [...xml.matchAll(/<w:p><w:pPr><w:pStyle w:val="(?:NoiDung|Heading[123])"\/>[\s\S]*?<\/w:p>/g)].map((m) => m[0]);
    const ours = bodyOf((await openDocx(await buildDocx(doc, sampleReport(), { appendix: false }))).document);
    const run = (text: string, o: { bold?: boolean; italic?: boolean } = {}, br = false) =>
      new TextRun({ text, bold: o.bold || undefined, italics: o.italic || undefined, break: br ? 1 : undefined });
    const reference = new Document({
      sections: [
        {
          children: [
            new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run('I. TÌNH HÌNH THỰC HIỆN')] }),
            new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run('1. Việc làm & tiền lương')] }),
            new Paragraph({
              style: 'NoiDung',
              widowControl: true,
              children: [
                run('Tạo việc làm cho '),
                run('3.696', { bold: true }),
                run(' lao động <đạt "57,35%">;'),
                run('lũy kế ', {}, true),
                run("15.363 người (Sở's)", { bold: true, italic: true }),
                run(''),
              ],
            }),
            new Paragraph({ heading: HeadingLevel.HEADING_3, children: [run('a) Giải quyết việc làm')] }),
            new Paragraph({
              style: 'NoiDung',
              widowControl: true,
              keepNext: true,
              children: [run('Trên đây là báo cáo của Sở./.')],
            }),
          ],
        },
      ],
    });
    const expected = bodyOf((await openDocx(await Packer.pack(reference, 'uint8array'))).document);
    expect(expected).toHaveLength(5);
    expect(ours).toEqual(expected);
  });

  test('paragraphs with only blank runs are left out', async () => {
    const doc = sampleNarrative();
    doc.blocks.splice(2, 0, { type: 'paragraph', source: 'staff', runs: [{ text: '  ' }, { text: '' }] });
    const p = await openDocx(await buildDocx(doc, sampleReport(), { appendix: false }));
    expect(p.paragraphs.filter((x) => x.style === 'NoiDung').map((x) => x.text.trim())).not.toContain('');
  });

  test('a paragraph already ending in "./." is not changed', async () => {
    const doc = sampleNarrative();
    doc.blocks.push({ type: 'paragraph', source: 'staff', runs: [{ text: 'Trên đây là báo cáo của Sở./.' }] });
    const p = await openDocx(await buildDocx(doc, sampleReport(), { appendix: false }));
    expect(p.paragraphs.map((x) => x.text)).toContain('Trên đây là báo cáo của Sở./.');
  });
});

describe('buildDocx — Nơi nhận and signature', () => {
  test('"Nơi nhận:" bold italic 12 pt, recipients 11 pt as "- …;" ending with "- Lưu: VT."', () => {
    const nn = para('Nơi nhận:');
    expect(nn.runs[0]).toMatchObject({ bold: true, italic: true, size: 24 });
    const closing = parts.tables[1];
    const lines = [...closing.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]);
    const texts = cellTexts(closing)[0];
    expect(texts).toContain('- VP.TU; HĐND; UBND tỉnh;');
    expect(texts).toContain('- Sở KH-ĐT; Cục Thống kê tỉnh;');
    expect(texts.endsWith('- Lưu: VT.')).toBe(true);
    const recip = parts.paragraphs.find((p) => p.text === '- Cổng thông tin điện tử;')!;
    expect(recip.runs[0].size).toBe(22);
    // A wrapped recipient continues under its text (hanging indent), not under the dash.
    expect(Number(attr(recip.xml, 'ind', 'hanging'))).toBeGreaterThan(0);
    expect(attr(recip.xml, 'ind', 'hanging')).toBe(attr(recip.xml, 'ind', 'left'));
    expect(lines.length).toBeGreaterThan(5);
  });

  test('signature block on the right: quyền hạn + chức vụ bold upper case, then the signer bold', () => {
    const cells = cellTexts(parts.tables[1]);
    expect(cells[1]).toBe('KT. GIÁM ĐỐCPHÓ GIÁM ĐỐCMã Chí Thanh');
    for (const t of ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Mã Chí Thanh']) expect(allBold(para(t))).toBe(true);
    // Room for the signature and the seal (≥ 2 cm above the name).
    expect(Number(attr(para('Mã Chí Thanh').xml, 'spacing', 'before'))).toBeGreaterThanOrEqual(20 * MM);
    const borders = parts.tables[1].match(/<w:tblBorders>([\s\S]*?)<\/w:tblBorders>/)![1];
    expect(borders).not.toMatch(/w:val="single"/);
  });

  test('an empty "Thông tin" prints the NĐ30 labels where the clerk must type, not blanks', async () => {
    const report = sampleReport();
    report.info = defaultUnitInfo();
    const p = await openDocx(await buildDocx(sampleNarrative(), report, { appendix: false }));
    const texts = p.paragraphs.map((x) => x.text);
    expect(texts).toContain('TÊN CƠ QUAN, TỔ CHỨC');
    expect(texts.find((t) => t.includes('ngày'))).toMatch(/^……, ngày\s+tháng\s+năm 2024$/);
    expect(texts).toContain('QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ');
    expect(texts).toContain('Họ và tên');
    expect(texts).toContain('- Lưu: VT.');
    expect(texts.find((t) => t.startsWith('Số:'))).toMatch(/^Số:\s+\/BC$/);
  });

  test('recipientLines normalises dashes and punctuation and always ends with "Lưu"', () => {
    expect(recipientLines(['Như trên', '– UBND tỉnh (để báo cáo).', '', 'Lưu: VT, KHTC'])).toEqual([
      '- Như trên;',
      '- UBND tỉnh (để báo cáo);',
      '- Lưu: VT, KHTC.',
    ]);
    expect(recipientLines([])).toEqual(['- Lưu: VT.']);
    expect(recipientLines(['Bộ Nội vụ;\nUBND tỉnh'])).toEqual(['- Bộ Nội vụ;', '- UBND tỉnh;', '- Lưu: VT.']);
  });
});

describe('buildDocx — page numbers', () => {
  test('titlePage set: first page has an empty header, later pages a centred PAGE field', () => {
    const s = parts.sections[0];
    expect(s).toMatch(/<w:titlePg\/>|<w:titlePg w:val="(true|1)"\/>/);
    const h = parts.sectionHeaders[0];
    expect(h.first).toBeDefined();
    expect(h.first).not.toMatch(/PAGE/);
    expect(h.default).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(h.default).toMatch(/<w:jc w:val="center"\/>/);
  });

  test('the appendix restarts its own numbering and hides it on its first page', () => {
    const s = parts.sections[1];
    expect(attr(s, 'pgNumType', 'start')).toBe('1');
    expect(s).toMatch(/<w:titlePg\/>/);
    expect(parts.sectionHeaders[1].default).toMatch(/PAGE/);
  });
});

describe('buildDocx — appendix table', () => {
  const appendixTable = () => parts.tables[parts.tables.length - 1];

  test('title "PHỤ LỤC" and "SỐ LIỆU …" centred and bold', () => {
    expect(allBold(para('PHỤ LỤC'))).toBe(true);
    expect(para('SỐ LIỆU THỰC HIỆN CÁC CHỈ TIÊU THÁNG 6 NĂM 2024').align).toBe('center');
    const ref = parts.paragraphs.find((x) => x.text.startsWith('(Kèm theo Báo cáo số'))!;
    expect(ref.text).toMatch(/^\(Kèm theo Báo cáo số\s+\/BC-SLĐTBXH ngày\s+tháng\s+năm 2024\)$/);
    expect(ref.runs[0]).toMatchObject({ italic: true, size: 28 });
  });

  test('widths in DXA, adding up to the landscape text width; header rows repeat', () => {
    const t = appendixTable();
    const s = parts.sections[1];
    const textWidth = num(s, 'pgSz', 'w') - num(s, 'pgMar', 'left') - num(s, 'pgMar', 'right');
    expect(attr(t, 'tblW', 'type')).toBe('dxa');
    expect(num(t, 'tblW', 'w')).toBe(textWidth);
    const cols = [...t.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(cols).toHaveLength(11);
    expect(cols.reduce((a, b) => a + b, 0)).toBe(textWidth);
    for (const m of t.matchAll(/<w:tcW ([^>]*)\/>/g)) expect(m[1]).toContain('w:type="dxa"');
    expect(t).not.toMatch(/w:type="pct"/);
    const firstRow = t.match(/<w:tr>[\s\S]*?<\/w:tr>/)![0];
    expect(firstRow).toContain('<w:tblHeader/>');
  });

  test('cells keep 1 pt above and below and 3.5 pt either side, and no paragraph spacing', () => {
    // Word's own default would be 0 / 5.4 pt: wider cells, fewer rows a page.
    const t = appendixTable();
    const mar = t.match(/<w:tblPr>[\s\S]*?<w:tblCellMar>([\s\S]*?)<\/w:tblCellMar>[\s\S]*?<\/w:tblPr>/)![1];
    expect({ top: num(mar, 'top', 'w'), left: num(mar, 'left', 'w') }).toEqual({ top: 20, left: 70 });
    expect({ bottom: num(mar, 'bottom', 'w'), right: num(mar, 'right', 'w') }).toEqual({ bottom: 20, right: 70 });
    expect(mar).not.toMatch(/w:type="(?!dxa)/);
    // No cell overrides them, and the paragraphs take the document's default (no space before/after).
    expect(t).not.toContain('<w:tcMar>');
    expect(parts.styles).toMatch(/<w:pPrDefault><w:pPr><w:spacing w:after="0" w:before="0"/);
    for (const m of t.matchAll(/<w:spacing ([^>]*)\/>/g)) expect(m[1]).not.toMatch(/w:(before|after)="[1-9]/);
  });

  test('column headings', () => {
    const head = cellTexts(appendixTable()).slice(0, 11);
    expect(head).toEqual([
      'STT',
      'Chỉ tiêu',
      'ĐVT',
      'Kế hoạch năm 2024',
      'Thực hiện tháng 6/2024',
      'Lũy kế đến hết tháng 6/2024',
      '% KH năm',
      'Cùng kỳ năm 2023',
      'So cùng kỳ',
      'Tiến độ',
      'Ghi chú',
    ]);
  });

  test('the seed row: 28.500 | 3.932 | 16.344 | 57,35% | 13.665 | tăng 19,6% | Vượt tiến độ', () => {
    const cells = cellTexts(appendixTable());
    const i = cells.indexOf('Số lao động được tạo việc làm');
    expect(cells.slice(i - 1, i + 9)).toEqual([
      '1',
      'Số lao động được tạo việc làm',
      'người',
      '28.500',
      '3.932',
      '16.344',
      '57,35%',
      '13.665',
      'tăng 19,6%',
      'Vượt tiến độ',
    ]);
  });

  test('sector rows numbered I, II…; children indented and in italics', () => {
    const cells = cellTexts(appendixTable());
    expect(cells[cells.indexOf('Việc làm – Tiền lương – An toàn lao động') - 1]).toBe('I');
    expect(cells[cells.indexOf('Quản lý giáo dục nghề nghiệp') - 1]).toBe('II');
    const child = parts.paragraphs.find((p) => p.text === 'Sơ cấp')!;
    expect(Number(attr(child.xml, 'ind', 'left'))).toBeGreaterThan(0);
    expect(child.runs[0].italic).toBe(true);
    const parent = parts.paragraphs.find((p) => p.text === 'Tuyển sinh giáo dục nghề nghiệp')!;
    expect(attr(parent.xml, 'ind', 'left')).toBeUndefined();
  });

  test('rates and targets: "< 2,79", 2,27, "giảm 1,29 điểm %", "Đạt chỉ tiêu"', () => {
    const cells = cellTexts(appendixTable());
    const i = cells.indexOf('Tỷ lệ hộ nghèo');
    expect(cells.slice(i, i + 9)).toEqual([
      'Tỷ lệ hộ nghèo',
      '%',
      '< 2,79',
      '2,27',
      '2,27',
      '',
      '3,56',
      'giảm 1,29 điểm %',
      'Đạt chỉ tiêu',
    ]);
  });

  test('incomplete figures are marked (*), the missing months named in Ghi chú, the mark explained under the table', () => {
    const cells = cellTexts(appendixTable());
    const i = cells.indexOf('Hồ sơ đăng ký hưởng bảo hiểm thất nghiệp');
    expect(cells[i + 3]).toBe('1.370 (*)');
    expect(cells[i + 4]).toBe('7.915 (*)');
    expect(cells[i + 9]).toBe('(*) Thiếu số liệu tháng 2');
    expect(parts.paragraphs.map((p) => p.text)).toContain(
      '(*) Số liệu chưa đầy đủ: còn thiếu số liệu của tháng ghi ở cột Ghi chú; số liệu tính trên các tháng đã có.',
    );
  });

  test("Ghi chú keeps the staff's note but never a data-check finding (findings stay in Excel)", async () => {
    const report = sampleReport();
    const vl05 = report.sectors[0].indicators.find((x) => x.code === 'VL05')!;
    vl05.note = 'Số liệu của Phòng Việc làm';
    report.issues = [
      {
        severity: 'warning',
        code: 'FRACTIONAL_COUNT',
        sheet: 'Việc làm',
        cell: 'H10',
        message: { vi: 'Số lẻ "1,5" ở chỉ tiêu đếm; đã làm tròn.', en: 'Fractional count.' },
      },
      {
        severity: 'error',
        code: 'NEGATIVE',
        sheet: 'Việc làm',
        cell: 'G10',
        message: { vi: 'Ô G10: số âm.', en: 'Negative.' },
      },
    ];
    const p = await openDocx(await buildDocx(sampleNarrative(), report));
    const table = p.tables[p.tables.length - 1];
    const cells = cellTexts(table);
    const i = cells.indexOf('Giấy phép lao động cấp mới cho người nước ngoài');
    expect(cells[i + 9]).toBe('Số liệu của Phòng Việc làm');
    expect(p.document).not.toMatch(/⚠|Cảnh báo|Lỗi \(|số âm|Số lẻ/);
    expect(table).not.toContain('<w:color w:val="9C0006"/>');
  });

  test('group headings inside a sector appear as their own row', () => {
    const cells = cellTexts(appendixTable());
    expect(cells).toContain('4.1. Hoạt động Bảo trợ xã hội');
  });
});

describe('buildDocx — bad text never reaches the file', () => {
  const dirtyDoc = (): NarrativeDoc => ({
    subject: 'Kết quả\u0007 tháng 6\u0000 năm 2024',
    blocks: [
      { type: 'heading', level: 1, text: 'I. Tình hình\u001b thực hiện' },
      {
        type: 'paragraph',
        source: 'staff',
        runs: [{ text: 'Tạo việc\u000B làm\tcho 3.932 lao động\u0008.\r\nDòng hai\uFFFE.' }],
      },
    ],
  });

  test('control characters are stripped, tab → space, line break kept as <w:br/>', async () => {
    const report = sampleReport();
    report.info = { ...report.info, tenCoQuan: 'Sở Nội vụ\u0001', nguoiKy: 'Trần\u0002 Văn A' };
    const p = await openDocx(await buildDocx(dirtyDoc(), report));
    // eslint-disable-next-line no-control-regex
    expect(p.document).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    const texts = p.paragraphs.map((x) => x.text.replace(/\u00A0/g, ' '));
    expect(texts).toContain('Kết quả tháng 6 năm 2024');
    expect(texts).toContain('I. TÌNH HÌNH THỰC HIỆN');
    expect(texts).toContain('Tạo việc làm cho 3.932 lao động.\nDòng hai./.');
    expect(texts).toContain('SỞ NỘI VỤ');
    expect(texts).toContain('Trần Văn A');
  });

  test('NaN, undefined and null figures leave the cell empty — never "NaN"/"undefined"', async () => {
    const report: ComputedReport = sampleReport();
    report.sectors = [
      {
        title: 'Người có công',
        sheet: 'Người có công',
        indicators: [
          ind({
            name: 'Hồ sơ mai táng phí được giải quyết',
            unit: 'hồ sơ',
            period: Number.NaN,
            ytd: undefined as unknown as number,
            plan: Number.POSITIVE_INFINITY,
            planPct: Number.NaN,
            lastYearYtd: null,
            changePct: Number.NaN,
            missingMonths: [5, 6],
            incomplete: true,
            stt: undefined as unknown as null,
          }),
        ],
      },
    ];
    report.info = {
      ...report.info,
      coQuanChuQuan: undefined as unknown as string,
      noiNhan: undefined as unknown as string[],
    };
    const p = await openDocx(await buildDocx({ subject: 'Báo cáo tháng 6 năm 2024', blocks: [] }, report));
    expect(p.document).not.toMatch(/NaN|undefined|null|Infinity/);
    const cells = cellTexts(p.tables[p.tables.length - 1]);
    const i = cells.indexOf('Hồ sơ mai táng phí được giải quyết');
    expect(cells.slice(i - 1, i + 9)).toEqual([
      '1',
      'Hồ sơ mai táng phí được giải quyết',
      'hồ sơ',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
    expect(p.paragraphs.map((x) => x.text)).toContain('- Lưu: VT.');
  });

  test('markup characters in names, units and notes print as typed in the appendix (& < > " \')', async () => {
    const report: ComputedReport = sampleReport();
    report.sectors = [
      {
        title: 'Bảo trợ xã hội & "Giảm nghèo"',
        sheet: 'BTXH',
        indicators: [
          ind({
            name: 'Hộ <cận nghèo> được hỗ trợ "Tết" & quà \'Xuân\'',
            unit: 'hộ/<tháng>',
            period: 120,
            ytd: 745,
            note: 'Gồm cả hộ "thoát nghèo" <2023> & mới',
          }),
        ],
      },
    ];
    const p = await openDocx(await buildDocx({ subject: 'Báo cáo tháng 6 năm 2024', blocks: [] }, report));
    const cells = cellTexts(p.tables[p.tables.length - 1]);
    expect(cells).toContain('Bảo trợ xã hội & "Giảm nghèo"');
    const i = cells.indexOf('Hộ <cận nghèo> được hỗ trợ "Tết" & quà \'Xuân\'');
    expect(i).toBeGreaterThan(0);
    expect(cells[i + 1]).toBe('hộ/<tháng>');
    expect(cells[i + 3]).toBe('120');
    expect(cells[i + 9]).toBe('Gồm cả hộ "thoát nghèo" <2023> & mới');
  });

  test('a large report (10 sectors × 300 indicators) has every row, in order, in a well-formed document', async () => {
    const report: ComputedReport = sampleReport();
    report.sectors = Array.from({ length: 10 }, (_, s) => ({
      title: `Lĩnh vực ${s + 1}`,
      sheet: `LV${s + 1}`,
      indicators: Array.from({ length: 300 }, (_, k) =>
        ind({ name: `Chỉ tiêu ${s + 1}.${k + 1}`, unit: 'người', period: k + 1, ytd: 6 * (k + 1), stt: String(k + 1) }),
      ),
    }));
    const p = await openDocx(await buildDocx({ subject: 'Báo cáo tháng 6 năm 2024', blocks: [] }, report));
    const table = p.tables[p.tables.length - 1];
    // 2 header rows + per sector 1 title row and 300 indicator rows.
    expect(table.match(/<w:tr>/g)).toHaveLength(2 + 10 * 301);
    const names = cellTexts(table).filter((c) => c.startsWith('Chỉ tiêu '));
    expect(names).toHaveLength(3000);
    expect(names[0]).toBe('Chỉ tiêu 1.1');
    expect(names[2999]).toBe('Chỉ tiêu 10.300');
    const sevenHundred = cellTexts(table).indexOf('Chỉ tiêu 3.100');
    expect(cellTexts(table).slice(sevenHundred, sevenHundred + 5)).toEqual([
      'Chỉ tiêu 3.100',
      'người',
      '',
      '100',
      '600',
    ]);
    // Balanced markup: as many opening as closing tags for the table parts.
    for (const tag of ['w:tbl', 'w:tr', 'w:tc', 'w:p']) {
      const open = (p.document.match(new RegExp(`<${tag}[ >]`, 'g')) ?? []).length;
      const close = (p.document.match(new RegExp(`</${tag}>`, 'g')) ?? []).length;
      expect([tag, open]).toEqual([tag, close]);
    }
    // The text after the table (the (*) note is absent: nothing incomplete) and the section end follow it.
    expect(p.document.indexOf('</w:tbl>')).toBeLessThan(p.document.lastIndexOf('<w:sectPr'));
  });

  test('keepPeriodsTogether binds the period phrases only', () => {
    const nb = (s: string) => s.replace(/ /g, '\u00A0');
    expect(keepPeriodsTogether('Kết quả 6 tháng đầu năm 2024 và nhiệm vụ 6 tháng cuối năm 2024')).toBe(
      `Kết quả ${nb('6 tháng đầu năm 2024')} và nhiệm vụ 6 tháng cuối ${nb('năm 2024')}`,
    );
    expect(keepPeriodsTogether('Báo cáo quý II năm 2024')).toBe(`Báo cáo ${nb('quý II năm 2024')}`);
    expect(keepPeriodsTogether('số liệu tháng 6/2024')).toBe(`số liệu ${nb('tháng 6/2024')}`);
  });

  test('a subject too long for one line breaks into two balanced lines, before "và", never leaving "năm 2025" alone', () => {
    const plain = (lines: string[]) => lines.map((l) => l.replace(/\u00A0/g, ' '));
    expect(
      plain(subjectLines('Kết quả thực hiện nhiệm vụ năm 2024 và phương hướng, nhiệm vụ trọng tâm năm 2025')),
    ).toEqual(['Kết quả thực hiện nhiệm vụ năm 2024', 'và phương hướng, nhiệm vụ trọng tâm năm 2025']);
    expect(
      plain(subjectLines('Kết quả thực hiện nhiệm vụ tháng 6 năm 2024 và nhiệm vụ trọng tâm tháng 7 năm 2024')),
    ).toEqual(['Kết quả thực hiện nhiệm vụ tháng 6 năm 2024', 'và nhiệm vụ trọng tâm tháng 7 năm 2024']);
    // no "và", no comma: the space nearest the middle, the period phrase whole
    expect(
      plain(
        subjectLines('Tình hình thực hiện chính sách bảo trợ xã hội đối với người cao tuổi trên địa bàn tỉnh năm 2025'),
      ),
    ).toEqual(['Tình hình thực hiện chính sách bảo trợ xã hội', 'đối với người cao tuổi trên địa bàn tỉnh năm 2025']);
    expect(subjectLines('Kết quả thực hiện nhiệm vụ tháng 6 năm 2024')).toHaveLength(1);
  });

  test('docxText', () => {
    expect(docxText(undefined)).toBe('');
    expect(docxText(null)).toBe('');
    expect(docxText(Number.NaN)).toBe('');
    // Decomposed (NFD) Vietnamese, as some keyboards/Excel files hold it, becomes NFC.
    expect(docxText('Lu\u0303y ke\u0302\u0301')).toBe('Lũy kế');
    expect(docxText('a\u0000b\u001fc\u007fd\td\r\ne')).toBe('abcd d\ne');
    // Lone surrogate halves (a cut emoji) go, a whole pair stays.
    expect(docxText('x\uD83Dy\uDE00z \uD83D\uDE00')).toBe('xyz \uD83D\uDE00');
  });
});

describe('buildDocx — runs in the browser too', () => {
  test('src/docx imports nothing Node-only (no fs, path, Buffer)', () => {
    const src = readFileSync(join(__dirname, '../../src/docx/buildDocx.ts'), 'utf8');
    const imports = [...src.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    // docx builds the document; fflate (docx's own zip library) streams the appendix table into the file.
    expect(imports.filter((m) => !m.startsWith('../engine/'))).toEqual(['docx', 'fflate', '../hosts/zip']);
    // The zip writer it shares with the .xlsx writer is browser-safe too (Node's zlib is passed in by the CLI).
    const zip = readFileSync(join(__dirname, '../../src/hosts/zip.ts'), 'utf8');
    expect([...zip.matchAll(/from '([^']+)'/g)].map((m) => m[1])).toEqual(['fflate']);
    expect(zip).not.toMatch(/\bBuffer\b|require\(|process\./);
    expect(src).not.toMatch(/\bBuffer\b|require\(|process\./);
    expect(src).toMatch(/Packer\.pack\(document, 'uint8array'\)/);
  });
});
