/**
 * Verb phrases from indicator names: "Số lao động được tạo việc làm" → "tạo việc
 * làm cho 3.932 lao động", "Phiên giao dịch việc làm" → "tổ chức 22 phiên giao
 * dịch việc làm". The seeds say what was DONE; "số … là 22 phiên" is the last
 * resort, for names whose shape no rule below knows (amounts, "Kinh phí …").
 *
 * The rules are data: VERB_RULES is read top to bottom, the first match wins.
 * Each rule matches the name as it stands in a sentence (list marks and "Số",
 * "Tổng số", "Số lượng" removed, first letter lowered) and says the predicate
 * with these slots:
 *   {n}    the figure with its counted noun, placed by `counted` below:
 *          "3.932 lao động", "22 phiên giao dịch việc làm", "84 căn nhà ở";
 *   {so}   the figure with its unit only: "2.625 lượt người";
 *   {v} {r}  the named groups of the match (verb, rest after the verb);
 *          the group x is the counted noun that {n} places.
 * A rule may be limited to some kinds (a stock is "có …", never "tổ chức …").
 */
import type { Kind } from '../types';
import { cleanText, cleanUnit, lowerVi } from './text';
import { memoized } from '../memo';

export interface VerbRule {
  /** What the rule covers, with a seed example (documentation and test names). */
  about: string;
  match: RegExp;
  say: string;
  kinds?: Kind[];
  /** Only for a name that starts with its unit ("phiên …" in phiên). */
  ownUnit?: boolean;
}

/** Verbs whose object is the thing counted ("tiếp nhận 2.580 hồ sơ", "điều tra 01 vụ"). */
const DIRECT =
  'tiếp nhận|giải quyết|xét duyệt|xử lý|cấp mới|cấp lại|gia hạn|cấp|chuyển|phát hiện|điều tra|thanh tra|kiểm tra|thẩm định|' +
  'xác minh|đính chính|bổ sung|truy tìm|vận động|tiếp|hướng dẫn|trả lời|chi trả|xây mới|sửa chữa|tuyển dụng|giới thiệu|' +
  'cai nghiện|nuôi dưỡng|chăm sóc|tiếp đón|an táng|quy tập|đào tạo|bồi dưỡng|giải ngân|trả kết quả|đưa|đề nghị|xác nhận|' +
  'tổ chức|phê duyệt|trợ giúp|hỗ trợ|thăm hỏi|thăm|tặng|trao|cứu trợ|tiếp cận';
/** Verbs (or verb + object) whose counted noun is the one served: "tư vấn … cho 2.625 lượt người". */
const FOR =
  'tạo việc làm|giải quyết việc làm|tư vấn|tập huấn|tuyên truyền|truyền thông|tặng quà|thăm, tặng quà|cấp thẻ|dạy nghề|' +
  'đào tạo nghề|hỗ trợ|trợ giúp|chi trả|giới thiệu việc làm|cấp phát|mua thẻ|phổ biến';
/** A verb sequence: "tiếp nhận, xét duyệt và giải quyết". */
const VERBS = `(?:${DIRECT})(?:(?:, | và )(?:${DIRECT}))*`;
/** Words after a verb that belong after the object ("vào nuôi dưỡng tập trung", "trở lại Cơ sở", "tại gia đình"). */
const AFTER_OBJECT = 'vào|trở lại|trở về|về nước|đi|đến|tại|ở|sang';
/** Adverbs that stay with the verb ("giải quyết trước hạn 1.361 hồ sơ"). */
const ADVERBS = 'trước hạn|đúng hạn|quá hạn|trễ hạn|kịp thời|trực tuyến|khẩn cấp|đột xuất|thường xuyên|mới';

const re = (s: string) => new RegExp(s, 'u');

