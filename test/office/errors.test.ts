import { describeOfficeError, toUserError, UserFacingError } from '../../src/hosts/office/errors';
import { FakeOfficeError } from '../fakes/excel';
import { coverRects } from '../../src/hosts/office/render';
import { isDateFormat, isPercentFormat, serialToIso } from '../../src/hosts/office/read';

describe('Office errors → user messages', () => {
  it.each([
    ['AccessDenied', 'SHEET_PROTECTED', /bảo vệ/, /protected/],
    ['InvalidOperationInCellEditMode', 'CELL_EDIT_MODE', /chế độ sửa ô/, /cell edit mode/],
    ['RequestPayloadSizeLimitExceeded', 'PAYLOAD_TOO_LARGE', /quá lớn/, /too large/],
    ['ResponsePayloadSizeLimitExceeded', 'PAYLOAD_TOO_LARGE', /quá lớn/, /too large/],
    ['ItemNotFound', 'ITEM_NOT_FOUND', /Không tìm thấy/, /not found/],
    ['GeneralException', 'EXCEL_BUSY', /lỗi chung/, /general error/],
  ])('%s', (code, mapped, vi, en) => {
    const e = new FakeOfficeError(code, 'RichApi message');
    const d = describeOfficeError(e, 'BC T6-2024');
    expect(d.code).toBe(mapped);
    expect(d.text.vi).toMatch(vi);
    expect(d.text.en).toMatch(en);
    expect(d.text.vi).not.toMatch(/RichApi|Error:|at /);
    expect(toUserError(e, 'en', 'BC T6-2024').message).toBe(d.text.en);
  });

  it('recognises protection reported as InvalidOperation', () => {
    expect(describeOfficeError(new FakeOfficeError('InvalidOperation', 'The sheet is protected.')).code).toBe(
      'SHEET_PROTECTED',
    );
  });

  it('keeps only the first line of an unexpected error, never a stack trace', () => {
    const e = new Error('boom\n    at foo (x.js:1:1)');
    const d = describeOfficeError(e);
    expect(d.text.vi).toBe('Không tạo được báo cáo do lỗi không mong muốn: boom');
  });

  it('passes user-facing errors through in the requested language', () => {
    const e = new UserFacingError('X', { vi: 'Tiếng Việt', en: 'English' }, 'vi');
    expect(toUserError(e, 'vi')).toBe(e);
    expect(toUserError(e, 'en').message).toBe('English');
  });
});

describe('helpers', () => {
  it('covers cells with few rectangles', () => {
    const cells = [];
    for (let r = 7; r < 20; r++) for (let c = 0; c < 11; c++) cells.push({ row: r, col: c });
    cells.push({ row: 25, col: 1 }, { row: 25, col: 3 });
    expect(coverRects(cells)).toEqual([
      { row: 7, col: 0, row2: 19, col2: 10 },
      { row: 25, col: 1, row2: 25, col2: 1 },
      { row: 25, col: 3, row2: 25, col2: 3 },
    ]);
  });

  it('tells date formats from number formats', () => {
    for (const f of ['dd/mm/yyyy', 'm/d/yy', '[$-42A]mmmm yyyy', 'mmm-yy', 'd"/"m']) expect(isDateFormat(f)).toBe(true);
    for (const f of ['General', '@', '#,##0', '0.00%', '0.00" người"', 'h:mm', '[Red]#,##0'])
      expect(isDateFormat(f)).toBe(false);
    expect(serialToIso(45444)).toBe('2024-06-01');
    expect(isPercentFormat('0.00%')).toBe(true);
    expect(isPercentFormat('0.00" %"')).toBe(false);
    expect(isPercentFormat('0.0\\%')).toBe(false);
  });
});
