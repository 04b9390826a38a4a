import { wrappedHeight, wrappedLines } from '../../../src/engine/layout/builder';
import { NARRATIVE_WIDTH } from '../../../src/engine/layout/narrativeSheet';

describe('row-height estimate for wrapped text', () => {
  it('wraps word by word', () => {
    // 10 characters a line
    expect(wrappedLines('một hai ba', 100, 10)).toBe(1);
    expect(wrappedLines('một hai ba bốn', 100, 10)).toBe(2);
    expect(wrappedLines('một\nhai', 100, 10)).toBe(2);
    expect(wrappedLines('', 100, 10)).toBe(1);
  });

  it('breaks a word longer than a line inside it', () => {
    expect(wrappedLines('a'.repeat(25), 100, 10)).toBe(3);
    expect(wrappedLines(`xin ${'a'.repeat(20)} chào`, 100, 10)).toBe(4); // xin / a×10 / a×10 / chào
  });

  it('leaves one-line cells to the default height', () => {
    expect(wrappedHeight('Tỷ lệ hộ nghèo', 40, { size: 12, wrap: true })).toBeUndefined();
  });

  // Calibration (LibreOffice, Times New Roman 13 pt, sample T6-2024): 464 pt
  // lines hold 78–93 characters, median 85; lines are 14.9 pt apart.
  it('gives a 1000-character paragraph of the narrative sheet a little more than it needs, never less', () => {
    const word = 'Báo cáo tình hình sử dụng lao động nước ngoài theo Nghị định số 152/2020/NĐ-CP; ';
    const text = word.repeat(Math.ceil(1000 / word.length)).slice(0, 1000);
    const h = wrappedHeight(text, NARRATIVE_WIDTH, { size: 13, wrap: true })!;
    // the column is ≈ 441 pt of text in Excel: at 85 characters a 464 pt line ≈ 81 a line → 13 lines
    const needed = Math.ceil(1000 / 81) * 14.9;
    expect(h).toBeGreaterThanOrEqual(needed);
    expect(h).toBeLessThan(needed * 1.25);
  });

  it('needs more room for bold and indented text', () => {
    const text = 'Số lao động được tạo việc làm trong tháng, lũy kế từ đầu năm và so với cùng kỳ năm trước. '.repeat(3);
    const plain = wrappedHeight(text, 20, { size: 12, wrap: true })!;
    expect(wrappedHeight(text, 20, { size: 12, wrap: true, bold: true })!).toBeGreaterThanOrEqual(plain);
    expect(wrappedHeight(text, 20, { size: 12, wrap: true, indent: 2 })!).toBeGreaterThan(plain);
  });
});
