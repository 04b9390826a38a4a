/**
 * Every string the task pane shows, in Vietnamese (default) and English.
 * The language follows Office's display language: "en…" → English, anything
 * else (or unknown) → Vietnamese. Findings carry their own { vi, en } message.
 */
import { createContext, useContext } from 'react';
import type { GenerateStep } from '../pipeline/service';

export type Lang = 'vi' | 'en';

export function pickLang(displayLanguage: string | null | undefined): Lang {
  return typeof displayLanguage === 'string' && displayLanguage.trim().toLowerCase().startsWith('en') ? 'en' : 'vi';
}

export interface Strings {
  appTitle: string;
  /** The version line at the foot of the pane. */
  versionLine: (version: string) => string;
  loading: string;
  retry: string;
  refresh: string;
  dismiss: string;
  tabCheck: string;
  /** Accessible name of the "Kiểm tra" tab when it carries a count badge. */
  tabCheckName: (errors: number, warnings: number) => string;
  tabText: string;
  tabInfo: string;
  /** The reporting chain's tools (template, conversion, consolidation). */
  tabTools: string;
  // boot
  officeMissingTitle: string;
  officeMissingBody: string;
  oldHostTitle: string;
  oldHostBody: string;
  technicalDetails: (missing: string) => string;
  notExcelTitle: string;
  notExcelBody: string;
  loadFailedTitle: string;
  // workbook
  workbookSummary: (year: number | null, sectorCount: number) => string;
  noSectorsTitle: string;
  noSectorsBody: string;
  // period
  periodLabel: string;
  periodPlaceholder: string;
  periodNoData: string;
  periodNoDataWarning: (label: string) => string;
  periodGroupMonths: string;
  periodGroupQuarters: string;
  periodGroupLonger: string;
  // check
  check: string;
  checking: string;
  checkFailedTitle: string;
  /** Heading of the findings, with the period they belong to (or without, when unknown). */
  findingsTitle: (period: string | null) => string;
  noFindings: string;
  errorBadge: (n: number) => string;
  warningBadge: (n: number) => string;
  findingsSummary: (errors: number, warnings: number) => string;
  /** The same without "click a line to go to the cell" (offline page: no workbook open). */
  checkEmptyFile: string;
  checkEmpty: string;
  selectFailedTitle: (sheet: string, cell: string) => string;
  /** Accessible name of a finding button: "Lỗi C7 — message". */
  findingName: (severity: 'error' | 'warning' | 'info', cell: string, message: string) => string;
  /** Tooltip of a finding button (adds the code for support staff). */
  findingTooltip: (sheet: string, cell: string, code: string) => string;
  onlyErrors: (errors: number) => string;
  showMore: (n: number) => string;
  /** Heading of the info-level findings (what the program decided for the user), collapsed by default. */
  infoFindingsTitle: (n: number) => string;
  infoFindingsIntro: string;
  // how the sheets were read (SectorLayout)
  layoutTitle: string;
  layoutIntro: string;
  /** "cột E–P" / "ô J6" (an ignored cell) */
  layoutRef: (ignored: boolean, ref: string) => string;
  /** Accessible name / tooltip of a column reference. */
  layoutSelect: (sheet: string, label: string, text: string) => string;
  // generate
  generate: string;
  generating: string;
  generateFailedTitle: string;
  ribbonErrorTitle: string;
  steps: Record<GenerateStep, string>;
  confirmTitle: string;
  confirmBody: (errors: number) => string;
  confirmGo: string;
  confirmCancel: string;
  /** Asked before generating a period whose last month has no data at all. */
  noDataTitle: (month: number, year: number) => string;
  noDataBody: (label: string, month: number, year: number, latest: number | null) => string;
  noDataGo: string;
  noDataCancel: string;
  doneTitle: string;
  doneBody: (reportSheet: string, narrativeSheet: string) => string;
  goToReport: string;
  /** Offline page: the files are ready to save (nothing was written into the user's file). */
  filesReady: (reportName: string) => string;
  downloadXlsx: string;
  downloadDocx: string;
  doneWithErrors: (errors: number) => string;
  countIndicators: string;
  countCompleted: string;
  countAhead: string;
  countOnSchedule: string;
  countBehind: string;
  countIncomplete: string;
  // narrative
  previewTitle: string;
  previewHint: string;
  previewEmpty: string;
  textEmpty: string;
  generatedMark: string;
  // copy
  copy: string;
  copied: string;
  copiedPlain: string;
  copyManual: string;
  copyFailedTitle: string;
  // download
  downloadWord: string;
  downloading: string;
  downloaded: (file: string) => string;
  downloadFailedTitle: string;
  downloadUnsupported: (narrativeSheet: string | null) => string;
  downloadUnreliable: (narrativeSheet: string | null) => string;
  openNarrativeSheet: string;
  // info form
  infoIntro: string;
  info: {
    coQuanChuQuan: string;
    tenCoQuan: string;
    diaDanh: string;
    namBaoCao: string;
    soKyHieu: string;
    phamVi: string;
    quyenHanKy: string;
    chucVuNguoiKy: string;
    nguoiKy: string;
    noiNhan: string;
  };
  infoGroups: { header: string; signer: string };
  infoHints: Record<keyof Strings['info'], string>;
  yearInvalid: string;
  save: string;
  saving: string;
  saved: string;
  saveFailedTitle: string;
}

