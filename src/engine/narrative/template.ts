/**
 * "Mẫu câu" templates: placeholders filled with an indicator's figures; a
 * clause whose figure is missing is left out (never "NaN", "undefined" or a
 * made-up 0); unknown placeholders stay visible as written (the engine raises
 * UNKNOWN_PLACEHOLDER for them) and never throw.
 */
import { capFirst, cleanText } from './text';

/** Placeholders that carry a figure: a sentence left with none of them after dropping clauses is dropped. */
const FIGURES = new Set([
  'thuc_hien',
  'luy_ke',
  'ke_hoach',
  'ty_le_kh',
  'cung_ky',
  'so_cung_ky',
  'chi_tiet',
  'chi_tiet_luy_ke',
]);

const PLACEHOLDER = /\{\s*([^{}\s]+)\s*\}/g;

/**
 * Values for a template: a string to insert; '' = nothing to insert but
 * nothing missing either (an empty {chi_tiet}); null = the figure is missing.
 */
export type TemplateValues = Record<string, string | null>;

type Status = 'ok' | 'missing' | 'unknown';

function statusOf(key: string, values: TemplateValues): Status {
  if (!Object.prototype.hasOwnProperty.call(values, key)) return 'unknown';
  return values[key] === null || values[key] === undefined ? 'missing' : 'ok';
}

function hasMissing(text: string, values: TemplateValues): boolean {
  for (const m of text.matchAll(PLACEHOLDER)) if (statusOf(m[1], values) === 'missing') return true;
  return false;
}

function hasFigure(text: string): boolean {
  for (const m of text.matchAll(PLACEHOLDER)) if (FIGURES.has(m[1])) return true;
  return false;
}

/** Every figure in the text is one the sentence already says elsewhere (and there is one). */
function onlyRepeats(text: string, repeats: ReadonlySet<string>): boolean {
  const figures = [...text.matchAll(PLACEHOLDER)].map((m) => m[1]).filter((k) => FIGURES.has(k));
  return figures.length > 0 && figures.every((k) => repeats.has(k));
}

/** Split into sentences after . ! ? followed by white space (the terminal stays with its sentence). */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=\S)/).filter((s) => s.trim() !== '');
}

/**
 * Remove "( … )" groups to drop (a missing figure), innermost first: an
 * outer group stays when only an inner group held the missing figure.
 */
function dropParentheses(s: string, drop: (text: string) => boolean): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    if (s[i] !== '(') {
      out += s[i++];
      continue;
    }
    // find the matching ")"; an unmatched "(" is plain text
    let depth = 0;
    let j = i;
    for (; j < s.length; j++) {
      if (s[j] === '(') depth++;
      else if (s[j] === ')' && --depth === 0) break;
    }
    if (j >= s.length) {
      out += s.slice(i);
      break;
    }
    const inner = dropParentheses(s.slice(i + 1, j), drop);
    if (drop(inner)) out = out.replace(/\s+$/, '');
    else out += `(${inner})`;
    i = j + 1;
  }
  return out;
}

/** Split at top-level ", " "; " ": " (outside parentheses); each clause keeps its separator. */
function clausesOf(s: string): { text: string; sep: string }[] {
  const out: { text: string; sep: string }[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === ',' || c === ';' || c === ':') && /\s/.test(s[i + 1] ?? '')) {
      out.push({ text: s.slice(start, i), sep: c });
      start = i + 1;
    }
  }
  out.push({ text: s.slice(start), sep: '' });
  return out;
}

function tidy(s: string): string {
  return s
    .replace(/\(\s*\)/g, '')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/([,;:])(?=[,;:.])/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

function substitute(s: string, values: TemplateValues): string {
  return s.replace(PLACEHOLDER, (whole, raw: string) => {
    if (statusOf(raw, values) === 'unknown') return whole;
    return values[raw] ?? '';
  });
}

/** Adverbials of time that may open a sentence before its subject ("Trong tháng 6 năm 2024, …"). */
const LEADING_TIME =
  /^(?:(?:lũy kế (?:đến hết|đến|từ đầu năm đến(?: hết)?) (?:tháng \d+\/\d{4}|năm \d{4}|nay)),?\s*|(?:trong|tính đến|từ đầu năm|đến hết|đến nay|năm \d{4})[^,]*,\s*)+/iu;

/**
 * A sentence with no subject or verb of its own: after its time adverbials it
 * starts with a complement ("Lũy kế từ đầu năm 8.207 hồ sơ.", "Tăng 8,8% so
 * với …", "Đạt 50% kế hoạch"), a bare figure, a separator, or it is a label
 * with nothing after it ("Hộ cận nghèo.").
 */
export function isHeadless(sentence: string): boolean {
  const s = cleanText(sentence).replace(LEADING_TIME, '');
  if (/^[,;:.)]/u.test(s) || /^[\d…]/u.test(s)) return true;
  if (/^(?:lũy kế|tăng|giảm|đạt|chưa đạt|vượt|so với|bằng|là|gồm|và)(?:\s|$)/iu.test(s)) {
    // "Lũy kế đến hết tháng 6/2024 tuyển sinh được: 7.680 người" has its verb; "Lũy kế từ đầu năm 8.207 hồ sơ" has none
    return !/^lũy kế (?:đến hết|đến|từ đầu năm đến(?: hết)?) (?:tháng \d+\/\d{4}|nay)[, ]+(?!là\s|\d)\p{L}/iu.test(s);
  }
  return false;
}

