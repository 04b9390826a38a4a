/**
 * How the program marks the sheets it creates, so that a later run (in the
 * add-in or on the command line) knows which sheets it may replace and which
 * belong to the user.
 *
 * The marker is a workbook-level defined name `BCN_GENERATED_<hash>` whose
 * reference is cell A1 of the generated sheet, e.g.
 *   BCN_GENERATED_1a2b3c4d  →  'BC T6-2024'!$A$1
 * Both hosts can write and read defined names (ExcelJS `workbook.definedNames`,
 * Office.js `workbook.names`), Excel keeps the reference pointing at the sheet
 * when the user renames it, and the name disappears from view (#REF!) when the
 * sheet is deleted. The hash is of the sheet name at creation, only to keep
 * names unique; readers trust the reference, not the hash.
 */

const GENERATED_NAME_PREFIX = 'BCN_GENERATED_';

/** FNV-1a 32-bit, hex. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The defined name that marks `sheetName` as generated. */
export function generatedMarkerName(sheetName: string): string {
  return GENERATED_NAME_PREFIX + hash(sheetName);
}

/** The reference the marker name points at: A1 of the sheet, sheet name quoted. */
export function generatedMarkerRef(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!$A$1`;
}

export function isGeneratedMarkerName(name: string): boolean {
  return name.toUpperCase().startsWith(GENERATED_NAME_PREFIX);
}

/**
 * The sheet a marker reference points at ("'BC T6-2024'!$A$1", "=Sheet1!$A$1"
 * or "'It''s'!A1"), or null when it points nowhere (#REF!) or is not a sheet
 * reference.
 */
export function markerSheetName(ref: string): string | null {
  const r = ref.trim().replace(/^=/, '');
  const quoted = /^'((?:[^']|'')+)'!/.exec(r);
  if (quoted) return quoted[1].replace(/''/g, "'");
  const plain = /^([^'!#]+)!/.exec(r);
  return plain ? plain[1] : null;
}

/** Names of the sheets the program created, from a workbook's defined names. */
export function generatedSheetNames(definedNames: { name: string; ref: string }[]): Set<string> {
  const out = new Set<string>();
  for (const d of definedNames) {
    if (!isGeneratedMarkerName(d.name)) continue;
    const sheet = markerSheetName(d.ref);
    if (sheet) out.add(sheet);
  }
  return out;
}
