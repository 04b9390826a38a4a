import { unmarkedTextCells } from '../../../src/engine/layout/literal';
import { buildNarrativeLayout, NARRATIVE_WIDTH } from '../../../src/engine/layout/narrativeSheet';
import type { NarrativeDoc } from '../../../src/engine/narrative/model';
import { info } from './fixture';
import { rowWith, styleAt, valueAt } from './helpers';

const doc: NarrativeDoc = {
  subject: 'Kết quả thực hiện nhiệm vụ tháng 6 năm 2024 và nhiệm vụ trọng tâm tháng 7 năm 2024',
  blocks: [
    { type: 'heading', level: 1, text: 'I. TÌNH HÌNH THỰC HIỆN THÁNG 6 NĂM 2024' },
    { type: 'heading', level: 2, text: '1. Lao động - Việc làm' },
    {
      type: 'paragraph',
      source: 'generated',
      runs: [
        {
          text: 'Trong tháng 6 năm 2024, toàn tỉnh đã tạo việc làm cho 3.932 lao động, lũy kế đến hết tháng 6/2024 là 16.344 người (đạt 57,35% kế hoạch).',
        },
      ],
    },
    { type: 'paragraph', source: 'staff', runs: [{ text: '- Tổ chức 22 phiên giao dịch việc làm\u0007;' }] },
    { type: 'heading', level: 3, text: '4.1. Hoạt động Bảo trợ xã hội' },
    { type: 'paragraph', source: 'staff', runs: [{ text: '   ' }] },
    { type: 'paragraph', source: 'staff', runs: [{ text: '=Ghi chú của cán bộ', bold: true }] },
    { type: 'heading', level: 1, text: 'II. NHIỆM VỤ TRỌNG TÂM THÁNG 7 NĂM 2024' },
  ],
};

const layout = buildNarrativeLayout(doc, 'ND T6-2024', info);

describe('narrative sheet layout', () => {
  it('is one wide wrapped column, A4 portrait, one page wide', () => {
    expect(layout.name).toBe('ND T6-2024');
    expect(layout.columnWidths).toEqual([NARRATIVE_WIDTH]);
    expect(layout.print).toMatchObject({ orientation: 'portrait', paper: 'A4', fitToWidth: 1 });
    expect(layout.merges).toEqual([]);
    expect(layout.cells.every((c) => c.col === 0)).toBe(true);
    expect(layout.cells.every((c) => layout.styles[c.style!].wrap)).toBe(true);
  });

  it('opens with the agency, "BÁO CÁO" and the subject', () => {
    expect(valueAt(layout, 0, 0)).toBe('UBND TỈNH SÓC TRĂNG');
    expect(valueAt(layout, 1, 0)).toBe('SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI');
    const t = rowWith(layout, 'BÁO CÁO');
    expect(styleAt(layout, t, 0)).toMatchObject({ bold: true, hAlign: 'center' });
    // two balanced lines, the period phrases whole: never a lone "2024" on the second line
    expect(String(valueAt(layout, t + 1, 0)).replace(/\u00A0/g, ' ')).toBe(
      'Kết quả thực hiện nhiệm vụ tháng 6 năm 2024\nvà nhiệm vụ trọng tâm tháng 7 năm 2024',
    );
  });

  it('puts one block a row, in order, headings bold, empty paragraphs skipped', () => {
    const h1 = rowWith(layout, 'I. TÌNH HÌNH THỰC HIỆN THÁNG 6 NĂM 2024');
    const texts = layout.cells.filter((c) => c.row >= h1).map((c) => c.value);
    expect(texts).toEqual([
      'I. TÌNH HÌNH THỰC HIỆN THÁNG 6 NĂM 2024',
      '1. Lao động - Việc làm',
      (doc.blocks[2] as { runs: { text: string }[] }).runs[0].text,
      '- Tổ chức 22 phiên giao dịch việc làm;',
      '4.1. Hoạt động Bảo trợ xã hội',
      '=Ghi chú của cán bộ',
      'II. NHIỆM VỤ TRỌNG TÂM THÁNG 7 NĂM 2024',
    ]);
    const rows = layout.cells.filter((c) => c.row >= h1).map((c) => c.row);
    expect(rows).toEqual(rows.map((_, i) => h1 + i));
    expect(styleAt(layout, h1, 0).bold).toBe(true);
    expect(styleAt(layout, h1 + 1, 0).bold).toBe(true);
    expect(styleAt(layout, h1 + 2, 0)).toMatchObject({ hAlign: 'justify', wrap: true });
    expect(styleAt(layout, h1 + 2, 0).bold).toBeUndefined();
    expect(styleAt(layout, h1 + 4, 0)).toMatchObject({ bold: true, italic: true });
    expect(styleAt(layout, h1 + 5, 0).bold).toBe(true);
  });

  it('keeps every paragraph literal text', () => {
    expect(unmarkedTextCells(layout)).toEqual([]);
  });
});
