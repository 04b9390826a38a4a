/**
 * The task pane's pure helpers, in Node (no browser needed): language choice,
 * platform decisions, period labels, grouping of findings, the ribbon hand-off.
 */
import { pickLang, STRINGS } from '../../src/taskpane/i18n';
import { downloadSupport, englishPeriodLabel, periodGroup } from '../../src/taskpane/platform';
import { groupFindings, messageWithoutCell } from '../../src/taskpane/findings';
import { parseRecipients, parseYear } from '../../src/taskpane/unitInfo';
import { errorText } from '../../src/taskpane/errors';
import { docxFileName } from '../../src/taskpane/download';
import {
  onShowFindings,
  onShowResult,
  requestShowFindings,
  requestShowResult,
  SHOW_FINDINGS_EVENT,
} from '../../src/taskpane/events';
import { isValidationBlocked, ValidationBlockedError, type WorkbookState } from '../../src/pipeline/service';
import { lazyService } from '../../src/taskpane/lazyService';
import { findingsFor, INFO, narrativeFor } from './fakeService';

test('language: English only when Office says en…, Vietnamese otherwise', () => {
  expect(pickLang('en-US')).toBe('en');
  expect(pickLang('EN-gb')).toBe('en');
  expect(pickLang('vi-VN')).toBe('vi');
  expect(pickLang('fr-FR')).toBe('vi');
  expect(pickLang(undefined)).toBe('vi');
  expect(pickLang('')).toBe('vi');
});

test('every Vietnamese string differs from its English one (nothing left untranslated)', () => {
  const vi = STRINGS.vi as unknown as Record<string, unknown>;
  const en = STRINGS.en as unknown as Record<string, unknown>;
  const same = Object.keys(vi).filter((k) => typeof vi[k] === 'string' && vi[k] === en[k]);
  expect(same).toEqual([]);
  expect(STRINGS.vi.errorBadge(2)).toBe('2 lỗi');
  expect(STRINGS.en.warningBadge(1)).toBe('1 warning');
  expect(STRINGS.vi.findingsSummary(0, 3)).toBe(
    '3 cảnh báo. Cảnh báo không ngăn việc tạo báo cáo. Bấm vào từng dòng để chuyển tới ô cần sửa.',
  );
});

test('downloads: web yes, Windows desktop unreliable, Mac and mobile no', () => {
  expect(downloadSupport('OfficeOnline')).toBe('ok');
  expect(downloadSupport(null)).toBe('ok');
  expect(downloadSupport('PC')).toBe('unreliable');
  expect(downloadSupport('Mac')).toBe('unsupported');
  expect(downloadSupport('iOS')).toBe('unsupported');
  expect(downloadSupport('Android')).toBe('unsupported');
});

test('English period labels and picker groups from the period key', () => {
  expect(englishPeriodLabel('T6', 2024)).toBe('June 2024');
  expect(englishPeriodLabel('t12', 2024)).toBe('December 2024');
  expect(englishPeriodLabel('Q2', 2024)).toBe('Q2 2024');
  expect(englishPeriodLabel('H1', 2024)).toBe('First half 2024');
  expect(englishPeriodLabel('9M', null)).toBe('Nine months');
  expect(englishPeriodLabel('T13', 2024)).toBeNull();
  expect(['T1', 'Q3', 'H1', '9M', 'Y'].map(periodGroup)).toEqual(['month', 'quarter', 'longer', 'longer', 'longer']);
});

test('findings grouped by sheet in first-seen order, errors first, counted', () => {
  const groups = groupFindings(findingsFor(true));
  expect(groups.map((g) => [g.sheet, g.errors, g.warnings])).toEqual([
    ['1. Việc làm', 1, 1],
    ['2. Giáo dục nghề nghiệp', 0, 1],
    ['4. Bảo trợ xã hội', 1, 1],
    ['Thông tin', 0, 1],
  ]);
  expect(groups[0].items.map((f) => f.cell)).toEqual(['C7', 'H5']);
});

test('a leading "Ô C7:" is not repeated after the cell', () => {
  expect(messageWithoutCell("Ô I5: 'khoảng 50' không phải là số.", 'I5')).toBe("'khoảng 50' không phải là số.");
  expect(messageWithoutCell('Cell I5: not a number.', 'I5')).toBe('Not a number.');
  expect(messageWithoutCell('Ô L7: chỉ tiêu “Người nghiện” chưa có số liệu tháng 6.', 'L7')).toBe(
    'Chỉ tiêu “Người nghiện” chưa có số liệu tháng 6.',
  );
  expect(messageWithoutCell('Ô I15: khác ô', 'I5')).toBe('Ô I15: khác ô');
  expect(messageWithoutCell('Thiếu khóa “Người ký”.', 'A9')).toBe('Thiếu khóa “Người ký”.');
});

test('year field: empty, four digits, or invalid', () => {
  expect(parseYear('')).toBeNull();
  expect(parseYear(' 2024 ')).toBe(2024);
  expect(parseYear('24')).toBeUndefined();
  expect(parseYear('2024a')).toBeUndefined();
});

test('Nơi nhận: one recipient per line, blank lines dropped', () => {
  expect(parseRecipients('- Bộ Nội vụ;\r\n  - UBND tỉnh;\n\n- Lưu: VT.\n')).toEqual([
    '- Bộ Nội vụ;',
    '- UBND tỉnh;',
    '- Lưu: VT.',
  ]);
  expect(parseRecipients('')).toEqual([]);
});

