/**
 * Office.js errors → short, clear messages for the user (Vietnamese and English).
 * Never shows a stack trace or a raw "RichApi.Error".
 */

export type Lang = 'vi' | 'en';

export interface UserMessage {
  vi: string;
  en: string;
}

/** The message language for an Office display language ("en-US" → English, anything else → Vietnamese). */
export function langOf(displayLanguage: string | undefined): Lang {
  return typeof displayLanguage === 'string' && displayLanguage.toLowerCase().startsWith('en') ? 'en' : 'vi';
}

/** An error whose message is already fit for the user. */
export class UserFacingError extends Error {
  readonly code: string;
  readonly text: UserMessage;
  constructor(code: string, text: UserMessage, lang: Lang) {
    super(text[lang]);
    this.name = 'UserFacingError';
    this.code = code;
    this.text = text;
  }
}

interface OfficeLikeError {
  code?: unknown;
  message?: unknown;
  debugInfo?: { errorLocation?: unknown; message?: unknown };
}

function errorCode(e: unknown): string {
  if (e && typeof e === 'object') {
    const code = (e as OfficeLikeError).code;
    if (typeof code === 'string') return code;
  }
  return '';
}

function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (e && typeof e === 'object' && typeof (e as OfficeLikeError).message === 'string') {
    return (e as OfficeLikeError).message as string;
  }
  return typeof e === 'string' ? e : '';
}

/** True for a UserFacingError, also across bundles (checks the shape, not the prototype). */
export function isUserFacing(e: unknown): e is UserFacingError {
  if (e instanceof UserFacingError) return true;
  const x = e as { name?: unknown; code?: unknown; text?: { vi?: unknown; en?: unknown } } | null;
  return (
    typeof x === 'object' &&
    x !== null &&
    x.name === 'UserFacingError' &&
    typeof x.code === 'string' &&
    typeof x.text?.vi === 'string' &&
    typeof x.text?.en === 'string'
  );
}

/**
 * What the caller knows about the failing request. `requestBytes`: the
 * estimated size of the write request that failed (UTF-8 bytes of its values,
 * number formats, addresses and texts; 0 or absent for a read).
 */
export interface ErrorContext {
  requestBytes?: number;
  /**
   * What was being written: the report (default) or the new sheets of a tool
   * (Tạo mẫu nhập liệu, Chuyển từ sổ theo tháng, Tổng hợp từ các đơn vị), so a
   * tool's failure never says "the report could not be written".
   */
  action?: 'report' | 'tool';
}

/**
 * A write request estimated at least this large (UTF-8 bytes) is near Excel on
 * the web's documented 5 MB request limit once Office.js's own per-operation
 * JSON and possible \u escapes of Vietnamese letters are added (up to 3× the
 * estimate). Excel on the web does not always answer an oversized request with
 * RequestPayloadSizeLimitExceeded: a bare GeneralException after a request
 * this large is taken as the size limit. write.ts then splits the write into
 * blocks below this size; a block failing the same way is a real error.
 */
export const LARGE_REQUEST_BYTES = 1_000_000;

