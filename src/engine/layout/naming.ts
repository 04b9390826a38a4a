/**
 * Names of the sheets the program writes: `BC <period>` (report) and
 * `ND <period>` (narrative), and the choice of a free name that never touches a
 * sheet the user made.
 */
import { periodSheetSuffix } from '../periods';
import type { Period } from '../types';

/** Excel's limit on a sheet name's length. */
export const MAX_SHEET_NAME = 31;

/** "BC T6-2024" / "ND T6-2024", "BC Q2-2024", "BC 6T-2024", "BC 9T-2024", "BC 2024". */
export function outputSheetNames(p: Period): { report: string; narrative: string } {
  const suffix = periodSheetSuffix(p);
  return { report: `BC ${suffix}`, narrative: `ND ${suffix}` };
}

/**
 * A name Excel accepts: no `: \ / ? * [ ]`, no control characters, no
 * apostrophe at either end, white space collapsed, at most 31 characters, not
 * empty and not the reserved "History".
 */
export function sanitizeSheetName(wanted: string): string {
  let s = String(wanted)
    // eslint-disable-next-line no-control-regex -- control characters are exactly what a sheet name may not hold
    .replace(/[:\\/?*[\]\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim();
  s = Array.from(s).slice(0, MAX_SHEET_NAME).join('').replace(/'+$/, '').trim();
  if (!s || s.toLowerCase() === 'history') s = s ? `${s} (BC)` : 'Báo cáo';
  return s;
}

/** Excel compares sheet names case-insensitively. */
function sameName(a: string, b: string): boolean {
  return a.normalize('NFC').toLocaleLowerCase('vi') === b.normalize('NFC').toLocaleLowerCase('vi');
}

/**
 * Where to write a sheet that should be called `wanted`:
 * - no sheet of that name → that name, `replaces: false`;
 * - a sheet of that name the program created → the same name, `replaces: true`
 *   (regenerating replaces the program's own sheet);
 * - a sheet of that name the user made → never touched: the first of
 *   "<wanted> (2)", "<wanted> (3)", … that is free or is itself the program's
 *   (then `replaces: true`). The base is shortened so the result stays within
 *   31 characters.
 * `replaces` tells the host to delete/clear the existing sheet `name` first.
 */
export function chooseSheetName(
  wanted: string,
  existing: { name: string; generated: boolean }[],
): { name: string; replaces: boolean } {
  const base = sanitizeSheetName(wanted);
  const lookup = (name: string) => existing.find((s) => sameName(s.name, name));
  for (let n = 1; ; n++) {
    let candidate = base;
    if (n > 1) {
      const tail = ` (${n})`;
      const room = MAX_SHEET_NAME - tail.length;
      candidate = Array.from(base).slice(0, room).join('').trimEnd() + tail;
    }
    const found = lookup(candidate);
    if (!found) return { name: candidate, replaces: false };
    if (found.generated) return { name: found.name, replaces: true };
  }
}