/** The rules, first match wins. */
export const VERB_RULES: VerbRule[] = [
  {
    about:
      'a stock of counted people or things: "Tính đến …, toàn tỉnh có 484 người nghiện ma túy có hồ sơ quản lý" (002)',
    match: /^(?<x>.+)$/u,
    say: 'có {n}',
    kinds: ['stock'],
  },
  {
    about: 'enrolment: "Tuyển sinh …", "Số người tuyển sinh" → "tuyển sinh được 2.971 người" (000)',
    match: /^(?:(?:người|học sinh|học viên|sinh viên) (?:được )?)?tuyển sinh(?<r>.*)$/u,
    say: 'tuyển sinh{r} được {so}',
  },
  {
    about: 'graduates: "Tốt nghiệp …" → "có 381 người tốt nghiệp …" (000)',
    match: /^(?:đã )?tốt nghiệp(?<r>.*)$/u,
    say: 'có {so} tốt nghiệp{r}',
  },
  {
    about: 'graduates: "Số học sinh đã tốt nghiệp" → "có 9.257 học sinh tốt nghiệp" (003)',
    match: /^(?<x>người|học sinh|học viên|sinh viên|lao động)(?: đã)? tốt nghiệp(?<r>.*)$/u,
    say: 'có {n} tốt nghiệp{r}',
  },
  {
    about: 'gifts: "Quà tặng trẻ em …" (suất) → "tặng 1.320 suất quà cho trẻ em …" (000)',
    match: /^quà tặng (?<r>.+)$/u,
    say: 'tặng {so} quà cho {r}',
  },
  {
    about: 'scholarships: "Học bổng cho trẻ em …" → "trao 20 suất học bổng cho trẻ em …" (000)',
    match: /^học bổng(?<r>.*)$/u,
    say: 'trao {so} học bổng{r}',
  },
  {
    about: 'work permits by act: "Giấy phép lao động cấp mới" → "cấp mới 01 giấy phép lao động" (000)',
    match: /^(?<x>giấy phép.*?),? (?:được |đã )?(?<v>cấp mới|cấp lại|gia hạn|cấp|thu hồi)$/u,
    say: '{v} {n}',
  },
  {
    about: 'work permits: "Giấy phép lao động …" → "cấp 03 giấy phép lao động …" (000 "cấp mới 01 giấy phép")',
    match: /^(?<x>giấy phép.*)$/u,
    say: 'cấp {n}',
  },
  {
    about:
      'events: "Phiên giao dịch việc làm" → "tổ chức 22 phiên giao dịch việc làm" (000); lớp, cuộc, hội nghị, lượt kiểm tra',
    match:
      /^(?<x>(?:phiên|lớp|cuộc|hội nghị|hội thảo|hội thi|đợt|buổi|chuyến|đoàn|lượt kiểm tra|lượt thanh tra)(?:\s.*)?)$/u,
    say: 'tổ chức {n}',
  },
  {
    about: 'loans: "Lượt hộ nghèo … được vay vốn …" → "cho vay vốn … đối với 640 lượt hộ nghèo …"',
    match: /^(?<x>.+?),? (?:đã )?được (?:cho )?vay(?<r>.*)$/u,
    say: 'cho vay{r} đối với {n}',
  },
  {
    about:
      'served: "Số lao động được tạo việc làm" → "tạo việc làm cho 3.932 lao động" (000); được tư vấn, tập huấn, cấp thẻ BHYT',
    match: re(`^(?<x>.+?),? (?:đã )?được (?<v>(?:${FOR})(?: .+)?)$`),
    say: '{v} cho {n}',
  },
  {
    about:
      'done to the thing counted: "Hồ sơ … được tiếp nhận, giải quyết" → "tiếp nhận, giải quyết 128 hồ sơ …" (000); "… được giải quyết trước hạn"',
    match: re(`^(?<x>.+?),? (?:đã )?được (?<v>${VERBS}(?: (?:${ADVERBS}))?)$`),
    say: '{v} {n}',
  },
  {
    about:
      'with a place after the object: "Đối tượng được thẩm định, xác minh vào nuôi dưỡng tập trung" → "thẩm định, xác minh 01 đối tượng vào …" (000)',
    match: re(`^(?<x>.+?),? (?:đã )?được (?<v>${VERBS}) (?<r>(?:${AFTER_OBJECT}) .+)$`),
    say: '{v} {n} {r}',
  },
  {
    about: 'with an object of its own: "Doanh nghiệp được thẩm định hồ sơ …" → "thẩm định hồ sơ … cho 05 doanh nghiệp"',
    match: re(`^(?<x>.+?),? (?:đã )?được (?<v>(?:${VERBS}) (?!cho ).+)$`),
    say: '{v} cho {n}',
  },
  {
    about: 'sent on: "Hồ sơ người có công chuyển đi tỉnh khác" → "chuyển 05 hồ sơ người có công đi tỉnh khác" (000)',
    match: /^(?<x>hồ sơ.*?) (?<v>chuyển) (?<r>(?:đi|đến|về|ra) .+)$/u,
    say: '{v} {n} {r}',
  },
  {
    about: 'proposed: "Hồ sơ Bà mẹ Việt Nam anh hùng đề nghị thẩm định" → "đề nghị thẩm định 01 hồ sơ Bà mẹ …" (000)',
    match: /^(?<x>hồ sơ.*?) (?<v>đề nghị .+)$/u,
    say: '{v} {n}',
  },
  {
    about: 'suffered: "Trẻ em bị tai nạn thương tích" → "có 118 trẻ em bị tai nạn thương tích" (002)',
    match: /^(?<x>.+? bị .+)$/u,
    say: 'có {n}',
  },
  {
    about:
      'an activity named by its verb: "Tư vấn việc làm trong nước, ngoài nước" → "tư vấn việc làm … cho 2.625 lượt người" (000)',
    match: re(
      `^(?<v>(?:tư vấn|tập huấn|tuyên truyền|truyền thông|thăm, tặng quà|tặng quà|hỗ trợ|trợ giúp|dạy nghề)(?: .+)?)$`,
    ),
    say: '{v} cho {so}',
  },
  {
    about:
      'an activity with its object: "Đưa người lao động đi làm việc ở nước ngoài …" → "đưa 61 người lao động đi làm việc …" (000)',
    match: re(`^(?<v>${VERBS}(?: (?:${ADVERBS}))?) (?<x>.+)$`),
    say: '{v} {n}',
  },
  {
    about:
      'a name that starts with its own unit and has no verb: "Trường hợp công dân đến liên hệ" → "có 14 trường hợp công dân đến liên hệ" (000), never "số trường hợp … là 14 trường hợp"',
    match: /^(?<x>(?!.* có ).+)$/u,
    say: 'có {n}',
    ownUnit: true,
  },
];

