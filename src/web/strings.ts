/**
 * The offline page's own strings (the pane's are in src/taskpane/i18n.ts).
 * Vietnamese by default; English when the browser's language is English.
 * The old-browser message is in web.html itself (plain ES5, before any bundle).
 */
import type { Lang } from '../taskpane/i18n';

export interface WebStrings {
  title: string;
  subtitle: string;
  privacyTitle: string;
  privacy: string;
  pick: string;
  pickOther: string;
  dropHint: string;
  accepted: string;
  reading: (file: string) => string;
  openFailedTitle: (file: string) => string;
  openFailedHint: string;
  /** Beside "Chọn tệp khác" once a file is open (its name is the pane's heading). */
  pickOtherHint: string;
  /** Heading of the reporting chain's tools (collapsed section). */
  toolsTitle: string;
}

export const WEB_STRINGS: Record<Lang, WebStrings> = {
  vi: {
    title: 'Báo cáo ngành',
    subtitle:
      'Bản dùng trên trình duyệt, cho máy không có Excel 365: chọn sổ số liệu năm (.xlsx), kiểm tra, lập báo cáo và tải về tệp Excel và tệp Word.',
    privacyTitle: 'Tệp không rời khỏi máy này',
    privacy:
      'Tệp được đọc ngay trong trình duyệt trên máy của bạn; không gửi đi đâu, không cần mạng. Tệp số liệu không bị thay đổi.',
    pick: 'Chọn tệp số liệu (.xlsx)',
    pickOther: 'Chọn tệp khác',
    dropHint: 'hoặc kéo thả tệp vào đây',
    accepted: 'Sổ Excel .xlsx (Excel 2007 trở lên, WPS, LibreOffice: “Lưu thành” .xlsx)',
    reading: (f) => `Đang đọc “${f}”…`,
    openFailedTitle: (f) => `Không mở được “${f}”`,
    openFailedHint: 'Chọn một sổ số liệu dạng .xlsx, không đặt mật khẩu.',
    pickOtherHint: 'Đã sửa sổ số liệu trong Excel? Lưu lại rồi chọn lại tệp.',
    toolsTitle: 'Công cụ: tạo mẫu nhập liệu, chuyển sổ theo tháng, tổng hợp từ các đơn vị',
  },
  en: {
    title: 'Sector Report',
    subtitle:
      'The browser version, for computers without Excel 365: pick the yearly workbook (.xlsx), check it, create the report and download the Excel and Word files.',
    privacyTitle: 'Your file never leaves this computer',
    privacy:
      'The file is read inside the browser on your computer; it is not sent anywhere and no network is needed. Your workbook is not changed.',
    pick: 'Choose a workbook (.xlsx)',
    pickOther: 'Choose another file',
    dropHint: 'or drop the file here',
    accepted: 'An Excel .xlsx workbook (Excel 2007 or later; from WPS or LibreOffice: “Save as” .xlsx)',
    reading: (f) => `Reading “${f}”…`,
    openFailedTitle: (f) => `“${f}” could not be opened`,
    openFailedHint: 'Choose a workbook saved as .xlsx, without a password.',
    pickOtherHint: 'Changed the workbook in Excel? Save it, then choose the file again.',
    toolsTitle: 'Tools: input template, month-by-month conversion, consolidation of the units',
  },
};
