/**
 * Names of the temporary sheets of the write protocol (write.ts).
 *
 * A report is written into NEW sheets called `_BCN_TMP_<token>_<n>`, very
 * hidden while they are written; the program's own sheet it replaces is
 * renamed `_BCN_OLD_<token>_<n>` (very hidden) for the instant between the
 * swap and its deletion. `<token>` is random per write.
 *
 * A sheet is a LEFTOVER of a failed write (removed by the next one) only when
 * it has such a name AND is very hidden: Excel's interface cannot make a sheet
 * very hidden or rename one (it does not even list it), so a user cannot have
 * made, renamed or reused it. A visible or merely hidden sheet with such a
 * name is left alone.
 */

const TEMP = '_BCN_TMP_';
const OLD = '_BCN_OLD_';
const PATTERN = /^_BCN_(?:TMP|OLD)_[0-9a-z]{8}_\d+[a-z]?$/;

/** A new random token (8 characters of [0-9a-z]). */
export function newToken(): string {
  let t = '';
  while (t.length < 8) t += Math.floor(Math.random() * 36).toString(36);
  return t;
}

/** The n-th (0-based) new sheet of a write; `attempt` tells a second try of the same write apart ('b'). */
export function tempSheetName(token: string, n: number, attempt = ''): string {
  return `${TEMP}${token}_${n + 1}${attempt}`;
}

/** The name the replaced sheet of target n carries between the swap and its deletion. */
export function retiredSheetName(token: string, n: number): string {
  return `${OLD}${token}_${n + 1}`;
}

/** True for a temporary sheet of the write with this token (new or retired). */
export function isSheetOfWrite(token: string, name: string): boolean {
  return name.startsWith(`${TEMP}${token}_`) || name.startsWith(`${OLD}${token}_`);
}

/** The target index (0-based) of a retired sheet of this write, else null. */
export function retiredIndex(token: string, name: string): number | null {
  const m = new RegExp(`^${OLD}${token}_(\\d+)$`).exec(name);
  return m ? Number(m[1]) - 1 : null;
}

/** A temporary sheet left behind by a failed write: the program's temporary name AND very hidden. */
export function isLeftoverSheet(name: string, visibility: string): boolean {
  return PATTERN.test(name) && visibility === 'VeryHidden';
}
