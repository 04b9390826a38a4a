/**
 * The strings of the "Công cụ" tab (the reporting chain's three tools), in
 * Vietnamese and English. Apart from i18n.ts only so that they travel in the
 * lazily loaded chunk that shows them, not in the pane's first download.
 */
import type { Lang } from './i18n';
import type { ChainStep } from '../pipeline/service';

export interface ChainStrings {
  intro: string;
  introFiles: string;
  year: string;
  yearHint: string;
  yearInvalid: string;
  unit: string;
  unitHint: string;
  parent: string;
  place: string;
  placeHint: string;
  sectors: string;
  sectorsHint: string;
  sectorsNone: string;
  // Tạo mẫu nhập liệu
  templateTitle: string;
  templateBody: string;
  templateBodyFiles: string;
  templateGo: string;
  // Chuyển từ sổ theo tháng
  convertTitle: string;
  convertBody: string;
  convertBodyFiles: string;
  convertYearHint: string;
  convertPick: string;
  convertGo: string;
  convertNeedFile: string;
  convertMonthsNote: (months: string) => string;
  // Tổng hợp từ các đơn vị
  consolidateTitle: string;
  consolidateBody: string;
  consolidateBodyFiles: string;
  consolidatePick: string;
  consolidatePickMore: string;
  consolidateUnit: string;
  consolidateUnitHint: string;
  consolidateUnitHintFiles: string;
  consolidateGo: string;
  consolidateNeedFiles: string;
  pickedCount: (n: number) => string;
  removeFile: (name: string) => string;
  privacy: string;
  // progress and results
  steps: Record<ChainStep, string>;
  failedTitle: string;
  blockedTitle: string;
  added: (n: number, names: string) => string;
  made: (file: string, n: number, names: string) => string;
  kept: (names: string) => string;
  converted: (months: string, year: number) => string;
  consolidated: (units: number, picked: number, names: string, year: number) => string;
  openSheet: (sheet: string) => string;
  download: (file: string) => string;
  downloaded: (file: string) => string;
  findingsTitle: (n: number) => string;
  severity: Record<'error' | 'warning' | 'info', string>;
  goToCell: (sheet: string, cell: string) => string;
}

const STEPS_VI: Record<ChainStep, string> = {
  reading: 'Đang đọc…',
  computing: 'Đang xử lý số liệu…',
  writing: 'Đang ghi các trang mới…',
  done: 'Xong.',
};

