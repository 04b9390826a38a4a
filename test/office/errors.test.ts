import {
  describeOfficeError,
  isLikelyPayloadLimit,
  LARGE_REQUEST_BYTES,
  toUserError,
  UserFacingError,
} from '../../src/hosts/office/errors';
import { FakeExcel, FakeOfficeError } from '../fakes/excel';
import { coverRects } from '../../src/hosts/office/render';
import { isDateFormat, isPercentFormat, serialToIso } from '../../src/hosts/office/read';

describe('Office errors → user messages', () => {
  // Built inside a Vietnamese fake run: the messages are Excel's Vietnamese
  // texts (no English word to match), only the code is Excel's contract.
  async function viError(code: string): Promise<FakeOfficeError> {
    const fx = new FakeExcel();
    fx.displayLanguage = 'vi-VN';
    fx.failSync = {
      sync: 1,
      code,
      message: 'English text that must not be needed (protected, payload, cell edit mode)',
    };
    const e = await fx.run(async (ctx) => ctx.sync()).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(FakeOfficeError);
    return e as FakeOfficeError;
  }

  it.each([
    ['AccessDenied', 'SHEET_PROTECTED', /đang được bảo vệ.*"BC T6-2024"/, /protected/],
    ['InvalidOperationInCellEditMode', 'CELL_EDIT_MODE', /chế độ sửa ô/, /cell edit mode/],
    ['EditModeCannotPerformOperation', 'CELL_EDIT_MODE', /chế độ sửa ô/, /cell edit mode/],
    ['RequestPayloadSizeLimitExceeded', 'PAYLOAD_TOO_LARGE', /quá lớn/, /too large/],
    ['ResponsePayloadSizeLimitExceeded', 'PAYLOAD_TOO_LARGE', /quá lớn/, /too large/],
    ['ItemNotFound', 'ITEM_NOT_FOUND', /Không tìm thấy/, /not found/],
    ['ItemAlreadyExists', 'ITEM_EXISTS', /trùng tên/, /already exists/],
    ['InactiveWorkbook', 'INACTIVE_WORKBOOK', /quay lại sổ làm việc này/, /Switch back to this workbook/],
    ['RangeExceedsLimit', 'RANGE_TOO_LARGE', /quá lớn so với giới hạn/, /exceeds Excel’s limit/],
    ['OperationCellsExceedLimit', 'RANGE_TOO_LARGE', /quá lớn so với giới hạn/, /exceeds Excel’s limit/],
    [
      'MemoryLimitReached',
      'OUT_OF_MEMORY',
      /hết bộ nhớ.*đóng các sổ làm việc khác/,
      /out of memory.*Close other workbooks/,
    ],
    ['ApiNotFound', 'API_MISSING', /cập nhật Office/, /Update Office/],
    ['ApiNotAvailable', 'API_MISSING', /cập nhật Office/, /Update Office/],
    ['NotImplemented', 'API_MISSING', /cập nhật Office/, /Update Office/],
    ['UnsupportedOperation', 'API_MISSING', /cập nhật Office/, /Update Office/],
    ['InvalidOperation', 'INVALID_OPERATION', /Excel từ chối.*"BC T6-2024"/, /refused.*"BC T6-2024"/],
    ['GeneralException', 'EXCEL_BUSY', /lỗi chung/, /general error/],
  ])('%s with Excel’s Vietnamese message', async (code, mapped, vi, en) => {
    const e = await viError(code);
    // the fake really speaks Vietnamese: no English word the old text matching relied on
    expect(e.message).not.toMatch(/protect|payload|edit mode|not found|exists|limit|busy/i);
    expect(e.message).toMatch(/[ạảãáàâăêôơưđ]/);
    const d = describeOfficeError(e, 'BC T6-2024');
    expect(d.code).toBe(mapped);
    expect(d.text.vi).toMatch(vi);
    expect(d.text.en).toMatch(en);
    expect(d.text.vi).not.toMatch(/RichApi|Error:|at /);
    expect(toUserError(e, 'en', 'BC T6-2024').message).toBe(d.text.en);
  });

  it('AccessDenied says exactly what Excel’s Vietnamese "Bạn không thể thực hiện thao tác được yêu cầu." means', async () => {
    const fx = new FakeExcel();
    fx.workbookProtected = true;
    const e = await fx
      .run(async (ctx) => {
        ctx.workbook.worksheets.add('BC T6-2024');
        await ctx.sync();
      })
      .catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'AccessDenied', message: 'Bạn không thể thực hiện thao tác được yêu cầu.' });
    expect(toUserError(e, 'vi').message).toMatch(
      /^Không ghi được báo cáo vì trang tính hoặc cấu trúc sổ làm việc đang được bảo vệ/,
    );
  });

  it('the message text never decides: an English text that says "protected" under another code is not protection', () => {
    expect(describeOfficeError(new FakeOfficeError('InvalidOperation', 'The sheet is protected.')).code).toBe(
      'INVALID_OPERATION',
    );
    expect(describeOfficeError(new FakeOfficeError('GeneralException', 'payload too large')).code).toBe('EXCEL_BUSY');
    expect(describeOfficeError({ message: 'The workbook is in cell edit mode' }).code).toBe('UNEXPECTED');
  });

  it('a GeneralException after a large write request is taken as the size limit (the write splits), else "busy"', () => {
    const e = new FakeOfficeError('GeneralException', 'Đã xảy ra lỗi nội bộ khi xử lý yêu cầu.');
    expect(describeOfficeError(e, 'BC 2024', { requestBytes: LARGE_REQUEST_BYTES }).code).toBe('PAYLOAD_TOO_LARGE');
    expect(isLikelyPayloadLimit(e, { requestBytes: LARGE_REQUEST_BYTES })).toBe(true);
    expect(describeOfficeError(e, 'BC 2024', { requestBytes: 40_000 }).code).toBe('EXCEL_BUSY');
    expect(isLikelyPayloadLimit(e, { requestBytes: 40_000 })).toBe(false);
    expect(describeOfficeError(e, 'BC 2024').code).toBe('EXCEL_BUSY');
    expect(isLikelyPayloadLimit(new FakeOfficeError('RequestPayloadSizeLimitExceeded', 'x'))).toBe(true);
    expect(isLikelyPayloadLimit(new FakeOfficeError('AccessDenied', 'x'), { requestBytes: 9e9 })).toBe(false);
  });

  it('an unknown code gives the unexpected-error message with the code', () => {
    const d = describeOfficeError(new FakeOfficeError('ConflictWithCoauthor', 'Xung đột với người đồng tác giả.'));
    expect(d.code).toBe('UNEXPECTED');
    expect(d.text.vi).toBe(
      'Không tạo được báo cáo do lỗi không mong muốn: Xung đột với người đồng tác giả. [ConflictWithCoauthor]',
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