/** Nouns that name people (a "người" or "lượt người" unit counts them directly). */
const PEOPLE =
  /^(?:người|lao động|đối tượng|trẻ em|trẻ|học viên|học sinh|sinh viên|cán bộ|công chức|viên chức|hội viên|thanh niên|phụ nữ|nạn nhân|công dân|thương binh|bệnh binh|thân nhân|hộ|lượt)(?:\s|,|$)/u;

/** Nouns that name counted things or people: a stock named by one of them reads "có <số> <tên>". */
const COUNTED_START =
  /^(?:người|lao động|đối tượng|trẻ em|trẻ|học viên|học sinh|sinh viên|cán bộ|công chức|viên chức|nạn nhân|công dân|thương binh|bệnh binh|thân nhân|hộ|lượt|hồ sơ|doanh nghiệp|cơ sở|trường|xã|phường|huyện|gia đình|vụ|trường hợp|nhà|căn|giấy phép|đơn|phiên|lớp|cuộc|hội nghị|hội thảo|hội thi|đợt|buổi|chuyến|đoàn|câu lạc bộ|mô hình|điểm|tổ|nhóm|đơn vị|thẻ|suất)(?:\s|,|$)/u;

/** Units that count people: a name starting with a people noun takes the figure directly ("386 học viên …"). */
const PEOPLE_UNITS = ['người', 'đối tượng', 'lao động', 'học viên', 'trẻ em', 'người lao động'];

/** `name` is the word `word` or starts with it followed by a space or a comma, in any case. */
function startsWith(name: string, word: string): boolean {
  const w = lowerVi(word);
  if (!w) return false;
  const n = lowerVi(name);
  if (!n.startsWith(w)) return false;
  const next = n.charAt(w.length);
  return next === '' || next === ' ' || next === ',';
}

/**
 * The figure placed with its counted noun: "22" + "phiên giao dịch việc làm" →
 * "22 phiên giao dịch việc làm" (the name starts with the unit); "3.932" +
 * "lao động" (người) → "3.932 lao động"; "70" + "cán bộ …" (lượt người) → "70
 * lượt cán bộ …"; otherwise number, unit, name: "84 căn nhà ở".
 */
