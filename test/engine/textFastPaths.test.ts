/**
 * The text helpers' fast paths (a character table for normalizeLabel, one test
 * before cleanText replaces, one pass in wrappedLines, bounded caches) give
 * exactly what their definitions give: headers typed with decomposed accents,
 * pasted invisible characters or odd spaces still match, names still read the
 * same in sentences, rows keep their heights.
 */
import fc from 'fast-check';
import { cleanText, normalizeLabel } from '../../src/engine/normalize';
import { cleanText as cleanSentenceText } from '../../src/engine/narrative/text';
import { wrappedLines } from '../../src/engine/layout/builder';
import { memoized } from '../../src/engine/memo';
import { nameKey } from '../../src/engine/catalogue';
import { fmtNumber } from '../../src/engine/format';

// The definitions, written out as they stood before the fast paths.
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const labelDefinition = (s: string): string =>
  s
    .replace(INVISIBLE, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s\u00a0\u2007\u202f]+/g, ' ')
    .trim();
const cleanDefinition = (s: string): string =>
  s
    .replace(INVISIBLE, '')
    .replace(/[\s\u00a0\u2007\u202f]+/g, ' ')
    .trim();
const sentenceCleanDefinition = (s: string): string =>
  s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
function wrappedDefinition(text: string, widthPt: number, charPt: number): number {
  const perLine = Math.max(1, Math.floor(widthPt / charPt));
  let lines = 0;
  for (const para of text.split('\n')) {
    let used = 0;
    lines++;
    for (const word of para.split(' ')) {
      const len = Array.from(word).length;
      if (used > 0 && used + 1 + len <= perLine) used += 1 + len;
      else {
        if (used > 0) lines++;
        lines += Math.max(0, Math.ceil(len / perLine) - 1);
        used = len % perLine || (len ? perLine : 0);
      }
    }
  }
  return lines;
}

const nameKeyDefinition = (name: string): string => {
  let s = labelDefinition(name);
  for (let i = 0; i < 3; i++) {
    const before = s;
    s = s
      .replace(/^[-+•*–—.\s]+/, '')
      .replace(/^(?:\d+(?:\.\d+)*[.)]?|[a-z][.)])\s+/, '')
      .replace(/^(?:trong do|gom|bao gom)\s*[:,]?\s*/, '')
      .replace(/^(?:so luong|so)\s+/, '')
      .trim();
    if (s === before) break;
  }
  return s
    .replace(/[.,;:()"'“”/\\–—-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
};
const plainNumberDefinition = (n: number): string =>
  new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 0, maximumFractionDigits: 2, useGrouping: true })
    .format(n)
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\u2212/g, '-')
    .replace(/^-(0(,0*)?)$/, '$1');

/** Strings as workbooks hold them: Vietnamese letters (precomposed and decomposed), spaces of every kind, invisible and control characters, emoji, anything. */
const pieces = [
  ...'ĐđÀÁẢÃẠÂẦẤẨẪẬĂẰẮẲẴẶàáảãạâầấẩẫậăằắẳẵặÈÉẺẼẸÊỀẾỂỄỆèéẻẽẹêềếểễệÌÍỈĨỊìíỉĩịÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢòóỏõọôồốổỗộơờớởỡợÙÚỦŨỤƯỪỨỬỮỰùúủũụưừứửữựỲÝỶỸỴỳýỷỹỵ',
  ...'abcXYZ019:;()-.%',
  ' ',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\u00a0',
  '\u2007',
  '\u202f',
  '\u3000',
  '\u200b',
  '\u00ad',
  '\ufeff',
  '\u0301',
  '\u0323',
  '\u0085',
  '\u0001',
  'İ',
  'Σ',
  'ß',
  '😀',
  '\ud83d',
];
const workbookText = fc.oneof(
  fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a) => a.join('')),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