/**
 * One template sentence → the filled sentence; null when it is left with no
 * figure; 'headless' when dropping a clause took its subject or verb away.
 */
function renderSentence(
  sentence: string,
  values: TemplateValues,
  repeats: ReadonlySet<string>,
): string | null | 'headless' {
  const trimmed = sentence.trim();
  const m = /(?:\.\/\.|[.!?;:,]+)$/.exec(trimmed);
  let terminal = m ? m[0] : '';
  let body = m ? trimmed.slice(0, -terminal.length) : trimmed;
  if (!/^[.!?]/.test(terminal) && terminal !== './.') terminal = '.';
  const hadFigure = hasFigure(body);
  // whether the staff wrote it headless on purpose ("Lũy kế {luy_ke} {dvt}.") is judged on the filled
  // sentence: "Lũy kế đến hết {ky_luy_ke} tuyển sinh được …" has its verb once {ky_luy_ke} is a month
  const headlessAsWritten = isHeadless(tidy(substitute(trimmed, values)));
  const drop = (text: string) => hasMissing(text, values) || onlyRepeats(text, repeats);
  let dropped = false;
  if (repeats.size > 0 || hasMissing(body, values)) {
    const before = body;
    body = dropParentheses(body, drop);
    // Drop the clauses with a missing (or repeated) figure; the clause before a dropped one
    // takes the dropped one's own separator: ", x; y" without x → "; y", and "a; x, y"
    // without x → "a, y" (y spoke of x; now of a: "… giải quyết 1.370 hồ sơ, tăng 7,2%",
    // never "… hồ sơ; tăng 7,2%"). A label ("Hộ cận nghèo:")
    // whose value is dropped goes with it; a sentence whose first clause goes is headless.
    const clauses = clausesOf(body);
    const gone = clauses.map((c) => drop(c.text));
    for (let i = 0; i < clauses.length - 1; i++) if (clauses[i].sep === ':' && gone[i + 1]) gone[i] = true;
    const kept: { text: string; sep: string }[] = [];
    clauses.forEach((c, i) => {
      if (!gone[i]) kept.push({ ...c });
      else if (kept.length) {
        const last = kept[kept.length - 1];
        if (last.sep !== ':' && c.sep) last.sep = c.sep;
      }
    });
    body = kept.map((c, i) => c.text + (i < kept.length - 1 ? c.sep : '')).join('');
    dropped = body !== before;
    if (hadFigure && !hasFigure(body)) return null;
    if (gone[0] && !headlessAsWritten) return 'headless';
  }
  const filled = tidy(substitute(body, values)).replace(/^[,;:\s]+/, '');
  if (!/[\p{L}\p{N}]/u.test(filled)) return null;
  const out = capFirst(filled) + terminal;
  // headless only if the dropping made it so: the staff's own "Lũy kế {luy_ke} {dvt}." stays theirs
  return dropped && isHeadless(out) && !headlessAsWritten ? 'headless' : out;
}

/**
 * Fill a template. Returns the sentences that remain (possibly none), or null
 * when a missing figure left the text headless (its first sentence, or the
 * clause with its subject, dropped): the caller then writes the default
 * sentence. Never throws: a template that is not a string renders as nothing.
 * `repeats`: figures that say again what another one says (the year to date of
 * a period that starts in January); a clause or parenthesis holding only
 * those is left out.
 */
export function renderTemplate(
  template: string,
  values: TemplateValues,
  repeats: ReadonlySet<string> = new Set(),
): string[] | null {
  const text = cleanText(typeof template === 'string' ? template : '');
  if (!text) return [];
  const out: string[] = [];
  let firstDropped = false;
  for (const [i, s] of sentencesOf(text).entries()) {
    const r = renderSentence(s, values, repeats);
    if (r === 'headless') return null;
    if (r) out.push(r);
    else if (i === 0) firstDropped = true;
  }
  // "Tiếp nhận {thuc_hien} hồ sơ. Lũy kế từ đầu năm {luy_ke} hồ sơ." without the first: the second has no subject
  if (firstDropped && out.length && out.some(isHeadless)) return null;
  return out;
}
