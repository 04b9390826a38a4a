/**
 * The sample workbook as readable data: the 2024 sector workbook of a provincial
 * department (Sóc Trăng), with January–June filled in. The June figures are the
 * ones reported in ../../../shared/seeds/000_42f40442716bfd54.txt (tạo việc làm
 * 3.932 / lũy kế 16.344 / kế hoạch 28.500; tuyển sinh 2.971 = sơ cấp 754 + dưới
 * 3 tháng 2.217, lũy kế 7.680; Trung tâm BTXH 106 = 27 + 32 + 47; cai nghiện 386 …);
 * the earlier months are made up so that they add up to the seed's lũy kế.
 *
 * `build-sample.ts` turns this into `so-lieu-nganh-2024.xlsx` (`npm run sample`).
 * Edit the data here, never the .xlsx by hand: a test checks that the committed
 * .xlsx still equals what this source produces.
 *
 * Deliberate findings (warnings only, so the demo still writes its files):
 * - '3. Người có công', NCC05 April: "1.234" typed as text → NUMBER_AS_TEXT;
 * - '6. Bình đẳng giới', BDG01 April: 2.15 typed with a decimal point in a
 *   count unit → FRACTIONAL_COUNT (suggests 2150);
 * - '8. Phòng chống TNXH', TNXH03 June left empty → MISSING_MONTH (incomplete).
 *
 * Header variety is deliberate too (Tháng 1 / T1 / Th1 / T01 / "Tháng\n01" /
 * T1/2024 / real date cells; Cùng kỳ T1 / CK T1 / Năm trước T1 / Cùng kỳ tháng 1).
 */

export type KindLabel = 'Cộng dồn' | 'Thời điểm' | 'Tỷ lệ';

/** A figure as the clerk typed it: a number, text (deliberately wrong), or empty. */
export type Fig = number | string | null;

export interface SampleRow {
  code?: string;
  stt?: string;
  name: string;
  unit?: string;
  kind?: KindLabel;
  /** Annual plan: a number or a target with a comparison ("Dưới 2,1"). */
  plan?: number | string;
  /** January first; a shorter list leaves the later months empty. */
  months?: Fig[];
  /** Same months of the previous year (only on sheets with last-year columns). */
  lastYear?: Fig[];
  note?: string;
  /** "Mẫu câu" (only on sheets with that column). */
  template?: string;
  /** Indent level of the name cell. */
  indent?: number;
  /** The month cells are SUM formulas over the child rows (codes `<code>.n` right below). */
  sumOfChildren?: boolean;
  /** Group heading (no unit, no figures): bold row. */
  heading?: boolean;
}

export interface SampleSheet {
  name: string;
  /** Text rows above the header row (row 1 first); '' = empty row. */
  above: string[];
  labels: {
    code: string;
    stt: string;
    name: string;
    unit: string;
    /** Absent → the sheet has no kind column (flows, and rates by their % unit). */
    kind?: string;
    plan: string;
    note: string;
    /** Absent → no "Mẫu câu" column. */
    template?: string;
  };
  /** Header of month m's column: text, or a real date (first of the month, UTC). */
  month: (m: number) => string | Date;
  /** Header of last-year month m's column; absent → no last-year columns. */
  lastYear?: (m: number) => string;
  /** A "Lũy kế" column with a SUM formula over the months of flow rows (an unknown column: ignored by the program). */
  ytdColumn?: boolean;
  rows: SampleRow[];
}

export const SAMPLE_YEAR = 2024;