export const CHAIN_STRINGS: Record<Lang, ChainStrings> = {
  vi: {
    intro:
      'Các công cụ dưới đây chỉ THÊM trang mới vào sổ đang mở; không sửa, không ghi đè trang nào đã có. Muốn làm riêng, hãy mở một sổ trống (Tệp → Mới) rồi mở lại bảng điều khiển.',
    introFiles:
      'Mỗi công cụ tạo một tệp .xlsx mới để tải về; các tệp bạn chọn chỉ được đọc ngay trong trình duyệt, không gửi đi đâu và không bị sửa.',
    year: 'Năm',
    yearHint: 'Năm của số liệu, ví dụ 2025.',
    yearInvalid: 'Nhập năm gồm 4 chữ số, ví dụ 2025.',
    unit: 'Tên đơn vị',
    unitHint: 'Ghi vào trang "Thông tin", ví dụ "UBND phường Phú Lợi". Để trống nếu đơn vị tự điền.',
    parent: 'Cơ quan chủ quản',
    place: 'Địa danh',
    placeHint: 'Ghi ở dòng ngày tháng của văn bản, ví dụ "Phú Lợi" → "Phú Lợi, ngày … tháng … năm …".',
    sectors: 'Lĩnh vực trong mẫu',
    sectorsHint: 'Mỗi lĩnh vực một trang.',
    sectorsNone: 'Chọn ít nhất một lĩnh vực.',
    templateTitle: 'Tạo mẫu nhập liệu',
    templateBody:
      'Thêm vào sổ này mẫu cả năm chuẩn từ danh mục chỉ tiêu: trang "Hướng dẫn", trang "Thông tin" và mỗi lĩnh vực một trang (ô số liệu có kiểm tra dữ liệu, tiêu đề được khóa không mật khẩu).',
    templateBodyFiles:
      'Tạo tệp mẫu cả năm chuẩn từ danh mục chỉ tiêu để gửi các đơn vị: trang "Hướng dẫn", "Thông tin" và mỗi lĩnh vực một trang.',
    templateGo: 'Tạo mẫu',
    convertTitle: 'Chuyển từ sổ theo tháng',
    convertBody:
      'Sổ đang mở ghi mỗi tháng một trang ("T1" … "T12", "Tháng 6")? Công cụ đọc các trang tháng và thêm các trang cả năm (mỗi lĩnh vực một trang, các tháng là cột). Các trang tháng không bị sửa.',
    convertBodyFiles:
      'Chọn sổ ghi mỗi tháng một trang ("T1" … "T12", "Tháng 6"); công cụ tạo tệp sổ cả năm (mỗi lĩnh vực một trang, các tháng là cột). Tệp gốc không bị sửa.',
    convertYearHint: 'Chỉ cần khi tên trang và tiêu đề không ghi năm.',
    convertPick: 'Chọn sổ theo tháng (.xlsx)',
    convertGo: 'Chuyển',
    convertNeedFile: 'Chọn sổ theo tháng trước.',
    convertMonthsNote: (m) =>
      `Các trang tháng (${m}) vẫn giữ nguyên; báo cáo chỉ đọc các trang cả năm và nhắc một cảnh báo về các trang tháng. Có thể chuyển chúng sang một sổ khác cho gọn (chuột phải vào tên trang → Di chuyển hoặc Sao chép → sổ mới).`,
    consolidateTitle: 'Tổng hợp từ các đơn vị',
    consolidateBody:
      'Chọn các tệp mẫu nhập liệu các đơn vị đã gửi về; công cụ cộng số liệu từng tháng và thêm vào sổ này các trang lĩnh vực tổng hợp và trang "Chi tiết đơn vị".',
    consolidateBodyFiles:
      'Chọn các tệp mẫu nhập liệu các đơn vị đã gửi về; công cụ cộng số liệu từng tháng và tạo tệp tổng hợp (các trang lĩnh vực và trang "Chi tiết đơn vị").',
    consolidatePick: 'Chọn tệp của các đơn vị (.xlsx)',
    consolidatePickMore: 'Thêm tệp',
    consolidateUnit: 'Cơ quan tổng hợp',
    consolidateUnitHint: 'Ghi vào trang "Thông tin" mới (nếu sổ chưa có trang này; trang đã có được giữ nguyên).',
    consolidateUnitHintFiles: 'Ghi vào trang "Thông tin" của tệp tổng hợp.',
    consolidateGo: 'Tổng hợp',
    consolidateNeedFiles: 'Chọn ít nhất một tệp của đơn vị.',
    pickedCount: (n) => `Đã chọn ${n} tệp:`,
    removeFile: (f) => `Bỏ tệp ${f}`,
    privacy: 'Các tệp được đọc ngay trên máy này, không gửi đi đâu và không bị sửa.',
    steps: STEPS_VI,
    failedTitle: 'Chưa làm được',
    blockedTitle: 'Chưa ghi gì',
    added: (n, names) => `Đã thêm ${n} trang: ${names}.`,
    made: (f, n, names) => `Đã tạo tệp "${f}" (${n} trang: ${names}).`,
    kept: (names) => `Giữ nguyên trang ${names} đã có trong sổ.`,
    converted: (m, y) => `Đã chuyển các trang tháng ${m} năm ${y}.`,
    consolidated: (u, p, names, y) => `Đã cộng ${u}/${p} tệp, năm ${y}: ${names}.`,
    openSheet: (s) => `Mở trang ${s}`,
    download: (f) => `Tải về ${f}`,
    downloaded: (f) => `Đã tải về "${f}" (thư mục Tải xuống).`,
    findingsTitle: (n) => `Những điều cần xem (${n})`,
    severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Ghi nhận' },
    goToCell: (s, c) => `Đến ô ${c} trang ${s}`,
  },
  en: {
    intro:
      'The tools below only ADD new sheets to the open workbook; they never change or overwrite a sheet it has. To keep them apart, open a blank workbook (File → New) and open the control panel there.',
    introFiles:
      'Each tool makes a new .xlsx file to download; the files you choose are read inside this browser only, never sent anywhere and never changed.',
    year: 'Year',
    yearHint: 'The year of the figures, e.g. 2025.',
    yearInvalid: 'Enter a four-digit year, e.g. 2025.',
    unit: 'Unit name',
    unitHint: 'Written to the "Thông tin" sheet, e.g. "UBND phường Phú Lợi". Leave empty for the unit to fill in.',
    parent: 'Parent agency',
    place: 'Place name',
    placeHint: 'Used in the document\'s date line, e.g. "Phú Lợi" → "Phú Lợi, ngày … tháng … năm …".',
    sectors: 'Sectors in the template',
    sectorsHint: 'One sheet per sector.',
    sectorsNone: 'Choose at least one sector.',
    templateTitle: 'Make the input template',
    templateBody:
      'Adds the standard yearly template from the indicator catalogue to this workbook: an instructions sheet, "Thông tin" and one sheet per sector (figure cells validated, headers locked without a password).',
    templateBodyFiles:
      'Makes the standard yearly template from the indicator catalogue, to send to the units: instructions, "Thông tin" and one sheet per sector.',
    templateGo: 'Make template',
    convertTitle: 'Convert a month-by-month workbook',
    convertBody:
      'Is the open workbook kept as one sheet per month ("T1" … "T12", "Tháng 6")? The tool reads the month sheets and adds the yearly sheets (one per sector, months as columns). The month sheets are not changed.',
    convertBodyFiles:
      'Choose a workbook kept as one sheet per month ("T1" … "T12", "Tháng 6"); the tool makes the yearly workbook (one sheet per sector, months as columns). Your file is not changed.',
    convertYearHint: 'Only needed when neither the sheet names nor the titles give the year.',
    convertPick: 'Choose the monthly workbook (.xlsx)',
    convertGo: 'Convert',
    convertNeedFile: 'Choose the monthly workbook first.',
    convertMonthsNote: (m) =>
      `The month sheets (${m}) are unchanged; the report reads only the yearly sheets and mentions the month sheets in one warning. You may move them to another workbook to keep it tidy (right-click the sheet tab → Move or Copy → new book).`,
    consolidateTitle: 'Consolidate the units’ returns',
    consolidateBody:
      'Choose the template files the units sent back; the tool adds up each month and adds the consolidated sector sheets and a "Chi tiết đơn vị" (per unit) sheet to this workbook.',
    consolidateBodyFiles:
      'Choose the template files the units sent back; the tool adds up each month and makes the consolidated workbook (sector sheets and a "Chi tiết đơn vị" per-unit sheet).',
    consolidatePick: 'Choose the units’ files (.xlsx)',
    consolidatePickMore: 'Add files',
    consolidateUnit: 'Consolidating agency',
    consolidateUnitHint: 'Written to a new "Thông tin" sheet (when the workbook has none; an existing one is kept).',
    consolidateUnitHintFiles: 'Written to the "Thông tin" sheet of the consolidated file.',
    consolidateGo: 'Consolidate',
    consolidateNeedFiles: 'Choose at least one unit’s file.',
    pickedCount: (n) => `${n} file(s) chosen:`,
    removeFile: (f) => `Remove ${f}`,
    privacy: 'The files are read on this computer only, never sent anywhere and never changed.',
    steps: {
      reading: 'Reading…',
      computing: 'Working out the figures…',
      writing: 'Writing the new sheets…',
      done: 'Done.',
    },
    failedTitle: 'Could not finish',
    blockedTitle: 'Nothing was written',
    added: (n, names) => `Added ${n} sheet(s): ${names}.`,
    made: (f, n, names) => `Made "${f}" (${n} sheet(s): ${names}).`,
    kept: (names) => `Kept the existing sheet ${names} as it was.`,
    converted: (m, y) => `Converted the month sheets ${m} of ${y}.`,
    consolidated: (u, p, names, y) => `Added up ${u} of ${p} file(s), year ${y}: ${names}.`,
    openSheet: (s) => `Open sheet ${s}`,
    download: (f) => `Download ${f}`,
    downloaded: (f) => `Downloaded "${f}" (Downloads folder).`,
    findingsTitle: (n) => `To look at (${n})`,
    severity: { error: 'Error', warning: 'Warning', info: 'Note' },
    goToCell: (s, c) => `Go to cell ${c} on sheet ${s}`,
  },
};