/** "2 lỗi, 4 cảnh báo" */
function viCounts(e: number, w: number): string {
  return [e > 0 ? `${e} lỗi` : '', w > 0 ? `${w} cảnh báo` : ''].filter(Boolean).join(', ');
}

/** "2 errors, 4 warnings" */
function enCounts(e: number, w: number): string {
  return [e > 0 ? `${e} error${e === 1 ? '' : 's'}` : '', w > 0 ? `${w} warning${w === 1 ? '' : 's'}` : '']
    .filter(Boolean)
    .join(', ');
}

const vi: Strings = {
  appTitle: 'Báo cáo ngành',
  versionLine: (v) => `Báo cáo ngành, phiên bản ${v}`,
  loading: 'Đang đọc sổ số liệu…',
  retry: 'Thử lại',
  refresh: 'Đọc lại sổ (cập nhật danh sách kỳ có số liệu)',
  dismiss: 'Đóng',
  tabCheck: 'Kiểm tra',
  tabCheckName: (e, w) => `Kiểm tra (${viCounts(e, w)})`,
  tabText: 'Nội dung',
  tabInfo: 'Thông tin đơn vị',
  tabTools: 'Công cụ',
  officeMissingTitle: 'Không tải được Office.js',
  officeMissingBody:
    'Bảng điều khiển của Báo cáo ngành cần thư viện Office.js của Microsoft nhưng không tải được. Hãy kiểm tra kết nối mạng rồi đóng và mở lại Bảng điều khiển.',
  oldHostTitle: 'Phiên bản Excel này quá cũ',
  oldHostBody:
    'Báo cáo ngành cần Excel for Microsoft 365, Excel 2021/2024 hoặc Excel trên web. Hãy cập nhật Office, hoặc mở sổ bằng Excel trên web (trình duyệt).',
  technicalDetails: (s) => `Chi tiết kỹ thuật: thiếu ${s}.`,
  notExcelTitle: 'Cần mở trong Excel',
  notExcelBody:
    'Báo cáo ngành là phần bổ trợ của Excel. Hãy mở sổ số liệu trong Excel rồi bấm Tạo báo cáo trên thanh Ribbon.',
  loadFailedTitle: 'Không đọc được sổ số liệu',
  // Non-breaking spaces keep "Năm 2024" and "9 lĩnh vực" on one line in a narrow pane.
  workbookSummary: (year, n) => `${year ? `Năm\u00a0${year}` : 'Chưa rõ năm báo cáo'} · ${n}\u00a0lĩnh\u00a0vực`,
  noSectorsTitle: 'Chưa thấy trang lĩnh vực nào',
  noSectorsBody:
    'Mỗi lĩnh vực cần một trang có dòng tiêu đề gồm cột “Chỉ tiêu” và các cột tháng (T1, T2, …). Xem mẫu trong tài liệu hướng dẫn.',
  periodLabel: 'Kỳ báo cáo',
  periodPlaceholder: 'Chọn kỳ báo cáo',
  periodNoData: 'chưa có số liệu',
  periodNoDataWarning: (l) => `${l} chưa có số liệu: báo cáo sẽ thiếu số và được đánh dấu chưa đầy đủ.`,
  periodGroupMonths: 'Tháng',
  periodGroupQuarters: 'Quý',
  periodGroupLonger: '6 tháng, 9 tháng, năm',
  check: 'Kiểm tra dữ liệu',
  checking: 'Đang kiểm tra…',
  checkFailedTitle: 'Không kiểm tra được dữ liệu',
  findingsTitle: (p) => (p ? `Kết quả kiểm tra ${p}` : 'Kết quả kiểm tra'),
  noFindings: 'Không có lỗi hay cảnh báo nào. Số liệu sẵn sàng để tạo báo cáo.',
  errorBadge: (n) => `${n} lỗi`,
  warningBadge: (n) => `${n} cảnh báo`,
  findingsSummary: (e, w) =>
    `${viCounts(e, w)}. ${
      e === 0 ? 'Cảnh báo không ngăn việc tạo báo cáo. ' : ''
    }Bấm vào từng dòng để chuyển tới ô cần sửa.`,
  checkEmpty:
    'Chọn kỳ rồi bấm “Kiểm tra dữ liệu” để xem các lỗi, cảnh báo trong trang số liệu; bấm vào một dòng để chuyển tới ô cần sửa.',
  checkEmptyFile:
    'Chọn kỳ rồi bấm “Kiểm tra dữ liệu” để xem các lỗi, cảnh báo trong trang số liệu, mỗi dòng nêu trang và ô cần sửa.',
  selectFailedTitle: (sheet, cell) => `Không chuyển được tới ô ${cell} trang “${sheet}”`,
  findingName: (sev, cell, m) =>
    `${sev === 'error' ? 'Lỗi' : sev === 'info' ? 'Thông tin' : 'Cảnh báo'} ${cell} — ${m}`,
  findingTooltip: (sheet, cell, code) => `Chuyển tới ô ${cell} trang ${sheet} (mã ${code})`,
  onlyErrors: (n) => `Chỉ hiện lỗi (${n})`,
  showMore: (n) => `Xem thêm ${n} mục`,
  infoFindingsTitle: (n) => `Chương trình đã tự quyết định (${n})`,
  infoFindingsIntro:
    'Những điều chương trình đã hiểu thay bạn. Không phải lỗi; xem để chắc chắn đúng ý, bấm vào một dòng để tới ô đó.',
  layoutTitle: 'Cách đọc số liệu',
  layoutIntro: 'Chương trình đã hiểu từng trang như sau. Bấm vào một cột để chọn nó trên trang và đối chiếu.',
  layoutRef: (ignored, ref) => (ignored ? `ô ${ref}` : `cột ${ref}`),
  layoutSelect: (sheet, label, text) => `Chọn ${label} trang ${sheet} (${text})`,
  generate: 'Tạo báo cáo',
  generating: 'Đang tạo báo cáo…',
  generateFailedTitle: 'Không tạo được báo cáo',
  ribbonErrorTitle: 'Lệnh Tạo báo cáo trên Ribbon không thực hiện được',
  steps: {
    reading: 'Đang đọc các trang số liệu…',
    checking: 'Đang kiểm tra số liệu…',
    computing: 'Đang tính lũy kế, % kế hoạch, so cùng kỳ…',
    writing: 'Đang ghi trang báo cáo và trang nội dung…',
    done: 'Hoàn tất.',
  },
  confirmTitle: 'Số liệu còn lỗi',
  confirmBody: (n) =>
    `Số liệu còn ${n} lỗi. Các chỉ tiêu có lỗi sẽ bị đánh dấu hoặc bỏ trống trong báo cáo. Vẫn tạo báo cáo?`,
  confirmGo: 'Vẫn tạo báo cáo',
  confirmCancel: 'Quay lại sửa',
  noDataTitle: (m, y) => `Chưa có số liệu tháng ${m}/${y}`,
  noDataBody: (l, m, y, latest) =>
    `Kỳ ${l} kết thúc ở tháng ${m}/${y}, nhưng sổ chưa có số liệu tháng này` +
    (latest === null ? ' (chưa có số liệu tháng nào)' : `; số liệu mới có đến hết tháng ${latest}/${y}`) +
    '. Báo cáo sẽ tính trên các tháng đã có và đánh dấu các số liệu chưa đầy đủ. Vẫn tạo?',
  noDataGo: 'Vẫn tạo báo cáo',
  noDataCancel: 'Chọn kỳ khác',
  doneTitle: 'Đã tạo báo cáo',
  doneBody: (r, n) => `Đã ghi trang “${r}” (bảng số liệu) và trang “${n}” (nội dung).`,
  goToReport: 'Mở trang báo cáo',
  filesReady: (r) =>
    `Đã lập báo cáo “${r}”. Tải về tệp Excel (bảng số liệu và trang nội dung) và tệp Word; tệp số liệu của bạn không bị thay đổi.`,
  downloadXlsx: 'Tải tệp Excel',
  downloadDocx: 'Tải tệp Word',
  doneWithErrors: (n) => `Lưu ý: số liệu còn ${n} lỗi (xem thẻ Kiểm tra); hãy sửa rồi tạo lại báo cáo trước khi gửi.`,
  countIndicators: 'Chỉ tiêu',
  countCompleted: 'Đã hoàn thành kế hoạch',
  countAhead: 'Vượt tiến độ',
  countOnSchedule: 'Đúng tiến độ',
  countBehind: 'Chậm tiến độ',
  countIncomplete: 'Thiếu số liệu',
  previewTitle: 'Nội dung báo cáo',
  previewHint: 'Đoạn có vạch xanh bên trái do chương trình viết từ số liệu; các đoạn khác lấy từ trang “Nội dung”.',
  previewEmpty: 'Chưa có nội dung cho kỳ này.',
  textEmpty:
    'Bấm “Kiểm tra dữ liệu” hoặc “Tạo báo cáo” để xem trước nội dung báo cáo, rồi sao chép sang Word hoặc tải file Word.',
  generatedMark: 'Đoạn do chương trình viết',
  copy: 'Sao chép',
  copied: 'Đã sao chép nội dung (giữ định dạng). Dán vào Word bằng Ctrl+V.',
  copyFailedTitle: 'Không sao chép được nội dung',
  copiedPlain: 'Đã sao chép nội dung. Dán vào Word bằng Ctrl+V.',
  copyManual:
    'Excel không cho phép sao chép tự động. Nội dung đã được bôi đen trong khung xem trước: hãy nhấn Ctrl+C (trên Mac: ⌘+C).',
  downloadWord: 'Tải file Word',
  downloading: 'Đang tạo file Word…',
  downloaded: (f) => `Đã tạo file “${f}”. Xem trong thư mục Tải xuống của trình duyệt.`,
  downloadFailedTitle: 'Không tạo được file Word',
  downloadUnsupported: (s) =>
    `Excel trên máy này không cho phần bổ trợ tải file xuống. Hãy dùng nút Sao chép rồi dán vào Word${
      s ? `, hoặc mở trang “${s}” trong sổ` : ''
    }.`,
  downloadUnreliable: (s) =>
    `Trên Excel cho máy tính, việc tải file có thể không hoạt động. Nếu không thấy file, hãy dùng nút Sao chép${
      s ? ` hoặc trang “${s}” trong sổ` : ''
    }.`,
  openNarrativeSheet: 'Mở trang nội dung',
  infoIntro:
    'Các thông tin này được lưu trong trang “Thông tin” của sổ và dùng cho phần đầu, phần ký và “Nơi nhận” của báo cáo.',
  info: {
    coQuanChuQuan: 'Cơ quan chủ quản',
    tenCoQuan: 'Tên cơ quan',
    diaDanh: 'Địa danh',
    namBaoCao: 'Năm báo cáo',
    soKyHieu: 'Số ký hiệu',
    phamVi: 'Phạm vi',
    quyenHanKy: 'Quyền hạn ký',
    chucVuNguoiKy: 'Chức vụ người ký',
    nguoiKy: 'Người ký',
    noiNhan: 'Nơi nhận',
  },
  infoGroups: { header: 'Tiêu đề văn bản', signer: 'Người ký' },
  infoHints: {
    coQuanChuQuan: 'Dòng đầu góc trái, ví dụ “UBND TỈNH SÓC TRĂNG”.',
    tenCoQuan: 'Cơ quan ban hành báo cáo, ví dụ “SỞ NỘI VỤ”.',
    soKyHieu: 'Phần sau số văn bản, ví dụ “/BC-SNV”; số do văn thư điền.',
    diaDanh: 'Dùng cho dòng “Sóc Trăng, ngày … tháng … năm …”.',
    namBaoCao: 'Năm của các cột tháng, ví dụ 2024.',
    phamVi: 'Chủ ngữ của câu do chương trình viết, ví dụ “toàn tỉnh”.',
    quyenHanKy: 'Ví dụ “KT. GIÁM ĐỐC”; để trống nếu thủ trưởng ký.',
    chucVuNguoiKy: 'Ví dụ “PHÓ GIÁM ĐỐC”.',
    nguoiKy: 'Họ và tên đầy đủ.',
    noiNhan: 'Mỗi nơi nhận một dòng, ví dụ “- Bộ Nội vụ;”.',
  },
  yearInvalid: 'Năm phải là số có 4 chữ số, ví dụ 2024.',
  save: 'Lưu thông tin',
  saving: 'Đang lưu…',
  saved: 'Đã lưu vào trang “Thông tin”.',
  saveFailedTitle: 'Không lưu được thông tin',
};

