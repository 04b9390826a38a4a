/**
 * The narrative sheet `ND <period>`: the Word-ready text, one paragraph a row
 * in one wide wrapped column, so that a colleague who opens the e-mailed
 * workbook without the add-in can read it and copy it. Printable on A4 portrait.
 */
import type { Block, NarrativeDoc } from '../narrative/model';
import type { UnitInfo } from '../types';
import { LayoutBuilder } from './builder';
import { subjectLines } from './subject';
import type { CellStyle, SheetLayout } from './types';

/**
 * Width of the text column in Excel character units (7 px each, + 5 px): 84
 * units = 593 px ≈ 6.2 in, nearly the 6.67 in between the margins below, so
 * the sheet prints unscaled on A4 portrait (LibreOffice does not apply "fit
 * to 1 page wide" to a one-column sheet; with the .xlsx writer's Arial 10
 * default font it measures 84 units ≈ 6.4 in, still inside).
 */
export const NARRATIVE_WIDTH = 84;

/** Strip characters a cell cannot hold (control characters other than line breaks/tabs). */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').replace(/\r\n?/g, '\n');
}

function blockText(block: Block): string {
  return clean(block.type === 'heading' ? block.text : block.runs.map((run) => run.text).join(''));
}

export function buildNarrativeLayout(doc: NarrativeDoc, sheetName: string, info: UnitInfo): SheetLayout {
  const b = new LayoutBuilder();
  const base: CellStyle = { size: 13, vAlign: 'top', wrap: true };
  let r = 0;

  b.put(r++, 0, info.coQuanChuQuan.toLocaleUpperCase('vi'), { ...base, size: 12 });
  b.put(r++, 0, info.tenCoQuan.toLocaleUpperCase('vi'), { ...base, size: 12, bold: true });
  r++;
  b.put(r++, 0, 'BÁO CÁO', { ...base, size: 14, bold: true, hAlign: 'center' });
  // Balanced lines (no lone "năm 2024"): ≈ 6.4 pt a character in 13 pt bold, 69 a line.
  const perLine = Math.floor(((NARRATIVE_WIDTH * 7 - 1) * 0.75) / 6.4);
  b.put(r++, 0, subjectLines(clean(doc.subject), perLine).join('\n'), { ...base, bold: true, hAlign: 'center' });
  r++;

  for (const block of doc.blocks) {
    const t = blockText(block);
    if (!t.trim()) continue;
    if (block.type === 'heading') {
      b.put(r++, 0, t, { ...base, bold: true, italic: block.level === 3 || undefined });
    } else {
      const runs = block.runs.filter((run) => run.text.trim());
      const allBold = runs.length > 0 && runs.every((run) => run.bold);
      const allItalic = runs.length > 0 && runs.every((run) => run.italic);
      b.put(r++, 0, t, { ...base, hAlign: 'justify', bold: allBold || undefined, italic: allItalic || undefined });
    }
  }

  return b.finish({
    name: sheetName,
    columnWidths: [NARRATIVE_WIDTH],
    print: {
      orientation: 'portrait',
      paper: 'A4',
      fitToWidth: 1,
      // A reading/copying sheet, not the official document (the .docx has the
      // Nghị định 30 margins): top/bottom 20 mm, left 25 mm, right 15 mm.
      margins: { top: 0.8, bottom: 0.8, left: 1.0, right: 0.6, header: 0.3, footer: 0.3 },
      footer: 'Trang &P/&N',
    },
    conditional: [],
    tabColor: '70AD47',
    showGridLines: false,
  });
}