describe('text fast paths give what the definitions give', () => {
  test('labels typed in different ways fold to the same key', () => {
    expect(normalizeLabel('  Chỉ tiêu ')).toBe('chi tieu');
    expect(normalizeLabel('ĐVT')).toBe('dvt');
    expect(normalizeLabel('Tháng\u00a0 6')).toBe('thang 6');
    expect(normalizeLabel('Chỉ\u200b tiêu')).toBe('chi tieu'); // a zero-width space pasted from the web
    expect(normalizeLabel('Chi\u0309 tie\u0302\u0301u')).toBe('chi tieu'); // accents typed as combining marks
    expect(normalizeLabel('Kế hoạch\nnăm')).toBe('ke hoach nam');
  });

  test('normalizeLabel equals its definition on any text', () => {
    fc.assert(
      fc.property(workbookText, (s) => expect(normalizeLabel(s)).toBe(labelDefinition(s))),
      { numRuns: 3000 },
    );
  });

  test('normalizeLabel equals its definition on every single character', () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = `A${String.fromCharCode(c)} b`;
      if (normalizeLabel(s) !== labelDefinition(s)) throw new Error(`U+${c.toString(16)}: ${normalizeLabel(s)}`);
    }
  });

  test('both cleanText helpers equal their definitions', () => {
    fc.assert(
      fc.property(workbookText, (s) => {
        expect(cleanText(s)).toBe(cleanDefinition(s));
        expect(cleanSentenceText(s)).toBe(sentenceCleanDefinition(s));
      }),
      { numRuns: 3000 },
    );
  });

  test('wrappedLines counts what splitting into paragraphs and words counts', () => {
    fc.assert(
      fc.property(
        workbookText,
        fc.integer({ min: 1, max: 600 }),
        fc.double({ min: 1, max: 12, noNaN: true }),
        (s, width, charPt) => expect(wrappedLines(s, width, charPt)).toBe(wrappedDefinition(s, width, charPt)),
      ),
      { numRuns: 3000 },
    );
  });
});

describe('catalogue name keys and numbers', () => {
  test('a name matches the catalogue however it is numbered or punctuated', () => {
    expect(nameKey('1. Số lao động được tạo việc làm')).toBe('lao dong duoc tao viec lam');
    expect(nameKey('- Trong đó: Lao động nữ')).toBe('lao dong nu');
    expect(nameKey('Hộ nghèo (theo chuẩn mới)')).toBe('ho ngheo theo chuan moi');
    expect(nameKey('Phiên giao dịch việc làm')).toBe('phien giao dich viec lam');
  });

  test('nameKey equals its definition on any text', () => {
    const prefixes = fc.constantFrom(
      '',
      '1. ',
      '1.1 ',
      'a) ',
      '- ',
      '+ ',
      'Trong đó: ',
      'Gồm ',
      'Số ',
      'Số lượng ',
      'Số ',
      '• ',
    );
    fc.assert(
      fc.property(prefixes, prefixes, workbookText, (p1, p2, s) =>
        expect(nameKey(p1 + p2 + s)).toBe(nameKeyDefinition(p1 + p2 + s)),
      ),
      { numRuns: 3000 },
    );
  });

  test('fmtNumber gives the same text for a number asked again', () => {
    expect([fmtNumber(3932), fmtNumber(3932), fmtNumber(57.349), fmtNumber(-0), fmtNumber(-0.001)]).toEqual([
      '3.932',
      '3.932',
      '57,35',
      '0',
      '0',
    ]);
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { maxLength: 20 }), (ns) => {
        for (const n of [...ns, ...ns]) expect(fmtNumber(n)).toBe(plainNumberDefinition(n));
      }),
      { numRuns: 500 },
    );
  });
});

describe('memoized', () => {
  test('answers from the cache, caches empty answers too, and empties itself at its limit', () => {
    const calls: string[] = [];
    const f = memoized((s: string) => {
      calls.push(s);
      return s === 'none' ? null : s.length;
    }, 3);
    expect([f('ab'), f('ab'), f('none'), f('none')]).toEqual([2, 2, null, null]);
    expect(calls).toEqual(['ab', 'none']);
    f('c'); // third entry: the cache is full
    f('d'); // emptied, then holds d
    f('ab');
    expect(calls).toEqual(['ab', 'none', 'c', 'd', 'ab']);
  });
});
