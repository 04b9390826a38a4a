/**
 * Label normalisation and A1 addressing. Every header label, key and unit is
 * compared after `normalizeLabel`: invisible characters removed (soft hyphen,
 * zero-width characters, LRM/RLM, word joiner, BOM), trimmed, white space
 * (NBSP included) and line breaks collapsed, case-folded, Vietnamese diacritics
 * removed (đ → d).
 */

const COMBINING = /[\u0300-\u036f]/g;
const SPACES = /[\s\u00a0\u2007\u202f]+/g;
/**
 * Characters that print as nothing but make "Chỉ tiêu" another string: soft hyphen,
 * zero-width space / non-joiner / joiner, LRM/RLM and the other bidi marks, word
 * joiner and invisible operators, BOM (U+FEFF), Mongolian vowel separator. Text
 * pasted from web pages, PDFs or other software carries them.
 */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** `s` without invisible formatting characters (see INVISIBLE). */
export function stripInvisible(s: string): string {
  return s.replace(INVISIBLE, '');
}

export function normalizeLabel(s: string): string {
  const text = String(s);
  return foldedByTable(text) ?? foldedInFull(text);
}

/** The definition of normalizeLabel, step by step over the whole text. */
function foldedInFull(text: string): string {
  return stripInvisible(text)
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(SPACES, ' ')
    .trim();
}

/**
 * What foldedInFull gives each single character of ASCII (white space aside),
 * Latin-1 letters, Latin Extended-A/B and Latin Extended Additional (every
 * Vietnamese letter), by character code; built by calling foldedInFull, on the
 * first label (not when the module loads: the task pane's first paint does not need it).
 */
let FOLDED: string[] | undefined;

function foldTable(): string[] {
  const table: string[] = [];
  for (let c = 0; c <= 0x1eff; c++) {
    if ((c >= 0x80 && c < 0xc0) || (c >= 0x250 && c < 0x1e00)) continue;
    const ch = String.fromCharCode(c);
    if (!/\s/.test(ch)) table[c] = foldedInFull(ch);
  }
  return table;
}

/**
 * normalizeLabel one character at a time from FOLDED, or null when the text has
 * a character outside it (then foldedInFull does the work). The same result:
 * these characters are precomposed letters with no invisible or combining
 * character between them, so decomposing and lower-casing each alone is
 * decomposing and lower-casing the whole; runs of ASCII white space and NBSP
 * become one space and the ends are trimmed, as SPACES and trim() do. Labels
 * and names are folded several times a row, and this is ~5× faster.
 */
function foldedByTable(text: string): string | null {
  const folded = (FOLDED ??= foldTable());
  let out = '';
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0) {
      space = out !== '';
      continue;
    }
    const f = folded[c];
    if (f === undefined) return null;
    if (space) {
      out += ' ';
      space = false;
    }
    out += f;
  }
  return out;
}

const memo = new Map<string, string>();
/**
 * normalizeLabel with a bounded cache, for short labels that repeat on every row
 * (units, kinds). Not for names: they are unique and would only fill the cache.
 */
export function normalizeShort(s: string): string {
  let v = memo.get(s);
  if (v === undefined) {
    if (memo.size > 2000) memo.clear();
    v = normalizeLabel(s);
    memo.set(s, v);
  }
  return v;
}

/** normalizeLabel, then punctuation other than `%` `/` `.` `-` treated as space (for header and key matching). */
export function headerKey(s: string): string {
  return normalizeLabel(s)
    .replace(/[:;,()[\]*"'“”‘’_]/g, ' ')
    .replace(/ +/g, ' ')
    .trim()
    .replace(/[.]+$/, '')
    .trim();
}

/** What cleanText changes besides the ends: an invisible character, white space other than one plain space. */
const UNCLEAN = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]|[^\S ]| {2}/;

/** Invisible characters out, white space and line breaks collapsed; diacritics and case kept (display text). */
export function cleanText(s: string): string {
  const t = String(s);
  // most cells are clean already: one test instead of two replacements
  if (!UNCLEAN.test(t)) return t.trim();
  return stripInvisible(t).replace(SPACES, ' ').trim();
}

/** Column letters by index, filled as asked (pure: the letters of a column never change). */
const LETTERS: string[] = [];

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(col: number): string {
  return (LETTERS[col] ??= lettersOf(col));
}

function lettersOf(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based row/col → "C7". */
export function a1(row: number, col: number): string {
  return columnLetter(col) + (row + 1);
}

/** "'Việc làm'!B5"; plain names without special characters stay unquoted. */
export function qualifiedCell(sheet: string, cell: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) && !/^[A-Za-z]{1,3}[0-9]+$/.test(sheet);
  return plain ? `${sheet}!${cell}` : `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/** Sheet name without leading numbering: "1. Việc làm" → "Việc làm", "2 - Trẻ em" → "Trẻ em", "II. Giảm nghèo" → "Giảm nghèo". */
export function stripNumbering(name: string): string {
  const s = cleanText(name);
  const m = /^(?:\d+(?:\.\d+)*|[IVXLC]+)\s*[.\-–—)]\s*(.+)$/.exec(s) ?? /^\d+\s+(.+)$/.exec(s);
  return m ? m[1].trim() : s;
}