test('error text: message (+ Office code), never a stack', () => {
  const officeError = Object.assign(new Error('Không tìm thấy trang “BC T6-2024”.'), { code: 'ItemNotFound' });
  expect(errorText(officeError)).toBe('Không tìm thấy trang “BC T6-2024”. (ItemNotFound)');
  expect(errorText(new Error('x'))).not.toContain('at ');
  expect(errorText('chuỗi lỗi')).toBe('chuỗi lỗi');
  expect(errorText({ code: 'AccessDenied' })).toBe('AccessDenied');
});

test('.docx file names lose characters Windows forbids', () => {
  expect(docxFileName('Báo cáo tháng 6 năm 2024')).toBe('Báo cáo tháng 6 năm 2024.docx');
  expect(docxFileName('BC: 6/2024?')).toBe('BC 6 2024.docx');
  expect(docxFileName(' :?* ')).toBe('Báo cáo.docx');
});

test('ValidationBlockedError is recognised by name (each bundle has its own class)', () => {
  const e = new ValidationBlockedError('Số liệu còn 1 lỗi', findingsFor(true));
  expect(isValidationBlocked(e)).toBe(true);
  const foreign = Object.assign(new Error('x'), { name: 'ValidationBlockedError', findings: [] });
  expect(isValidationBlocked(foreign)).toBe(true);
  expect(isValidationBlocked(new Error('Số liệu còn 1 lỗi'))).toBe(false);
});

describe('ribbon hand-off (bcn:show-findings)', () => {
  const fakeWindow = (): Window => new EventTarget() as unknown as Window;

  test('a request sent while the pane listens is delivered once', () => {
    const w = fakeWindow();
    const got: string[] = [];
    const off = onShowFindings((d) => got.push(d.periodKey), w);
    requestShowFindings('T6', w);
    expect(got).toEqual(['T6']);
    off();
    requestShowFindings('T7', w);
    expect(got).toEqual(['T6']);
  });

  test('a request sent before the pane mounted is parked and delivered on subscribe', async () => {
    const w = fakeWindow();
    requestShowFindings('Q2', w);
    const got: string[] = [];
    onShowFindings((d) => got.push(d.periodKey), w);
    await Promise.resolve();
    expect(got).toEqual(['Q2']);
    // …and only once.
    const again: string[] = [];
    onShowFindings((d) => again.push(d.periodKey), w);
    await Promise.resolve();
    expect(again).toEqual([]);
  });

  test('a ribbon result parked before mount reaches the pane; findings requests do not mix with it', async () => {
    const w = fakeWindow();
    const result = {
      reportSheet: 'BC T6-2024',
      narrativeSheet: 'ND T6-2024',
      counts: { indicators: 1, completed: 0, ahead: 1, onSchedule: 0, behind: 0, incomplete: 0 },
      findings: [],
      narrative: narrativeFor('T6'),
    };
    requestShowResult('T6', result, w);
    const findings: string[] = [];
    onShowFindings((d) => findings.push(d.periodKey), w);
    const results: string[] = [];
    onShowResult((d) => results.push(d.result.reportSheet), w);
    await Promise.resolve();
    expect(results).toEqual(['BC T6-2024']);
    expect(findings).toEqual([]);
  });

  test('the event name is the documented one', () => {
    expect(SHOW_FINDINGS_EVENT).toBe('bcn:show-findings');
  });
});

describe('lazyService: the first read apart from the rest of the Office service', () => {
  const state: WorkbookState = {
    year: 2024,
    periods: [{ key: 'T6', label: 'tháng 6 năm 2024', hasData: true }],
    defaultPeriod: 'T6',
    info: INFO,
    sectorCount: 9,
  };
  const service = (calls: string[]) =>
    ({
      load: async () => (calls.push('service.load'), state),
      check: async (key: string) => (calls.push(`service.check ${key}`), { report: {}, narrative: {} }),
    }) as unknown as Awaited<ReturnType<Parameters<typeof lazyService>[0]>>;

  test('load() goes through the reader; the whole service is fetched only by prefetch() or a call that needs it, once', async () => {
    const calls: string[] = [];
    const s = lazyService(
      async () => (calls.push('fetch service'), service(calls)),
      async () => (calls.push('fetch reader'), async () => (calls.push('read'), state)),
    );
    await expect(s.load()).resolves.toEqual(state);
    await s.load();
    expect(calls).toEqual(['fetch reader', 'read', 'read']);
    s.prefetch();
    await s.check('T6');
    await s.check('T5');
    expect(calls.slice(3)).toEqual(['fetch service', 'service.check T6', 'service.check T5']);
  });

  test('a failed fetch rejects the call with its error; the retry fetches again', async () => {
    let tries = 0;
    const s = lazyService(
      async () => service([]),
      async () => {
        tries++;
        if (tries === 1) throw new Error('Loading chunk office-read failed.');
        return async () => state;
      },
    );
    await expect(s.load()).rejects.toThrow('Loading chunk office-read failed.');
    await expect(s.load()).resolves.toEqual(state);
    expect(tries).toBe(2);
  });

  test('without a reader the service is fetched at once and reads too', async () => {
    const calls: string[] = [];
    const s = lazyService(async () => (calls.push('fetch service'), service(calls)));
    expect(calls).toEqual(['fetch service']);
    await s.load();
    expect(calls).toEqual(['fetch service', 'service.load']);
  });
});