/** Excel's answer to a request or response over its size limit (or, for a large write, its bare GeneralException form). */
export function isLikelyPayloadLimit(e: unknown, context: ErrorContext = {}): boolean {
  const code = errorCode(e);
  if (code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded') return true;
  return code === 'GeneralException' && (context.requestBytes ?? 0) >= LARGE_REQUEST_BYTES;
}

const PAYLOAD_TOO_LARGE: UserMessage = {
  vi: 'Sổ làm việc quá lớn để Excel trên web xử lý trong một lần. Hãy xóa các vùng trống thừa ở cuối các trang số liệu hoặc dùng Excel trên máy tính.',
  en: 'The workbook is too large for Excel on the web to handle in one request. Remove unused trailing areas from the data sheets or use Excel on the desktop.',
};

/**
 * Maps any error thrown while talking to Excel to a user message, by
 * `OfficeExtension.Error.code` ONLY: Office localises `message` (a Vietnamese
 * Excel says "Bạn không thể thực hiện thao tác được yêu cầu." for
 * AccessDenied), so the text is never matched. `sheet` names the sheet being
 * written, if any.
 */
export function describeOfficeError(
  e: unknown,
  sheet?: string,
  context: ErrorContext = {},
): { code: string; text: UserMessage } {
  if (isUserFacing(e)) return { code: e.code, text: e.text };
  const code = errorCode(e);
  const raw = errorText(e);
  const where = sheet ? { vi: ` (trang "${sheet}")`, en: ` (sheet "${sheet}")` } : { vi: '', en: '' };
  const tool = context.action === 'tool';
  // what could not be written / made, in the sentence's own words
  const what = tool
    ? { vi: 'các trang mới', en: 'the new sheets', make: 'ghi các trang mới', makeEn: 'writing the new sheets' }
    : { vi: 'báo cáo', en: 'the report', make: 'tạo báo cáo', makeEn: 'creating the report' };
  const What = what.en.charAt(0).toUpperCase() + what.en.slice(1);
  switch (code) {
    case 'AccessDenied':
      return {
        code: 'SHEET_PROTECTED',
        text: {
          vi: `Không ghi được ${what.vi} vì trang tính hoặc cấu trúc sổ làm việc đang được bảo vệ${where.vi}. Vào thẻ Xem lại (Review) → Bỏ bảo vệ trang tính / sổ làm việc rồi thử lại.`,
          en: `${What} could not be written because the sheet or the workbook structure is protected${where.en}. Use Review → Unprotect Sheet / Protect Workbook, then try again.`,
        },
      };
    case 'InvalidOperationInCellEditMode':
    case 'EditModeCannotPerformOperation':
      return {
        code: 'CELL_EDIT_MODE',
        text: {
          vi: 'Excel đang ở chế độ sửa ô. Bấm Enter hoặc Esc để kết thúc việc nhập ô rồi thử lại.',
          en: 'Excel is in cell edit mode. Press Enter or Esc to finish editing the cell, then try again.',
        },
      };
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return { code: 'PAYLOAD_TOO_LARGE', text: PAYLOAD_TOO_LARGE };
    case 'ItemNotFound':
      return {
        code: 'ITEM_NOT_FOUND',
        text: {
          vi: `Không tìm thấy trang tính hoặc ô cần dùng${where.vi}; có thể nó vừa bị đổi tên hoặc xóa. Hãy thử lại.`,
          en: `A sheet or cell the add-in needs was not found${where.en}; it may have just been renamed or deleted. Please try again.`,
        },
      };
    case 'ItemAlreadyExists':
      return {
        code: 'ITEM_EXISTS',
        text: {
          vi: `Đã có một trang tính trùng tên${where.vi}. Hãy thử lại để chương trình chọn tên khác.`,
          en: `A sheet with the same name already exists${where.en}. Try again so the add-in picks another name.`,
        },
      };
    case 'InactiveWorkbook':
      return {
        code: 'INACTIVE_WORKBOOK',
        text: {
          vi: `${tool ? 'Sổ làm việc đang được ghi' : 'Sổ làm việc của báo cáo'} không còn là sổ đang mở (đã chuyển sang sổ khác hoặc đã đóng). Hãy quay lại sổ làm việc này rồi thử lại.`,
          en: `${tool ? 'The workbook being written' : 'The report’s workbook'} is no longer the active one (another workbook is in front, or it was closed). Switch back to this workbook and try again.`,
        },
      };
    case 'RangeExceedsLimit':
    case 'OperationCellsExceedLimit':
      return {
        code: 'RANGE_TOO_LARGE',
        text: {
          vi: `Vùng ô cần xử lý quá lớn so với giới hạn của Excel${where.vi}. Hãy xóa các hàng, cột trống thừa ở cuối các trang số liệu rồi thử lại.`,
          en: `The range to process exceeds Excel’s limit${where.en}. Delete unused trailing rows and columns from the data sheets, then try again.`,
        },
      };
    case 'MemoryLimitReached':
      return {
        code: 'OUT_OF_MEMORY',
        text: {
          vi: `Excel đã hết bộ nhớ khi ${what.make}. Hãy đóng các sổ làm việc khác rồi thử lại.`,
          en: `Excel ran out of memory while ${what.makeEn}. Close other workbooks, then try again.`,
        },
      };
    case 'ApiNotFound':
    case 'ApiNotAvailable':
    case 'NotImplemented':
    case 'UnsupportedOperation':
      return {
        code: 'API_MISSING',
        text: {
          vi: `Phiên bản Excel này thiếu một chức năng mà phần bổ trợ cần (mã lỗi ${code}). Hãy cập nhật Office (Tệp → Tài khoản → Tùy chọn cập nhật → Cập nhật ngay) rồi thử lại.`,
          en: `This version of Excel lacks a feature the add-in needs (error code ${code}). Update Office (File → Account → Update Options → Update Now), then try again.`,
        },
      };
    case 'InvalidOperation':
      return {
        code: 'INVALID_OPERATION',
        text: {
          vi: `Excel từ chối thao tác ghi ${what.vi}${where.vi}. Hãy kiểm tra trang tính đó (đang bảo vệ, đang lọc hay có bảng dữ liệu) rồi thử lại.`,
          en: `Excel refused an operation while writing ${what.en}${where.en}. Check that sheet (protected, filtered or holding a table), then try again.`,
        },
      };
    case 'UndoNotSupported':
      return {
        code: 'UNDO_NOT_SUPPORTED',
        text: {
          vi: 'Excel không gộp được thao tác này thành một bước hoàn tác. Hãy thử lại.',
          en: 'Excel could not group this operation into one undo step. Please try again.',
        },
      };
    case 'GeneralException':
      // Excel on the web may answer an oversized write with a bare GeneralException.
      if (isLikelyPayloadLimit(e, context)) return { code: 'PAYLOAD_TOO_LARGE', text: PAYLOAD_TOO_LARGE };
      return busy();
    case 'InternalServerError':
    case 'ServiceNotAvailable':
      return busy();
  }
  const first = raw ? raw.split('\n')[0].slice(0, 200) : '';
  const detail = code && first ? `${first} [${code}]` : first || code || 'unknown';
  return {
    code: 'UNEXPECTED',
    text: {
      vi: tool
        ? `Không ghi được các trang mới do lỗi không mong muốn: ${detail}`
        : `Không tạo được báo cáo do lỗi không mong muốn: ${detail}`,
      en: `${tool ? 'The new sheets could not be written' : 'The report could not be created'} because of an unexpected error: ${detail}`,
    },
  };
}

function busy(): { code: string; text: UserMessage } {
  return {
    code: 'EXCEL_BUSY',
    text: {
      vi: 'Excel báo lỗi chung khi thực hiện thao tác (có thể do Excel đang bận hoặc sổ làm việc đang được đồng tác giả sửa). Hãy lưu sổ và thử lại sau giây lát.',
      en: 'Excel reported a general error (it may be busy or the workbook is being co-authored). Save the workbook and try again in a moment.',
    },
  };
}

/** Wraps any error as a UserFacingError in the chosen language. */
export function toUserError(e: unknown, lang: Lang, sheet?: string, context?: ErrorContext): UserFacingError {
  if (isUserFacing(e) && e.message === e.text[lang]) return e;
  const { code, text } = describeOfficeError(e, sheet, context);
  return new UserFacingError(code, text, lang);
}
