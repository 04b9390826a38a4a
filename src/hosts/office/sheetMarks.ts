/**
 * The program's SECOND mark of its own sheets in the open workbook,
 * independent of the defined names (src/engine/layout/marker.ts): a custom
 * XML part (ExcelApi 1.5) listing each of its sheets by `Worksheet.id` and
 * name:
 *
 *   <sheets xmlns="urn:bao-cao-nganh:sheets:1">
 *     <sheet id="{…}" name="BC T6-2024"/>
 *   </sheets>
 *
 * Why: a user who tidies the Name Manager deletes `BCN_GENERATED_…`; the next
 * report then saw its own "BC T6-2024" as the user's and wrote
 * "BC T6-2024 (2)". Excel's interface shows no custom XML part (nothing to
 * delete by hand), and it is stored in the .xlsx.
 *
 * A sheet is recognised through this part only when its Worksheet.id AND its
 * current name are those written, and no stale (#REF!) marker name says a
 * sheet of that name was deleted. A sheet the user made has another id (a
 * copy of one of ours too: Excel gives a copy a new id) — never ours. Every
 * write rewrites the list: the program's sheets still present (recognised
 * either way, with their current names) plus the new ones.
 */
import { generatedMarkerName } from '../../engine/layout/marker';

export const SHEET_MARKS_NAMESPACE = 'urn:bao-cao-nganh:sheets:1';

export interface SheetMark {
  id: string;
  name: string;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function unescapeXml(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The part's XML for these marks. */
export function sheetMarksXml(marks: SheetMark[]): string {
  const body = marks.map((m) => `<sheet id="${escapeXml(m.id)}" name="${escapeXml(m.name)}"/>`).join('');
  return `<sheets xmlns="${SHEET_MARKS_NAMESPACE}">${body}</sheets>`;
}

/** The marks in a part's XML (only what sheetMarksXml writes; anything else is ignored). */
export function parseSheetMarks(xml: string): SheetMark[] {
  const out: SheetMark[] = [];
  for (const m of xml.matchAll(/<sheet\s+id="([^"]*)"\s+name="([^"]*)"\s*\/>/g)) {
    out.push({ id: unescapeXml(m[1]), name: unescapeXml(m[2]) });
  }
  return out;
}

function sameName(a: string, b: string): boolean {
  return a.normalize('NFC').toLocaleLowerCase('vi') === b.normalize('NFC').toLocaleLowerCase('vi');
}

/**
 * True when a sheet (id, current name) is the program's by its marks: the id
 * and the name are those written, and no stale marker name was made for that
 * name (a sheet of that name was deleted: an id Excel gave again must not make
 * the user's new sheet ours).
 */
export function markedAsOurs(
  sheet: { id?: string; name: string },
  marks: SheetMark[],
  staleMarkerNames: string[],
): boolean {
  if (!sheet.id) return false;
  const mark = marks.find((m) => m.id === sheet.id);
  if (!mark || !sameName(mark.name, sheet.name)) return false;
  const stale = new Set(staleMarkerNames.map((n) => n.toUpperCase()));
  for (let k = 1; k <= 20; k++) {
    const name = generatedMarkerName(k === 1 ? mark.name : `${mark.name}#${k}`);
    if (stale.has(name.toUpperCase())) return false;
  }
  return true;
}