const en: Strings = {
  appTitle: 'Sector Report',
  versionLine: (v) => `Sector Report, version ${v}`,
  loading: 'Reading the workbook…',
  retry: 'Try again',
  refresh: 'Read the workbook again (update the periods with data)',
  dismiss: 'Dismiss',
  tabCheck: 'Check',
  tabCheckName: (e, w) => `Check (${enCounts(e, w)})`,
  tabText: 'Text',
  tabInfo: 'Unit information',
  tabTools: 'Tools',
  officeMissingTitle: 'Office.js could not be loaded',
  officeMissingBody:
    "The Sector Report control panel needs Microsoft's Office.js library but could not load it. Check the network connection, then close and reopen the Control panel.",
  oldHostTitle: 'This version of Excel is too old',
  oldHostBody:
    'The add-in needs Excel for Microsoft 365, Excel 2021/2024 or Excel on the web. Update Office, or open the workbook in Excel on the web (in a browser).',
  technicalDetails: (s) => `Technical details: the host lacks ${s}.`,
  notExcelTitle: 'Open this in Excel',
  notExcelBody: 'This is an Excel add-in. Open the workbook in Excel and click Create report on the ribbon.',
  loadFailedTitle: 'The workbook could not be read',
  workbookSummary: (year, n) =>
    `${year ? `Year\u00a0${year}` : 'Reporting year unknown'} · ${n}\u00a0sector${n === 1 ? '' : 's'}`,
  noSectorsTitle: 'No sector sheets found',
  noSectorsBody:
    'Each sector needs a sheet with a header row holding a “Chỉ tiêu” column and month columns (T1, T2, …). See the sample in the user guide.',
  periodLabel: 'Reporting period',
  periodPlaceholder: 'Choose a period',
  periodNoData: 'no data yet',
  periodNoDataWarning: (l) => `${l} has no figures yet: the report will be incomplete and marked so.`,
  periodGroupMonths: 'Months',
  periodGroupQuarters: 'Quarters',
  periodGroupLonger: 'Half-year, 9 months, year',
  check: 'Check data',
  checking: 'Checking…',
  checkFailedTitle: 'The data could not be checked',
  findingsTitle: (p) => (p ? `Check results: ${p}` : 'Check results'),
  noFindings: 'No errors or warnings. The figures are ready for the report.',
  errorBadge: (n) => `${n} error${n === 1 ? '' : 's'}`,
  warningBadge: (n) => `${n} warning${n === 1 ? '' : 's'}`,
  findingsSummary: (e, w) =>
    `${enCounts(e, w)}. ${e === 0 ? 'Warnings do not block the report. ' : ''}Click a line to go to the cell.`,
  checkEmpty:
    'Choose a period and click “Check data” to list the errors and warnings in the sector sheets; click a line to go to the cell.',
  checkEmptyFile:
    'Choose a period and click “Check data” to list the errors and warnings in the sector sheets, each naming the sheet and cell to fix.',
  selectFailedTitle: (sheet, cell) => `Could not go to cell ${cell} on sheet “${sheet}”`,
  findingName: (sev, cell, m) => `${sev === 'error' ? 'Error' : sev === 'info' ? 'Note' : 'Warning'} ${cell} — ${m}`,
  findingTooltip: (sheet, cell, code) => `Go to cell ${cell} on sheet ${sheet} (code ${code})`,
  onlyErrors: (n) => `Errors only (${n})`,
  showMore: (n) => `Show ${n} more`,
  infoFindingsTitle: (n) => `Decided for you (${n})`,
  infoFindingsIntro:
    'What the program understood on your behalf. Not errors; check that it is what you meant, and click a line to go to its cell.',
  layoutTitle: 'How the sheets were read',
  layoutIntro: 'This is how each sheet was understood. Click a column to select it on the sheet and compare.',
  layoutRef: (ignored, ref) => (ignored ? `cell ${ref}` : ref.includes('–') ? `columns ${ref}` : `column ${ref}`),
  layoutSelect: (sheet, label, text) => `Select ${label} on sheet ${sheet} (${text})`,
  generate: 'Create report',
  generating: 'Creating the report…',
  generateFailedTitle: 'The report could not be created',
  ribbonErrorTitle: 'The ribbon command Create report failed',
  steps: {
    reading: 'Reading the sector sheets…',
    checking: 'Checking the figures…',
    computing: 'Computing year-to-date, % of plan, change from last year…',
    writing: 'Writing the report and narrative sheets…',
    done: 'Done.',
  },
  confirmTitle: 'The data still has errors',
  confirmBody: (n) =>
    `The data has ${n} error${n === 1 ? '' : 's'}. Indicators with errors will be marked or left blank in the report. Create the report anyway?`,
  confirmGo: 'Create anyway',
  confirmCancel: 'Go back and fix',
  noDataTitle: (m, y) => `No figures for ${m}/${y} yet`,
  noDataBody: (l, m, y, latest) =>
    `The period ${l} ends in ${m}/${y}, but the workbook has no figures for that month` +
    (latest === null ? ' (no month has figures yet)' : `; figures run to ${latest}/${y}`) +
    '. The report will use the months there are and mark the figures as incomplete. Create it anyway?',
  noDataGo: 'Create anyway',
  noDataCancel: 'Choose another period',
  doneTitle: 'Report created',
  doneBody: (r, n) => `Wrote sheet “${r}” (figures) and sheet “${n}” (narrative).`,
  goToReport: 'Open the report sheet',
  filesReady: (r) =>
    `Report “${r}” is ready. Download the Excel file (figures and narrative sheets) and the Word file; your workbook is not changed.`,
  downloadXlsx: 'Download Excel file',
  downloadDocx: 'Download Word file',
  doneWithErrors: (n) =>
    `Note: the data still has ${n} error${n === 1 ? '' : 's'} (see the Check tab); fix them and create the report again before sending it.`,
  countIndicators: 'Indicators',
  countCompleted: 'Plan completed',
  countAhead: 'Ahead of schedule',
  countOnSchedule: 'On schedule',
  countBehind: 'Behind schedule',
  countIncomplete: 'Missing figures',
  previewTitle: 'Report text',
  previewHint:
    'Paragraphs with a blue bar on the left are written by the program from the figures; the others come from the “Nội dung” sheet.',
  previewEmpty: 'No text for this period yet.',
  textEmpty:
    'Click “Check data” or “Create report” to preview the report text, then copy it into Word or download the Word file.',
  generatedMark: 'Written by the program',
  copy: 'Copy',
  copied: 'Copied with formatting. Paste into Word with Ctrl+V.',
  copyFailedTitle: 'The text could not be copied',
  copiedPlain: 'Copied. Paste into Word with Ctrl+V.',
  copyManual:
    'Excel does not allow automatic copying here. The text is selected in the preview: press Ctrl+C (⌘+C on a Mac).',
  downloadWord: 'Download Word file',
  downloading: 'Creating the Word file…',
  downloaded: (f) => `Created “${f}”. Look in the browser's Downloads folder.`,
  downloadFailedTitle: 'The Word file could not be created',
  downloadUnsupported: (s) =>
    `Excel on this computer does not let add-ins download files. Use Copy and paste into Word${
      s ? `, or open sheet “${s}” in the workbook` : ''
    }.`,
  downloadUnreliable: (s) =>
    `In Excel for Windows, downloads may not work. If no file appears, use Copy${
      s ? ` or sheet “${s}” in the workbook` : ''
    }.`,
  openNarrativeSheet: 'Open the narrative sheet',
  infoIntro:
    "Stored in the workbook's “Thông tin” sheet; used for the report header, the signature block and the recipients list.",
  info: {
    coQuanChuQuan: 'Parent agency (Cơ quan chủ quản)',
    tenCoQuan: 'Agency name (Tên cơ quan)',
    diaDanh: 'Place name (Địa danh)',
    namBaoCao: 'Reporting year',
    soKyHieu: 'Document number (Số ký hiệu)',
    phamVi: 'Scope (Phạm vi)',
    quyenHanKy: 'Signing authority (Quyền hạn ký)',
    chucVuNguoiKy: "Signer's title",
    nguoiKy: 'Signer',
    noiNhan: 'Recipients (Nơi nhận)',
  },
  infoGroups: { header: 'Document header', signer: 'Signature' },
  infoHints: {
    coQuanChuQuan: 'Top-left line, e.g. “UBND TỈNH SÓC TRĂNG”.',
    tenCoQuan: 'The agency issuing the report, e.g. “SỞ NỘI VỤ”.',
    soKyHieu: 'The part after the number, e.g. “/BC-SNV”; the clerk office adds the number.',
    diaDanh: 'Used in the line “Sóc Trăng, ngày … tháng … năm …”.',
    namBaoCao: 'The year of the month columns, e.g. 2024.',
    phamVi: 'Subject of the generated sentences, e.g. “toàn tỉnh”.',
    quyenHanKy: 'E.g. “KT. GIÁM ĐỐC”; leave empty when the head signs.',
    chucVuNguoiKy: 'E.g. “PHÓ GIÁM ĐỐC”.',
    nguoiKy: 'Full name.',
    noiNhan: 'One recipient per line, e.g. “- Bộ Nội vụ;”.',
  },
  yearInvalid: 'The year must have 4 digits, e.g. 2024.',
  save: 'Save',
  saving: 'Saving…',
  saved: 'Saved to the “Thông tin” sheet.',
  saveFailedTitle: 'The information could not be saved',
};

export const STRINGS: Record<Lang, Strings> = { vi, en };

export interface I18n {
  lang: Lang;
  t: Strings;
}

export const I18nContext = createContext<I18n>({ lang: 'vi', t: vi });

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** Vietnamese UI labels start with a capital: "tháng 6 năm 2024" → "Tháng 6 năm 2024". */
export function capitalize(s: string): string {
  return s.length > 0 ? s.charAt(0).toLocaleUpperCase('vi-VN') + s.slice(1) : s;
}
