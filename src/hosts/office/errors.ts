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

/** Maps any error thrown while talking to Excel to a user message. `sheet` names the sheet being written, if any. */
export function describeOfficeError(e: unknown, sheet?: string): { code: string; text: UserMessage } {
  if (isUserFacing(e)) return { code: e.code, text: e.text };
  const code = errorCode(e);
  const raw = errorText(e);
  const where = sheet ? { vi: ` (trang "${sheet}")`, en: ` (sheet "${sheet}")` } : { vi: '', en: '' };
  const protectedSheet = /protect/i.test(raw);
  if (code === 'AccessDenied' || (code === 'InvalidOperation' && protectedSheet)) {
    return {
      code: 'SHEET_PROTECTED',
      text: {
        vi: `Không ghi được báo cáo vì trang tính hoặc cấu trúc sổ làm việc đang được bảo vệ${where.vi}. Vào thẻ Xem lại (Review) → Bỏ bảo vệ trang tính / sổ làm việc rồi thử lại.`,
        en: `The report could not be written because the sheet or the workbook structure is protected${where.en}. Use Review → Unprotect Sheet / Protect Workbook, then try again.`,
      },
    };
  }
  if (code === 'InvalidOperationInCellEditMode' || /cell edit mode/i.test(raw)) {
    return {
      code: 'CELL_EDIT_MODE',
      text: {
        vi: 'Excel đang ở chế độ sửa ô. Bấm Enter hoặc Esc để kết thúc việc nhập ô rồi thử lại.',
        en: 'Excel is in cell edit mode. Press Enter or Esc to finish editing the cell, then try again.',
      },
    };
  }
  if (
    code === 'ResponsePayloadSizeLimitExceeded' ||
    code === 'RequestPayloadSizeLimitExceeded' ||
    /payload/i.test(raw)
  ) {
    return {
      code: 'PAYLOAD_TOO_LARGE',
      text: {
        vi: 'Sổ làm việc quá lớn để Excel trên web xử lý trong một lần. Hãy xóa các vùng trống thừa ở cuối các trang số liệu hoặc dùng Excel trên máy tính.',
        en: 'The workbook is too large for Excel on the web to handle in one request. Remove unused trailing areas from the data sheets or use Excel on the desktop.',
      },
    };
  }
  if (code === 'ItemNotFound') {
    return {
      code: 'ITEM_NOT_FOUND',
      text: {
        vi: `Không tìm thấy trang tính hoặc ô cần dùng${where.vi}; có thể nó vừa bị đổi tên hoặc xóa. Hãy thử lại.`,
        en: `A sheet or cell the add-in needs was not found${where.en}; it may have just been renamed or deleted. Please try again.`,
      },
    };
  }
  if (code === 'ItemAlreadyExists') {
    return {
      code: 'ITEM_EXISTS',
      text: {
        vi: `Đã có một trang tính trùng tên${where.vi}. Hãy thử lại để chương trình chọn tên khác.`,
        en: `A sheet with the same name already exists${where.en}. Try again so the add-in picks another name.`,
      },
    };
  }
  if (code === 'UndoNotSupported') {
    return {
      code: 'UNDO_NOT_SUPPORTED',
      text: {
        vi: 'Excel không gộp được thao tác này thành một bước hoàn tác. Hãy thử lại.',
        en: 'Excel could not group this operation into one undo step. Please try again.',
      },
    };
  }
  if (code === 'GeneralException' || code === 'InternalServerError' || code === 'ServiceNotAvailable') {
    return {
      code: 'EXCEL_BUSY',
      text: {
        vi: 'Excel báo lỗi chung khi thực hiện thao tác (có thể do Excel đang bận hoặc sổ làm việc đang được đồng tác giả sửa). Hãy lưu sổ và thử lại sau giây lát.',
        en: 'Excel reported a general error (it may be busy or the workbook is being co-authored). Save the workbook and try again in a moment.',
      },
    };
  }
  const detail = raw ? raw.split('\n')[0].slice(0, 200) : code || 'unknown';
  return {
    code: 'UNEXPECTED',
    text: {
      vi: `Không tạo được báo cáo do lỗi không mong muốn: ${detail}`,
      en: `The report could not be created because of an unexpected error: ${detail}`,
    },
  };
}

/** Wraps any error as a UserFacingError in the chosen language. */
export function toUserError(e: unknown, lang: Lang, sheet?: string): UserFacingError {
  if (isUserFacing(e) && e.message === e.text[lang]) return e;
  const { code, text } = describeOfficeError(e, sheet);
  return new UserFacingError(code, text, lang);
}