export function counted(figure: string, noun: string, unit: string): string {
  const u = cleanUnit(unit);
  const lu = lowerVi(u);
  if (!u || startsWith(noun, u)) return `${figure} ${noun}`;
  if (PEOPLE.test(lowerVi(noun))) {
    if (PEOPLE_UNITS.includes(lu)) return `${figure} ${noun}`;
    if (lu === 'lượt người' || lu === 'lượt')
      return /^lượt\s/u.test(noun) ? `${figure} ${noun}` : `${figure} lượt ${noun}`;
  }
  return `${figure} ${u} ${noun}`;
}

/** What a rule gives: the predicate for a figure ("tạo việc làm cho 3.932 lao động"). */
export interface Predicate {
  /** `figure` is the formatted number ("3.932"), `withUnit` the figure with its unit ("3.932 người"). */
  say(figure: string, withUnit: string): string;
  rule: VerbRule;
}

/** The name as the rules read it: no "Số"/"Tổng số"/"Số lượng", first letter lowered (proper names kept). Cached (pure). */
const ruleName = memoized(function ruleName(name: string): string {
  const s = cleanText(name)
    .replace(/^(?:(?:tổng số|số lượng|số)\s+)+(?=\p{L})/iu, '')
    .replace(/\s*\([^()]*\)\s*$/u, '');
  return s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
});

/**
 * The verb phrase for an indicator, or null when no rule fits (the sentence then
 * says "<tên> là <số>"). Rates and amounts of money have none.
 */
export function predicateFor(name: string, unit: string, kind: Kind): Predicate | null {
  if (kind === 'rate') return null;
  const n = ruleName(name);
  // cached: the answer depends on the name as the rules read it, the unit and the kind alone, and a Predicate is never changed
  const key = `${kind}\u0001${unit}\u0001${n}`;
  let p = predicates.get(key);
  if (p === undefined) {
    if (predicates.size >= 4096) predicates.clear();
    p = findPredicate(n, unit, kind);
    predicates.set(key, p);
  }
  return p;
}

const predicates = new Map<string, Predicate | null>();

/** predicateFor for `n`, the name as the rules read it (ruleName). */
function findPredicate(n: string, unit: string, kind: Kind): Predicate | null {
  const u = lowerVi(cleanUnit(unit));
  if (u === '%' || /đồng|usd|\bvnđ\b/u.test(u)) return null;
  if (!n || /^(?:tỷ lệ|tỉ lệ|kinh phí|tổng kinh phí|số tiền|tiền|giá trị|dư nợ|nguồn vốn|vốn)(?:\s|$)/u.test(n))
    return null;
  for (const rule of VERB_RULES) {
    if (rule.kinds && !rule.kinds.includes(kind)) continue;
    if (!rule.kinds && kind === 'stock') continue;
    const m = rule.match.exec(n);
    if (!m) continue;
    const g = m.groups ?? {};
    const x = (g.x ?? '').trim();
    // a stock or an object must be a counted noun, else "có 6.810 kinh phí …" would follow
    if (rule.say.includes('{n}') && !x) continue;
    if (x && !COUNTED_START.test(lowerVi(x)) && !startsWith(x, u)) continue;
    if (rule.ownUnit && (!u || !startsWith(x, u))) continue;
    const v = (g.v ?? '').trim();
    const r = g.r ?? '';
    // "{v} cho {n}" with a "cho …" of its own ("hỗ trợ xây mới, sửa chữa cho hộ nghèo"): the object goes before it
    const ownFor = /^(.*?) cho (.+)$/u.exec(v);
    return {
      rule,
      say(figure: string, withUnit: string): string {
        const obj = counted(figure, x, unit);
        let out = rule.say;
        if (ownFor && out === '{v} cho {n}') out = `${ownFor[1]} {n} cho ${ownFor[2]}`;
        return cleanText(out.replace('{n}', obj).replace('{so}', withUnit).replace('{v}', v).replace('{r}', r)).replace(
          /\s+([,.;])/g,
          '$1',
        );
      },
    };
  }
  return null;
}