/** The "Thông tin" sheet: key | value rows ('' key = continuation of the key above). */
export const info: [string, string][] = [
  ['Cơ quan chủ quản', 'UBND TỈNH SÓC TRĂNG'],
  ['Tên cơ quan', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'],
  ['Địa danh', 'Sóc Trăng'],
  ['Năm báo cáo', '2024'],
  ['Số ký hiệu', '/BC-SLĐTBXH'],
  ['Phạm vi', 'toàn tỉnh'],
  ['Quyền hạn ký', 'KT. GIÁM ĐỐC'],
  ['Chức vụ người ký', 'PHÓ GIÁM ĐỐC'],
  ['Người ký', 'Mã Chí Thanh'],
  ['Nơi nhận', 'Bộ LĐ-TB&XH (Vụ KH-TC, VP Bộ, VPTT phía Nam, Tổng cục Dạy nghề, Phòng TT-TĐ);'],
  ['', 'VP.TU; HĐND; UBND tỉnh;'],
  ['', 'Sở KH-ĐT; Cục Thống kê tỉnh;'],
  ['', 'UBND & Phòng LĐ-TB&XH huyện, TX, TP;'],
  ['', 'BGĐ Sở, các phòng và đơn vị trực thuộc;'],
  ['', 'Cổng thông tin điện tử;'],
  ['', 'Lưu: VT.'],
];

const thang = (m: number) => `Tháng ${m}`;

export const sectorSheets: SampleSheet[] = [
  {
    name: '1. Việc làm',
    above: ['BIỂU THEO DÕI CHỈ TIÊU NĂM 2024', 'Lĩnh vực: Việc làm – Tiền lương – An toàn lao động', ''],
    labels: {
      code: 'Mã',
      stt: 'STT',
      name: 'Chỉ tiêu',
      unit: 'ĐVT',
      kind: 'Cách tính',
      plan: 'Kế hoạch năm',
      note: 'Ghi chú',
      template: 'Mẫu câu',
    },
    month: thang,
    lastYear: (m) => `Cùng kỳ T${m}`,
    rows: [
      {
        code: 'VL01',
        stt: '1',
        name: 'Số lao động được tạo việc làm',
        unit: 'người',
        kind: 'Cộng dồn',
        plan: 28500,
        months: [2105, 1876, 2540, 2698, 3193, 3932],
        lastYear: [2010, 1795, 2388, 2512, 2960, 3590, 3105, 2870, 2650, 2702, 2580, 2950],
      },
      {
        code: 'VL01.1',
        stt: '-',
        name: 'Trong đó: Đưa người lao động đi làm việc ở nước ngoài theo hợp đồng',
        unit: 'người',
        kind: 'Cộng dồn',
        plan: 350,
        months: [18, 22, 35, 27, 30, 61],
        lastYear: [15, 20, 28, 25, 33, 40, 31, 27, 30, 26, 24, 35],
        indent: 1,
      },
      {
        code: 'VL02',
        stt: '2',
        name: 'Tư vấn việc làm trong nước, ngoài nước',
        unit: 'lượt người',
        kind: 'Cộng dồn',
        months: [2210, 1985, 2430, 2376, 2512, 2625],
      },
      {
        code: 'VL03',
        stt: '3',
        name: 'Phiên giao dịch việc làm',
        unit: 'phiên',
        kind: 'Cộng dồn',
        months: [12, 14, 22, 20, 21, 22],
      },
      {
        code: 'VL04',
        stt: '4',
        name: 'Hồ sơ đăng ký hưởng bảo hiểm thất nghiệp được tiếp nhận, giải quyết',
        unit: 'hồ sơ',
        kind: 'Cộng dồn',
        months: [1502, 1288, 1415, 1290, 1342, 1370],
        lastYear: [1380, 1205, 1320, 1198, 1260, 1295, 1310, 1275, 1240, 1228, 1190, 1265],
        template:
          'Tiếp nhận và giải quyết {thuc_hien} hồ sơ đăng ký hưởng chế độ bảo hiểm thất nghiệp; lũy kế từ đầu năm {luy_ke} hồ sơ, {so_cung_ky} so với cùng kỳ năm trước',
      },
      {
        code: 'VL05',
        stt: '5',
        name: 'Giấy phép lao động cho người nước ngoài',
        unit: 'giấy phép',
        kind: 'Cộng dồn',
        sumOfChildren: true,
        months: [2, 1, 4, 3, 2, 3],
      },
      { code: 'VL05.1', stt: '-', name: 'Cấp mới', unit: 'giấy phép', kind: 'Cộng dồn', months: [1, 1, 2, 2, 1, 1], indent: 1 },
      { code: 'VL05.2', stt: '-', name: 'Gia hạn', unit: 'giấy phép', kind: 'Cộng dồn', months: [1, 0, 2, 1, 1, 2], indent: 1 },
      {
        code: 'VL06',
        stt: '6',
        name: 'Tỷ lệ thất nghiệp khu vực thành thị',
        unit: '%',
        kind: 'Tỷ lệ',
        plan: 'Dưới 2,5',
        months: [2.31, 2.31, 2.28, 2.28, 2.25, 2.21],
        lastYear: [2.52, 2.52, 2.5, 2.49, 2.47, 2.44, 2.43, 2.42, 2.4, 2.39, 2.38, 2.36],
      },
      {
        code: 'VL07',
        stt: '7',
        name: 'Doanh nghiệp được thẩm định hồ sơ đăng ký nội quy lao động',
        unit: 'doanh nghiệp',
        kind: 'Cộng dồn',
        months: [4, 3, 6, 5, 7, 5],
      },
    ],
  },
  {
    name: '2. Giáo dục nghề nghiệp',
    above: ['SỐ LIỆU GIÁO DỤC NGHỀ NGHIỆP NĂM 2024', ''],
    labels: {
      code: 'Mã số',
      stt: 'TT',
      name: 'Tên chỉ tiêu',
      unit: 'Đơn vị tính',
      kind: 'Loại',
      plan: 'KH năm',
      note: 'Ghi chú',
    },
    month: (m) => `T${m}`,
    lastYear: (m) => `CK T${m}`,
    ytdColumn: true,
    rows: [
      {
        code: 'GDNN01',
        stt: '1',
        name: 'Tuyển sinh giáo dục nghề nghiệp',
        unit: 'người',
        kind: 'Cộng dồn',
        plan: 15500,
        sumOfChildren: true,
        months: [710, 541, 1043, 1190, 1225, 2971],
        lastYear: [650, 520, 980, 1105, 1150, 2640, 1830, 1520, 1705, 1240, 980, 1110],
      },
      { code: 'GDNN01.1', stt: '-', name: 'Cao đẳng', unit: 'người', kind: 'Cộng dồn', months: [0, 0, 13, 0, 0, 0], indent: 1 },
      { code: 'GDNN01.2', stt: '-', name: 'Sơ cấp', unit: 'người', kind: 'Cộng dồn', months: [412, 305, 620, 688, 643, 754], indent: 1 },
      {
        code: 'GDNN01.3',
        stt: '-',
        name: 'Dưới 3 tháng',
        unit: 'người',
        kind: 'Cộng dồn',
        months: [298, 236, 410, 502, 582, 2217],
        indent: 1,
        note: 'Tháng 6 tăng do các lớp đào tạo nghề cho lao động nông thôn khai giảng',
      },
      {
        code: 'GDNN02',
        stt: '2',
        name: 'Tốt nghiệp giáo dục nghề nghiệp',
        unit: 'người',
        kind: 'Cộng dồn',
        sumOfChildren: true,
        months: [200, 107, 225, 501, 222, 381],
      },
      { code: 'GDNN02.1', stt: '-', name: 'Cao đẳng', unit: 'người', kind: 'Cộng dồn', months: [0, 0, 0, 145, 0, 0], indent: 1 },
      { code: 'GDNN02.2', stt: '-', name: 'Trung cấp', unit: 'người', kind: 'Cộng dồn', months: [0, 0, 0, 133, 0, 0], indent: 1 },
      { code: 'GDNN02.3', stt: '-', name: 'Sơ cấp', unit: 'người', kind: 'Cộng dồn', months: [180, 95, 210, 205, 210, 349], indent: 1 },
      { code: 'GDNN02.4', stt: '-', name: 'Dưới 3 tháng', unit: 'người', kind: 'Cộng dồn', months: [20, 12, 15, 18, 12, 32], indent: 1 },
      {
        code: 'GDNN03',
        stt: '3',
        name: 'Tỷ lệ lao động qua đào tạo',
        unit: '%',
        kind: 'Tỷ lệ',
        plan: 'Trên 70',
        months: [67.9, 68.0, 68.1, 68.3, 68.4, 68.6],
        lastYear: [66.4, 66.5, 66.7, 66.8, 67.0, 67.1, 67.3, 67.4, 67.6, 67.7, 67.9, 68.0],
      },
      {
        code: 'GDNN04',
        stt: '4',
        name: 'Lao động nông thôn được hỗ trợ đào tạo nghề',
        unit: 'người',
        kind: 'Cộng dồn',
        plan: 2500,
        months: [120, 95, 210, 260, 240, 315],
      },
      {
        code: 'GDNN05',
        stt: '5',
        name: 'Cơ sở giáo dục nghề nghiệp được thẩm định hồ sơ đăng ký hoạt động',
        unit: 'cơ sở',
        kind: 'Cộng dồn',
        months: [0, 1, 0, 1, 0, 1],
      },
    ],
  },
  {
    name: '3. Người có công',
    above: ['Lĩnh vực: Chính sách Người có công', ''],
    labels: {
      code: 'Mã chỉ tiêu',
      stt: 'STT',
      name: 'Nội dung',
      unit: 'ĐVT',
      kind: 'Cách tính',
      plan: 'Chỉ tiêu năm',
      note: 'Ghi chú',
      template: 'Mẫu câu',
    },
    month: (m) => `Tháng\n${String(m).padStart(2, '0')}`,
    rows: [
      {
        code: 'NCC01',
        stt: '1',
        name: 'Hồ sơ mai táng phí được tiếp nhận, giải quyết',
        unit: 'hồ sơ',
        kind: 'Cộng dồn',
        months: [142, 118, 135, 121, 133, 128],
        template:
          'Tiếp nhận, xét duyệt và giải quyết chế độ chính sách cho {thuc_hien} hồ sơ mai táng phí thuộc đối tượng chính sách người có công (lũy kế từ đầu năm {luy_ke} hồ sơ)',
      },
      { code: 'NCC02', stt: '2', name: 'Hồ sơ người có công chuyển đi tỉnh khác', unit: 'hồ sơ', kind: 'Cộng dồn', months: [3, 4, 2, 6, 3, 5] },
      {
        code: 'NCC03',
        stt: '3',
        name: 'Hồ sơ người có công được đính chính, bổ sung thông tin',
        unit: 'trường hợp',
        kind: 'Cộng dồn',
        months: [9, 7, 15, 11, 10, 12],
      },
      {
        code: 'NCC04',
        stt: '4',
        name: 'Hồ sơ Bà mẹ Việt Nam anh hùng đề nghị thẩm định',
        unit: 'hồ sơ',
        kind: 'Cộng dồn',
        months: [0, 2, 0, 1, 0, 1],
      },
      {
        code: 'NCC05',
        stt: '5',
        name: 'Lượt người có công, thân nhân được thăm, tặng quà',
        unit: 'lượt người',
        kind: 'Cộng dồn',
        months: [9850, 3120, 0, '1.234', 0, 0],
        note: 'Tháng 4: quà nhân dịp kỷ niệm 30/4',
      },
      {
        code: 'NCC06',
        stt: '6',
        name: 'Người có công và thân nhân đang hưởng trợ cấp ưu đãi hàng tháng',
        unit: 'người',
        kind: 'Thời điểm',
        months: [6845, 6838, 6829, 6822, 6817, 6810],
      },
      {
        code: 'NCC07',
        stt: '7',
        name: 'Kinh phí chi trả trợ cấp ưu đãi hàng tháng',
        unit: 'triệu đồng',
        kind: 'Cộng dồn',
        plan: 230000,
        months: [19250, 19180, 19120, 19080, 19050, 19010],
      },
    ],
  },
  {
    name: '4. Bảo trợ xã hội',
    above: ['SỐ LIỆU BẢO TRỢ XÃ HỘI NĂM 2024', ''],
    labels: {
      code: 'Mã',
      stt: 'STT',
      name: 'Chỉ tiêu',
      unit: 'ĐVT',
      kind: 'Cách tính',
      plan: 'Kế hoạch',
      note: 'Ghi chú',
    },
    month: (m) => `Th${m}`,
    rows: [
      { stt: 'a', name: 'Nuôi dưỡng tại cơ sở trợ giúp xã hội', heading: true },
      {
        code: 'BTXH01',
        stt: '1',
        name: 'Đối tượng đang được nuôi dưỡng, chăm sóc tại Trung tâm Bảo trợ xã hội',
        unit: 'đối tượng',
        kind: 'Thời điểm',
        sumOfChildren: true,
        months: [103, 104, 104, 105, 105, 106],
      },
      { code: 'BTXH01.1', stt: '-', name: 'Trẻ em mồ côi, bị bỏ rơi', unit: 'người', kind: 'Thời điểm', months: [26, 26, 26, 27, 27, 27], indent: 1 },
      { code: 'BTXH01.2', stt: '-', name: 'Người cao tuổi cô đơn', unit: 'người', kind: 'Thời điểm', months: [31, 32, 32, 32, 32, 32], indent: 1 },
      { code: 'BTXH01.3', stt: '-', name: 'Người khuyết tật', unit: 'người', kind: 'Thời điểm', months: [46, 46, 46, 46, 46, 47], indent: 1 },
      {
        code: 'BTXH02',
        stt: '2',
        name: 'Đối tượng được hỗ trợ nuôi dưỡng khẩn cấp',
        unit: 'đối tượng',
        kind: 'Cộng dồn',
        months: [2, 0, 1, 0, 2, 1],
      },
      {
        code: 'BTXH03',
        stt: '3',
        name: 'Đối tượng được thẩm định, xác minh vào nuôi dưỡng tập trung',
        unit: 'đối tượng',
        kind: 'Cộng dồn',
        months: [1, 2, 0, 1, 1, 1],
      },
      { stt: 'b', name: 'Trợ giúp xã hội tại cộng đồng', heading: true },
      {
        code: 'BTXH04',
        stt: '4',
        name: 'Đối tượng bảo trợ xã hội hưởng trợ cấp hàng tháng tại cộng đồng',
        unit: 'người',
        kind: 'Thời điểm',
        months: [58412, 58530, 58617, 58702, 58790, 58846],
      },
      {
        code: 'BTXH05',
        stt: '5',
        name: 'Đối tượng được chi trả trợ cấp không dùng tiền mặt',
        unit: 'người',
        kind: 'Thời điểm',
        plan: 45000,
        months: [38120, 39050, 40210, 41380, 42150, 43012],
      },
      {
        code: 'BTXH06',
        stt: '6',
        name: 'Kinh phí trợ cấp xã hội hàng tháng',
        unit: 'triệu đồng',
        kind: 'Cộng dồn',
        months: [21350, 21390, 21380, 21460, 21490, 21520],
      },
    ],
  },
  {
    name: '5. Trẻ em',
    above: ['SỐ LIỆU CÔNG TÁC TRẺ EM NĂM 2024', ''],
    labels: {
      code: 'Mã',
      stt: 'STT',
      name: 'Chỉ tiêu',
      unit: 'ĐVT',
      kind: 'Cách tính',
      plan: 'Kế hoạch năm',
      note: 'Ghi chú',
    },
    // Month headers typed as real dates (01/01/2024 … 01/12/2024), shown as mm/yyyy.
    month: (m) => new Date(Date.UTC(SAMPLE_YEAR, m - 1, 1)),
    rows: [
      {
        code: 'TE01',
        stt: '1',
        name: 'Quà tặng trẻ em có hoàn cảnh đặc biệt, trẻ em hộ nghèo, cận nghèo',
        unit: 'suất',
        kind: 'Cộng dồn',
        months: [2150, 1860, 0, 0, 0, 1320],
        note: 'Tháng 6: Tháng hành động vì trẻ em',
      },
      {
        code: 'TE02',
        stt: '2',
        name: 'Học bổng cho trẻ em có hoàn cảnh đặc biệt',
        unit: 'suất',
        kind: 'Cộng dồn',
        months: [35, 0, 0, 0, 0, 20],
      },
      {
        code: 'TE03',
        stt: '3',
        name: 'Trẻ em có hoàn cảnh đặc biệt',
        unit: 'trẻ em',
        kind: 'Thời điểm',
        months: [4215, 4215, 4208, 4210, 4206, 4206],
      },
      {
        code: 'TE03.1',
        stt: '-',
        name: 'Trong đó: được trợ giúp, chăm sóc',
        unit: 'trẻ em',
        kind: 'Thời điểm',
        months: [4030, 4032, 4035, 4041, 4046, 4050],
        indent: 1,
      },
      {
        code: 'TE04',
        stt: '4',
        name: 'Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp',
        unit: '%',
        kind: 'Tỷ lệ',
        plan: 'Trên 90',
        months: [95.6, 95.7, 95.9, 95.9, 96.2, 96.3],
      },
      {
        code: 'TE05',
        stt: '5',
        name: 'Trẻ em bị xâm hại được phát hiện, hỗ trợ',
        unit: 'trẻ em',
        kind: 'Cộng dồn',
        months: [2, 1, 3, 0, 1, 2],
      },
      {
        code: 'TE06',
        stt: '6',
        name: 'Trẻ em bị tai nạn thương tích',
        unit: 'trẻ em',
        kind: 'Cộng dồn',
        months: [112, 98, 125, 121, 134, 118],
      },
    ],
  },
  {
    name: '6. Bình đẳng giới',
    above: ['SỐ LIỆU BÌNH ĐẲNG GIỚI NĂM 2024', ''],
    labels: {
      code: 'Mã',
      stt: 'STT',
      name: 'Chỉ tiêu',
      unit: 'ĐVT',
      kind: 'Loại chỉ tiêu',
      plan: 'Kế hoạch năm',
      note: 'Ghi chú',
    },
    month: (m) => `T${String(m).padStart(2, '0')}`,
    rows: [
      {
        code: 'BDG01',
        stt: '1',
        name: 'Lượt người được tuyên truyền về bình đẳng giới, phòng, chống bạo lực gia đình',
        unit: 'lượt người',
        kind: 'Cộng dồn',
        months: [1850, 0, 2340, 2.15, 1960, 2870],
      },
      { code: 'BDG02', stt: '2', name: 'Vụ bạo lực gia đình được phát hiện', unit: 'vụ', kind: 'Cộng dồn', months: [14, 11, 9, 12, 10, 8] },
      {
        code: 'BDG03',
        stt: '3',
        name: 'Tỷ lệ lao động nữ trong số lao động được tạo việc làm',
        unit: '%',
        kind: 'Tỷ lệ',
        plan: 'Tối thiểu 40',
        months: [44.2, 45.1, 43.8, 46.0, 45.3, 46.7],
      },
      { code: 'BDG04', stt: '4', name: 'Lớp tập huấn về bình đẳng giới', unit: 'lớp', kind: 'Cộng dồn', plan: 12, months: [0, 0, 2, 1, 2, 1] },
      {
        code: 'BDG05',
        stt: '5',
        name: 'Cán bộ làm công tác bình đẳng giới được tập huấn',
        unit: 'lượt người',
        kind: 'Cộng dồn',
        months: [0, 0, 118, 64, 95, 70],
      },
    ],
  },
  {
    name: '7. Giảm nghèo',
    above: ['SỐ LIỆU GIẢM NGHÈO NĂM 2024', ''],
    labels: {
      code: 'Mã',
      stt: 'STT',
      name: 'Chỉ tiêu',
      unit: 'ĐVT',
      kind: 'Cách tính',
      plan: 'Chỉ tiêu giao',
      note: 'Ghi chú',
      template: 'Mẫu câu',
    },
    month: (m) => `T${m}/${SAMPLE_YEAR}`,
    lastYear: (m) => `Năm trước T${m}`,
    rows: [
      {
        code: 'GN01',
        stt: '1',
        name: 'Tỷ lệ hộ nghèo',
        unit: '%',
        kind: 'Tỷ lệ',
        plan: 'Dưới 2,1',
        months: [2.62, 2.62, 2.62, 2.62, 2.62, 2.62],
        lastYear: [3.48, 3.48, 3.48, 3.48, 3.48, 3.48, 3.48, 3.48, 3.48, 3.48, 3.48, 2.62],
        note: 'Theo kết quả rà soát cuối năm 2023',
      },
      {
        code: 'GN02',
        stt: '2',
        name: 'Số hộ nghèo',
        unit: 'hộ',
        kind: 'Thời điểm',
        months: [8436, 8436, 8436, 8436, 8436, 8436],
        lastYear: [11205, 11205, 11205, 11205, 11205, 11205, 11205, 11205, 11205, 11205, 11205, 8436],
      },
      {
        code: 'GN03',
        stt: '3',
        name: 'Số hộ cận nghèo',
        unit: 'hộ',
        kind: 'Thời điểm',
        months: [14210, 14210, 14210, 14210, 14210, 14210],
        lastYear: [15380, 15380, 15380, 15380, 15380, 15380, 15380, 15380, 15380, 15380, 15380, 14210],
      },
      {
        code: 'GN04',
        stt: '4',
        name: 'Lượt hộ nghèo, hộ cận nghèo được vay vốn tín dụng ưu đãi',
        unit: 'lượt hộ',
        kind: 'Cộng dồn',
        plan: 5200,
        months: [420, 310, 515, 602, 588, 640],
        template:
          'Giải quyết cho vay vốn tín dụng ưu đãi đối với {thuc_hien} lượt hộ nghèo, hộ cận nghèo; lũy kế từ đầu năm {luy_ke} lượt hộ, đạt {ty_le_kh} kế hoạch năm',
      },
      {
        code: 'GN05',
        stt: '5',
        name: 'Nhà ở được hỗ trợ xây mới, sửa chữa cho hộ nghèo, hộ cận nghèo',
        unit: 'căn',
        kind: 'Cộng dồn',
        plan: 600,
        months: [35, 28, 51, 46, 70, 84],
      },
      {
        code: 'GN06',
        stt: '6',
        name: 'Người thuộc hộ nghèo, hộ cận nghèo được cấp thẻ bảo hiểm y tế',
        unit: 'người',
        kind: 'Thời điểm',
        months: [41250, 41390, 41520, 41680, 41730, 41812],
      },
    ],
  },
  {
    name: '8. Phòng chống TNXH',
    above: ['Lĩnh vực: Phòng, chống tệ nạn xã hội', ''],
    labels: {
      code: 'Mã',
      stt: 'STT',
      name: 'Chỉ tiêu',
      unit: 'ĐVT',
      kind: 'Cách tính',
      plan: 'Kế hoạch năm',
      note: 'Ghi chú',
    },
    month: thang,
    lastYear: (m) => `Cùng kỳ tháng ${m}`,
    rows: [
      {
        code: 'TNXH01',
        stt: '1',
        name: 'Học viên đang được quản lý, giáo dục tại Cơ sở cai nghiện ma túy',
        unit: 'người',
        kind: 'Thời điểm',
        months: [352, 360, 371, 375, 380, 386],
        lastYear: [305, 312, 318, 322, 330, 334, 341, 347, 350, 356, 361, 348],
      },
      {
        code: 'TNXH01.1',
        stt: '-',
        name: 'Trong đó: nữ',
        unit: 'người',
        kind: 'Thời điểm',
        months: [9, 9, 10, 10, 11, 11],
        indent: 1,
      },
      {
        code: 'TNXH02',
        stt: '2',
        name: 'Người nghiện ma túy có hồ sơ quản lý',
        unit: 'người',
        kind: 'Thời điểm',
        months: [1842, 1850, 1861, 1858, 1866, 1873],
        lastYear: [1710, 1722, 1735, 1741, 1756, 1768, 1779, 1790, 1802, 1815, 1827, 1836],
      },
      {
        code: 'TNXH03',
        stt: '3',
        name: 'Người nghiện được cai nghiện tại gia đình, cộng đồng',
        unit: 'người',
        kind: 'Cộng dồn',
        plan: 300,
        months: [21, 18, 25, 30, 27, null],
        note: 'Chờ số liệu tháng 6 của các huyện',
      },
      {
        code: 'TNXH04',
        stt: '4',
        name: 'Học viên bỏ trốn được truy tìm, vận động trở lại Cơ sở',
        unit: 'người',
        kind: 'Cộng dồn',
        months: [5, 3, 4, 6, 2, 4],
      },
      {
        code: 'TNXH05',
        stt: '5',
        name: 'Lượt kiểm tra cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn xã hội',
        unit: 'lượt',
        kind: 'Cộng dồn',
        plan: 80,
        months: [4, 2, 7, 9, 8, 10],
      },
    ],
  },
  {
    name: '9. Thanh tra - CCHC',
    above: ['Lĩnh vực: Thanh tra, tài chính, cải cách hành chính', ''],
    labels: {
      code: 'Mã',
      stt: 'STT',
      name: 'Nội dung chỉ tiêu',
      unit: 'Đơn vị',
      kind: 'Cách tính',
      plan: 'Kế hoạch năm',
      note: 'Ghi chú',
      template: 'Mẫu câu',
    },
    month: (m) => `T${m}`,
    rows: [
      { code: 'TT01', stt: '1', name: 'Cuộc thanh tra, kiểm tra', unit: 'cuộc', kind: 'Cộng dồn', plan: 14, months: [0, 1, 1, 2, 1, 2] },
      {
        code: 'TT02',
        stt: '2',
        name: 'Lượt công dân đến liên hệ, được hướng dẫn, trả lời',
        unit: 'lượt',
        kind: 'Cộng dồn',
        months: [18, 9, 16, 12, 15, 14],
      },
      { code: 'TT03', stt: '3', name: 'Đơn thư được tiếp nhận, xử lý', unit: 'đơn', kind: 'Cộng dồn', months: [2, 1, 3, 1, 2, 1] },
      {
        code: 'TT04',
        stt: '4',
        name: 'Hồ sơ thủ tục hành chính được tiếp nhận',
        unit: 'hồ sơ',
        kind: 'Cộng dồn',
        months: [2315, 1980, 2440, 2390, 2502, 2580],
      },
      {
        code: 'TT04.1',
        stt: '-',
        name: 'Trong đó: hồ sơ trực tuyến',
        unit: 'hồ sơ',
        kind: 'Cộng dồn',
        months: [2150, 1842, 2290, 2251, 2368, 2463],
        indent: 1,
      },
      {
        code: 'TT05',
        stt: '5',
        name: 'Hồ sơ thủ tục hành chính được giải quyết trước hạn',
        unit: 'hồ sơ',
        kind: 'Cộng dồn',
        months: [1205, 1010, 1288, 1276, 1330, 1361],
        template: 'Đã giải quyết và trả kết quả trước hạn {thuc_hien} hồ sơ thủ tục hành chính; lũy kế từ đầu năm {luy_ke} hồ sơ',
      },
      {
        code: 'TT06',
        stt: '6',
        name: 'Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn',
        unit: '%',
        kind: 'Tỷ lệ',
        plan: '≥ 98',
        months: [99.8, 100, 99.9, 100, 100, 100],
      },
      {
        code: 'TT07',
        stt: '7',
        name: 'Vụ tai nạn lao động được điều tra',
        unit: 'vụ',
        kind: 'Cộng dồn',
        months: [0, 1, 0, 0, 1, 1],
      },
    ],
  },
];

export type ContentPartLabel =
  | 'Kết quả'
  | 'Nhiệm vụ'
  | 'Căn cứ'
  | 'Đánh giá chung'
  | 'Tồn tại, hạn chế'
  | 'Nguyên nhân'
  | 'Phương hướng, nhiệm vụ'
  | 'Đề xuất, kiến nghị';

/** The "Nội dung" sheet: the staff's own paragraphs (from the seed report of June 2024). */
export const content: { sector: string; month: number; part: ContentPartLabel; text: string }[] = [
  {
    sector: 'Việc làm – Tiền lương – An toàn lao động',
    month: 5,
    part: 'Kết quả',
    text: 'Phối hợp tổ chức Ngày hội việc làm tỉnh Sóc Trăng năm 2024 tại thành phố Sóc Trăng, kết nối người lao động với các doanh nghiệp trong và ngoài tỉnh có nhu cầu tuyển dụng.',
  },
  {
    sector: 'Việc làm – Tiền lương – An toàn lao động',
    month: 6,
    part: 'Kết quả',
    text: 'Báo cáo tình hình sử dụng lao động nước ngoài 6 tháng đầu năm và năm 2024 theo Nghị định số 152/2020/NĐ-CP ngày 30/12/2020 của Chính phủ quy định về người lao động nước ngoài làm việc tại Việt Nam và tuyển dụng, quản lý người lao động Việt Nam làm việc cho tổ chức, cá nhân nước ngoài tại Việt Nam; báo cáo Kế hoạch triển khai Thỏa thuận toàn cầu về Di cư hợp pháp, an toàn và trật tự của Liên hiệp quốc theo Quyết định số 402/QĐ-TTg ngày 20/3/2020 của Thủ tướng Chính phủ; tham mưu xây dựng dự thảo Tờ trình của Ban cán sự đảng Ủy ban nhân dân tỉnh và Chương trình của Ban Thường vụ Tỉnh ủy triển khai thực hiện Chỉ thị số 31-CT/TW ngày 19/3/2024 của Ban Bí thư; báo cáo công tác đào tạo nguồn lao động và đưa người lao động đi làm việc ở nước ngoài theo hợp đồng, giai đoạn 2021-2023 trên địa bàn tỉnh Sóc Trăng; báo cáo kết quả khảo sát tình hình tuyển dụng, quản lý lao động người nước ngoài làm việc trên địa bàn tỉnh Sóc Trăng năm 2024; dự thảo hướng dẫn hồ sơ, quy trình vay vốn theo Nghị quyết số 02/2023/NQ-HĐND ngày 11/7/2023 của Hội đồng nhân dân tỉnh, gửi các đơn vị có liên quan đóng góp ý kiến.',
  },
  {
    sector: 'Việc làm – Tiền lương – An toàn lao động',
    month: 6,
    part: 'Kết quả',
    text: 'Báo cáo tổng kết thi hành Quyết định số 63/2015/QĐ-TTg ngày 10/12/2015 của Thủ tướng Chính phủ về chính sách đào tạo nghề và giải quyết việc làm cho người lao động bị thu hồi đất, gửi Bộ Lao động – Thương binh và Xã hội; dự thảo Quyết định và Đề án “Phát triển quan hệ lao động trên địa bàn tỉnh Sóc Trăng giai đoạn 2024-2029”, gửi các đơn vị góp ý; dự thảo kế hoạch kiểm tra liên ngành việc thực hiện các quy định về pháp luật an toàn, vệ sinh lao động, năm 2024 tại các doanh nghiệp đóng trên địa bàn tỉnh; dự thảo quyết định kiện toàn thành viên Ban Chỉ đạo Tháng hành động về ATVSLĐ.',
  },
  {
    sector: 'Giáo dục nghề nghiệp',
    month: 6,
    part: 'Kết quả',
    text: 'Báo cáo tình hình xây dựng và thực hiện các chính sách liên quan đến hỗ trợ hợp tác đào tạo với các doanh nghiệp trong nước và quốc tế tạo điều kiện cho sinh viên thực hành và cơ hội việc làm sau khi tốt nghiệp lĩnh vực giáo dục nghề nghiệp, giai đoạn 2016 – 2023; góp ý dự thảo Kế hoạch triển khai Chương trình “Hỗ trợ phát triển Giáo dục mầm non vùng khó khăn, giai đoạn 2022 - 2030”; góp ý các dự thảo Tờ trình, Nghị quyết điều chỉnh kế hoạch vốn kéo dài và vốn năm 2024 thực hiện Chương trình MTQG phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số.',
  },
  {
    sector: 'Giáo dục nghề nghiệp',
    month: 6,
    part: 'Kết quả',
    text: 'Thẩm định hồ sơ đăng ký bổ sung hoạt động giáo dục nghề nghiệp trình độ sơ cấp và dưới 3 tháng của Trung tâm giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Long Phú.',
  },
  {
    sector: 'Chính sách Người có công',
    month: 6,
    part: 'Kết quả',
    text: 'Cung cấp danh sách Bà mẹ Việt Nam anh hùng về Cục Chính trị Quân khu 9; lập danh sách cá nhân đã trực tiếp tham gia làm nên Đại thắng mùa Xuân năm 1975 đang sinh sống trên địa bàn tỉnh.',
  },
  {
    sector: 'Bảo trợ xã hội',
    month: 6,
    part: 'Kết quả',
    text: 'Hoàn chỉnh dự thảo Tờ trình và dự thảo Nghị quyết sửa đổi điểm a, điểm b khoản 3 Điều 1 Nghị quyết số 07/2020/NQ-HĐND ngày 07/7/2020 của Hội đồng nhân dân tỉnh, trình UBND tỉnh; xây dựng kế hoạch và tổ chức kiểm tra tình hình thi hành pháp luật về lĩnh vực bảo trợ xã hội và tình hình triển khai thực hiện Nghị quyết số 10/2021/NQ-HĐND của Hội đồng nhân dân tỉnh, năm 2024; dự thảo Kế hoạch tổ chức Tháng hành động vì người cao tuổi Việt Nam năm 2024 trên địa bàn tỉnh, gửi các sở, ban ngành, địa phương góp ý; báo cáo số liệu doanh nghiệp cơ sở sản xuất kinh doanh cơ sở dạy nghề đối với người khuyết tật; báo cáo số liệu triển khai chi trả chính sách trợ giúp xã hội không dùng tiền mặt đối với các đối tượng bảo trợ xã hội.',
  },
  {
    sector: 'Bảo trợ xã hội',
    month: 6,
    part: 'Kết quả',
    text: 'Hướng dẫn các huyện, thị xã, thành phố triển khai thực hiện Quyết định số 1064/QĐ-UBND ngày 30/5/2024 của Ủy ban nhân dân tỉnh về việc phê duyệt kế hoạch thực hiện Chương trình chăm sóc sức khỏe tâm thần trẻ em, chăm sóc trẻ em mồ côi giai đoạn 2024 - 2030.',
  },
  {
    sector: 'Trẻ em',
    month: 6,
    part: 'Kết quả',
    text: 'Phối hợp Ủy ban nhân dân huyện Long Phú tổ chức Lễ phát động Tháng hành động vì trẻ em tỉnh Sóc Trăng năm 2024 tại huyện; tổ chức thăm hỏi tặng quà cho trẻ em có hoàn cảnh đặc biệt, khó khăn ở các cơ sở trợ giúp trẻ em và các địa phương nhân dịp Tháng hành động; dự thảo Quy chế phối hợp liên ngành có liên quan về phòng, ngừa giảm thiểu trẻ em lao động trái với quy định của pháp luật; cử đại diện tham gia tố tụng bảo vệ quyền và lợi ích hợp pháp đối với người dưới 18 tuổi tại xã Gia Hòa 2, huyện Mỹ Xuyên; tham mưu ban hành Kế hoạch hoạt động Quỹ Bảo trợ trẻ em năm 2024; báo cáo tình hình hoạt động của Quỹ Bảo trợ trẻ em các cấp của tỉnh Sóc Trăng.',
  },
  {
    sector: 'Trẻ em',
    month: 6,
    part: 'Kết quả',
    text: 'Hoàn chỉnh dự thảo Kế hoạch triển khai Chỉ thị số 28-CT/TW, ngày 25/12/2023 của Bộ Chính trị về tăng cường công tác chăm sóc, giáo dục và bảo vệ trẻ em đáp ứng yêu cầu phát triển đất nước phồn vinh, hạnh phúc, trình UBND tỉnh.',
  },
  {
    sector: 'Bình đẳng giới',
    month: 6,
    part: 'Kết quả',
    text: 'Hướng dẫn các huyện, thị xã, thành phố triển khai Tháng hành động quốc gia về phòng, chống bạo lực gia đình. Tổng hợp báo cáo tình hình thực hiện các mục tiêu Chiến lược Quốc gia về bình đẳng giới 6 tháng đầu năm và kế hoạch hoạt động 6 tháng cuối năm 2024.',
  },
  {
    sector: 'Giảm nghèo',
    month: 6,
    part: 'Kết quả',
    text: 'Báo cáo kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 – 2024; hoàn chỉnh dự thảo Kế hoạch thực hiện Nghị quyết số 68/NQ-CP ngày 09/5/2024 của Chính phủ và Chương trình số 50-CTr/TU ngày 04/5/2024 của Ban Chấp hành Đảng bộ tỉnh khóa XIV về thực hiện Nghị quyết số 42-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục đổi mới, nâng cao chất lượng chính sách xã hội, đáp ứng yêu cầu sự nghiệp xây dựng và bảo vệ Tổ quốc trong giai đoạn mới trên địa bàn tỉnh, trình UBND tỉnh.',
  },
  {
    sector: 'Phòng, chống tệ nạn xã hội',
    month: 6,
    part: 'Kết quả',
    text: 'Báo cáo công tác phòng, chống mua bán người 06 tháng đầu năm 2024 và phương hướng nhiệm vụ 06 tháng cuối năm 2024; hoàn chỉnh dự thảo Kế hoạch tổ chức Lễ mít tinh Tháng hành động phòng, chống ma túy 2024, trình UBND tỉnh; dự thảo báo cáo sơ kết 05 năm thực hiện Chỉ thị số 36-CT/TW ngày 16/8/2019 của Bộ Chính trị, trình UBND tỉnh.',
  },
  {
    sector: 'Thanh tra, tài chính, cải cách hành chính',
    month: 6,
    part: 'Kết quả',
    text: 'Kết luận thanh tra việc chấp hành các quy định pháp luật về trẻ em và phòng, chống xâm hại trẻ em tại Phòng Lao động - Thương binh và Xã hội huyện Mỹ Tú; báo cáo thực hiện công tác phòng, chống tham nhũng tháng 6/2024 và xây dựng kế hoạch công tác phòng, chống tham nhũng tháng 7/2024; điều tra vụ tai nạn lao động làm chết 01 người tại Công ty TNHH SX&TM Duy Nhật, Khu công nghiệp An Nghiệp.',
  },
  // --- Nhiệm vụ tháng 7 (written in the June report) ---
  {
    sector: 'Việc làm – Tiền lương – An toàn lao động',
    month: 6,
    part: 'Nhiệm vụ',
    text: 'Hoàn chỉnh dự thảo Đề án phát triển quan hệ lao động trên địa bàn tỉnh Sóc Trăng giai đoạn 2024-2029, trình UBND tỉnh; xây dựng Kế hoạch Tuyên truyền phổ biến pháp luật cho người lao động và người sử dụng lao động năm 2024; hoàn chỉnh và ký kết Quy chế phối hợp giữa Sở Lao động – Thương binh và Xã hội và Bảo hiểm xã hội tỉnh Sóc Trăng trong việc thực hiện chính sách, pháp luật về bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp; phối hợp Liên đoàn lao động tỉnh chuẩn bị nội dung tổ chức Hội thi về pháp luật an toàn, vệ sinh lao động tỉnh.',
  },
  {
    sector: 'Việc làm – Tiền lương – An toàn lao động',
    month: 6,
    part: 'Nhiệm vụ',
    text: 'Thực hiện cấp giấy phép lao động cho người nước ngoài làm việc tại các tổ chức, doanh nghiệp qua mạng điện tử; thẩm định hồ sơ đăng ký nội quy lao động và tiếp nhận hồ sơ thỏa ước lao động tập thể của các doanh nghiệp đóng trên địa bàn tỉnh; tiếp nhận hồ sơ khai báo sử dụng đối tượng kiểm định kỹ thuật an toàn lao động; tiếp nhận hồ sơ và giải quyết thủ tục công bố hợp quy sản phẩm, hàng hóa đặc thù về an toàn lao động của doanh nghiệp.',
  },
  {
    sector: 'Giáo dục nghề nghiệp',
    month: 6,
    part: 'Nhiệm vụ',
    text: 'Triển khai thực hiện Kế hoạch số 62/KH-UBND ngày 01/4/2024 của Ủy ban nhân dân tỉnh về phát triển công tác giáo dục nghề nghiệp trên địa bàn tỉnh Sóc Trăng, năm 2024; triển khai thực hiện Kế hoạch số 25/KH-SLĐTBXH ngày 19/3/2024 xây dựng, thẩm định định mức kinh tế - kỹ thuật đối với các ngành, nghề đào tạo trình độ sơ cấp và dưới 3 tháng trong giáo dục nghề nghiệp áp dụng trên địa bàn tỉnh Sóc Trăng; phối hợp với các cơ sở giáo dục nghề nghiệp trên địa bàn tỉnh tổ chức tuyên truyền, tư vấn tuyển sinh học nghề các cấp trình độ cao đẳng, trung cấp, sơ cấp và dưới 3 tháng năm 2024; thẩm định hồ sơ đăng ký bổ sung hoạt động giáo dục nghề nghiệp trình độ sơ cấp và dưới 3 tháng của các cơ sở giáo dục nghề nghiệp trên địa bàn tỉnh.',
  },
  {
    sector: 'Chính sách Người có công',
    month: 6,
    part: 'Nhiệm vụ',
    text: 'Xây dựng Kế hoạch tổ chức các hoạt động kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ (27/7/1947-27/7/2024), tổ chức lễ viếng Nghĩa trang liệt sĩ tỉnh tại 02 khu vực (Trà Men và thị trấn Mỹ Xuyên), trình UBND tỉnh; tiếp nhận, thẩm định hồ sơ, thủ tục đề nghị xác nhận người có công, thương binh, Bà mẹ Việt Nam anh hùng của các huyện, thị xã, thành phố; thẩm định hồ sơ và lập danh sách giới thiệu Hội đồng Giám định y khoa tỉnh khám xác định tỷ lệ đối với người hoạt động kháng chiến bị nhiễm chất độc hóa học; ra quyết định trợ cấp thờ cúng liệt sĩ và quyết định trợ cấp cho các đối tượng được tặng Bằng khen có thành tích tham gia kháng chiến đủ điều kiện hưởng trợ cấp một lần.',
  },
  {
    sector: 'Bảo trợ xã hội',
    month: 6,
    part: 'Nhiệm vụ',
    text: 'Hoàn chỉnh dự thảo Kế hoạch tổ chức Tháng hành động vì người cao tuổi Việt Nam tỉnh Sóc Trăng năm 2024, trình Ủy ban nhân dân tỉnh; tổ chức kiểm tra tình hình thi hành pháp luật về lĩnh vực bảo trợ xã hội và tình hình triển khai thực hiện Nghị quyết số 10/2021/NQ-HĐND của Hội đồng nhân dân tỉnh, năm 2024 tại các huyện, thị xã, thành phố; xây dựng Kế hoạch tổ chức các lớp tập huấn nghiệp vụ bảo trợ xã hội cho cán bộ cấp huyện, xã; báo cáo tình hình thực hiện công tác người cao tuổi, công tác bảo trợ xã hội 6 tháng đầu năm và nhiệm vụ trọng tâm 6 tháng cuối năm 2024.',
  },
  {
    sector: 'Bảo trợ xã hội',
    month: 6,
    part: 'Nhiệm vụ',
    text: 'Tiếp tục theo dõi quản lý tình hình nuôi dưỡng các đối tượng bảo trợ xã hội tại các cơ sở bảo trợ xã hội.',
  },
  {
    sector: 'Trẻ em',
    month: 6,
    part: 'Nhiệm vụ',
    text: 'Hoàn chỉnh dự thảo Kế hoạch triển khai Chỉ thị số 28-CT/TW, ngày 25/12/2023 của Bộ Chính trị trình Ủy ban nhân dân tỉnh ban hành; báo cáo kết quả thực hiện Tháng hành động vì trẻ em năm 2024; tổ chức đưa 05 trẻ em có hoàn cảnh đặc biệt, khó khăn tham gia Chương trình Chuyến đi hạnh phúc tại thành phố Hồ Chí Minh do Quỹ Bảo trợ trẻ em Việt Nam tổ chức.',
  },
  {
    sector: 'Trẻ em',
    month: 6,
    part: 'Nhiệm vụ',
    text: 'Tiếp thu, hoàn chỉnh Quy chế phối hợp liên ngành về phòng, ngừa giảm thiểu trẻ em lao động trái với quy định của pháp luật giai đoạn 2024 – 2025, gửi các đơn vị liên quan ký kết ban hành.',
  },
  {
    sector: 'Bình đẳng giới',
    month: 6,
    part: 'Nhiệm vụ',
    text: 'Triển khai Quyết định số 101/QĐ-TTg ngày 25/01/2024 của Thủ tướng Chính phủ về việc phê duyệt Chương trình hành động quốc gia về phụ nữ, hòa bình và an ninh giai đoạn 2023 – 2024; chuẩn bị nội dung và làm việc với Học viện chính trị Khu vực IV về thực hiện chiến lược quốc gia bình đẳng giới và công tác cán bộ phụ nữ; thẩm định Tiêu chí 18.5 về “Đảm bảo bình đẳng giới và phòng, chống bạo lực gia đình; phòng chống bạo lực trên cơ sở giới; phòng chống xâm hại trẻ em có hoàn cảnh đặc biệt trên địa bàn; bảo vệ và hỗ trợ những người dễ bị tổn thương trong các lĩnh vực của gia đình đời sống xã hội” theo đề nghị của huyện.',
  },
  {
    sector: 'Giảm nghèo',
    month: 6,
    part: 'Nhiệm vụ',
    text: 'Phối hợp các sở, ngành, địa phương triển khai Kế hoạch thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2024; hoàn chỉnh dự thảo Kế hoạch rà soát hộ nghèo, hộ cận nghèo, xác định hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp, diêm nghiệp có mức sống trung bình năm 2024, trình UBND tỉnh.',
  },
  {
    sector: 'Phòng, chống tệ nạn xã hội',
    month: 6,
    part: 'Nhiệm vụ',
    text: 'Tiếp tục triển khai Kế hoạch thực hiện công tác phòng, chống tệ nạn xã hội năm 2024; triển khai kế hoạch và tiến hành khảo sát các cơ sở kinh doanh dịch vụ nhạy cảm dễ phát sinh tệ nạn xã hội tại các xã, phường, thị trấn; triển khai kế hoạch thực hiện Đề án “Nâng cao hiệu quả công tác phổ biến, giáo dục pháp luật gắn với vận động quần chúng nhân dân chấp hành pháp luật tại cơ sở của lực lượng Công an nhân dân giai đoạn 2021 - 2027” trên địa bàn tỉnh Sóc Trăng; phối hợp với Công an tỉnh, các địa phương và gia đình truy tìm, vận động 17 học viên trở lại Cơ sở; nâng cao chất lượng, hiệu quả công tác cai nghiện phục hồi tại Cơ sở Cai nghiện ma tuý.',
  },
  {
    sector: 'Thanh tra, tài chính, cải cách hành chính',
    month: 6,
    part: 'Nhiệm vụ',
    text: 'Phân công Thanh tra viên tiếp công dân theo quy định; xem xét, xử lý, giải quyết các đơn, thư phát sinh thuộc thẩm quyền; theo dõi tình hình thực hiện quy định pháp luật về phòng, chống tham nhũng tại Sở và các đơn vị thuộc Sở; ban hành và tổ chức thực hiện Quyết định thanh tra về pháp luật lao động tại 05 doanh nghiệp trên địa bàn tỉnh; ban hành và tổ chức thực hiện Quyết định thanh tra việc chấp hành pháp luật về giáo dục nghề nghiệp tại Trung tâm Giáo dục nghề nghiệp và giáo dục thường xuyên thị xã Vĩnh Châu.',
  },
  {
    sector: 'Thanh tra, tài chính, cải cách hành chính',
    month: 6,
    part: 'Nhiệm vụ',
    text: 'Tiếp nhận và giải quyết hồ sơ TTHC áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 các lĩnh vực thuộc ngành quản lý; thực hiện tốt công tác cải cách hành chính, kiểm soát TTHC; pháp chế theo quy định.',
  },
];
