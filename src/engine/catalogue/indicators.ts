/**
 * The indicator catalogue: the nine sectors and their usual indicators, as data.
 * Read src/engine/catalogue/README.md for what each field means and where the
 * indicators come from. Edit freely: test/engine/catalogue.test.ts checks that
 * codes are unique, parents exist, and every sentence renders on seed figures.
 *
 * Sentence style (the seeds, 000_ monthly, 002_/003_ annual):
 * - `opens: true` — the sentence is a verb phrase without a subject ("tạo việc
 *   làm cho …"); the first such sentence of a sector is opened with
 *   "Trong {ky}, {pham_vi} đã …", the others start with the verb ("Tư vấn …").
 * - otherwise the sentence is complete as written ("Tỷ lệ hộ nghèo còn …").
 * - `sentenceYear`: the annual wording (002_/003_), used for a year report.
 * - Clauses are separated by ", " or "; " so that a missing figure drops its
 *   clause only; the year to date and the plan share no parenthesis (a report
 *   from January drops the repeated year to date but keeps "đạt …% kế hoạch").
 */
import type { Kind } from '../types';

export type TargetForm = 'number' | 'min' | 'max' | 'none';

export interface CatalogueSector {
  /** Code prefix of its indicators (VL01, GDNN01, …). */
  prefix: string;
  /** Sheet name in the standard template ("1. Việc làm"). */
  sheet: string;
  /** Sector title ("Lĩnh vực: …" above the table). */
  title: string;
}

export interface CatalogueIndicator {
  code: string;
  name: string;
  unit: string;
  kind: Kind;
  /** Typical target: a number (Kế hoạch năm), a minimum ("Trên 70", "≥ 98"), a maximum ("Dưới 2,1"), or none. */
  target: TargetForm;
  /** Other names the indicator goes by (matched after normalising). */
  aliases?: string[];
  /** "Mẫu câu" for month, quarter, 6- and 9-month reports (and the year, without `sentenceYear`). */
  sentence?: string;
  /** "Mẫu câu" for the year report. */
  sentenceYear?: string;
  /** The sentence is a verb phrase that the sector's first sentence opens with "Trong {ky}, {pham_vi} đã". */
  opens?: boolean;
  /** A rate = numerator ÷ denominator × 100 (codes of two catalogue indicators): how units' rates combine. */
  ratio?: { numerator: string; denominator: string };
  /**
   * The sub-group it falls under in real reports ("a) Nuôi dưỡng tập trung"),
   * set from CATALOGUE_GROUPS (parts inherit their parent's); absent = none.
   */
  group?: string;
}

/**
 * Sub-groups of a sector as real reports have them (seed 000 "4.1. Hoạt động
 * Bảo trợ xã hội" with its "nuôi dưỡng tập trung" and "trợ cấp hằng tháng tại
 * cộng đồng" paragraphs; 002/003 "a) Công tác …"): the template writes each as
 * a heading row above its indicators (a row with a name only, which the reader
 * takes as a group heading), and the report shows it. `codes` are top-level
 * codes in the order shown; their parts follow them. A sector with groups has
 * every top-level indicator in one of them (catalogue.test.ts).
 */
export interface CatalogueGroup {
  /** Sector prefix ("BTXH"). */
  sector: string;
  /** The heading as printed ("a) Nuôi dưỡng tập trung"). */
  title: string;
  codes: string[];
}

export const CATALOGUE_SECTORS: CatalogueSector[] = [
  { prefix: 'VL', sheet: '1. Việc làm', title: 'Việc làm – Tiền lương – An toàn lao động' },
  { prefix: 'GDNN', sheet: '2. Giáo dục nghề nghiệp', title: 'Quản lý giáo dục nghề nghiệp' },
  { prefix: 'NCC', sheet: '3. Người có công', title: 'Chính sách Người có công' },
  { prefix: 'BTXH', sheet: '4. Bảo trợ xã hội', title: 'Bảo trợ xã hội' },
  { prefix: 'TE', sheet: '5. Trẻ em', title: 'Trẻ em' },
  { prefix: 'BDG', sheet: '6. Bình đẳng giới', title: 'Bình đẳng giới' },
  { prefix: 'GN', sheet: '7. Giảm nghèo', title: 'Giảm nghèo' },
  { prefix: 'TNXH', sheet: '8. Phòng chống TNXH', title: 'Phòng, chống tệ nạn xã hội' },
  { prefix: 'TT', sheet: '9. Thanh tra - CCHC', title: 'Thanh tra, tài chính, cải cách hành chính' },
];

const YTD = 'lũy kế đến hết {ky_luy_ke} là {luy_ke} {dvt}';
const SCK = '{so_cung_ky} so với cùng kỳ năm {nam_truoc}';
const SCK_NAM = '{so_cung_ky} so với năm {nam_truoc} ({cung_ky} {dvt})';

export const CATALOGUE_GROUPS: CatalogueGroup[] = [
  { sector: 'VL', title: 'a) Việc làm', codes: ['VL01', 'VL02', 'VL03', 'VL06', 'VL10'] },
  { sector: 'VL', title: 'b) Bảo hiểm thất nghiệp', codes: ['VL04', 'VL08'] },
  {
    sector: 'VL',
    title: 'c) Lao động nước ngoài, quan hệ lao động, an toàn lao động',
    codes: ['VL05', 'VL07', 'VL09'],
  },
  { sector: 'BTXH', title: 'a) Nuôi dưỡng tập trung', codes: ['BTXH01', 'BTXH02', 'BTXH03', 'BTXH07'] },
  { sector: 'BTXH', title: 'b) Trợ cấp hằng tháng tại cộng đồng', codes: ['BTXH04', 'BTXH05', 'BTXH06'] },
  { sector: 'TE', title: 'a) Trợ giúp trẻ em có hoàn cảnh đặc biệt', codes: ['TE01', 'TE02', 'TE03', 'TE04', 'TE07'] },
  { sector: 'TE', title: 'b) Phòng, chống xâm hại, tai nạn thương tích trẻ em', codes: ['TE05', 'TE06'] },
  { sector: 'GN', title: 'a) Hộ nghèo, hộ cận nghèo', codes: ['GN01', 'GN02', 'GN03', 'GN07', 'GN08'] },
  { sector: 'GN', title: 'b) Chính sách hỗ trợ hộ nghèo, hộ cận nghèo', codes: ['GN04', 'GN05', 'GN06'] },
  { sector: 'TT', title: 'a) Thanh tra, kiểm tra, tiếp công dân', codes: ['TT01', 'TT07', 'TT02', 'TT03'] },
  { sector: 'TT', title: 'b) Cải cách hành chính', codes: ['TT04', 'TT05', 'TT06'] },
];

/** The entries as written below; CATALOGUE_INDICATORS is them in report order, with their groups. */
const ENTRIES: CatalogueIndicator[] = [
  // 1. Việc làm – Tiền lương – An toàn lao động
  {
    code: 'VL01',
    name: 'Số lao động được tạo việc làm',
    unit: 'người',
    kind: 'flow',
    target: 'number',
    aliases: ['Lao động được giải quyết việc làm', 'Số lao động được giải quyết việc làm', 'Giải quyết việc làm'],
    opens: true,
    sentence: `tạo việc làm cho {thuc_hien} lao động, ${YTD}, đạt {ty_le_kh} kế hoạch năm, ${SCK}.`,
    sentenceYear: `giải quyết việc làm cho {thuc_hien} lao động, đạt {ty_le_kh} kế hoạch {ky}, ${SCK_NAM}.`,
  },
  {
    code: 'VL01.1',
    name: 'Đưa người lao động đi làm việc ở nước ngoài theo hợp đồng',
    unit: 'người',
    kind: 'flow',
    target: 'number',
    aliases: ['Người lao động đi làm việc ở nước ngoài theo hợp đồng', 'Lao động đi làm việc ở nước ngoài'],
    sentence: `Trong đó, đưa người lao động đi làm việc ở nước ngoài theo hợp đồng là {thuc_hien} {dvt}, ${YTD}, đạt {ty_le_kh} kế hoạch năm.`,
    sentenceYear: `Trong đó, người lao động đi làm việc ở nước ngoài theo hợp đồng là {thuc_hien} {dvt}, đạt {ty_le_kh} kế hoạch {ky}.`,
  },
  {
    code: 'VL02',
    name: 'Tư vấn việc làm trong nước, ngoài nước',
    unit: 'lượt người',
    kind: 'flow',
    target: 'none',
    aliases: ['Lượt người được tư vấn việc làm', 'Tư vấn việc làm, học nghề'],
    opens: true,
    sentence: `tư vấn việc làm trong nước, ngoài nước cho {thuc_hien} {dvt}, ${YTD}.`,
  },
  {
    code: 'VL03',
    name: 'Phiên giao dịch việc làm',
    unit: 'phiên',
    kind: 'flow',
    target: 'none',
    aliases: ['Số phiên giao dịch việc làm', 'Sàn giao dịch việc làm'],
    opens: true,
    sentence: `tổ chức {thuc_hien} phiên giao dịch việc làm, ${YTD}.`,
  },
  {
    code: 'VL04',
    name: 'Hồ sơ đăng ký hưởng bảo hiểm thất nghiệp được tiếp nhận, giải quyết',
    unit: 'hồ sơ',
    kind: 'flow',
    target: 'none',
    aliases: ['Hồ sơ đề nghị hưởng trợ cấp thất nghiệp'],
    opens: true,
    sentence: `tiếp nhận và giải quyết {thuc_hien} hồ sơ đăng ký hưởng chế độ bảo hiểm thất nghiệp, ${YTD}, ${SCK}.`,
  },
  {
    code: 'VL08',
    name: 'Người có quyết định hưởng trợ cấp thất nghiệp',
    unit: 'người',
    kind: 'flow',
    target: 'none',
    aliases: ['Số người có quyết định hưởng trợ cấp thất nghiệp'],
    sentence: `Số người có quyết định hưởng trợ cấp thất nghiệp: {thuc_hien} {dvt}, ${YTD}; ${SCK} ({cung_ky} {dvt}).`,
  },
  {
    code: 'VL05',
    name: 'Giấy phép lao động cho người nước ngoài',
    unit: 'giấy phép',
    kind: 'flow',
    target: 'none',
    aliases: ['Giấy phép lao động cấp cho người nước ngoài', 'Cấp giấy phép lao động cho người nước ngoài'],
    opens: true,
    sentence: `cấp {thuc_hien} giấy phép lao động cho lao động người nước ngoài làm việc tại địa phương {chi_tiet}, ${YTD}.`,
  },
  { code: 'VL05.1', name: 'Cấp mới', unit: 'giấy phép', kind: 'flow', target: 'none' },
  { code: 'VL05.2', name: 'Gia hạn', unit: 'giấy phép', kind: 'flow', target: 'none' },
  { code: 'VL05.3', name: 'Cấp lại', unit: 'giấy phép', kind: 'flow', target: 'none' },
  {
    code: 'VL06',
    name: 'Tỷ lệ thất nghiệp khu vực thành thị',
    unit: '%',
    kind: 'rate',
    target: 'max',
    aliases: ['Tỷ lệ thất nghiệp thành thị'],
    sentence: `Tỷ lệ thất nghiệp khu vực thành thị {thuc_hien}%, {so_cung_ky} so với cùng kỳ năm {nam_truoc}.`,
  },
  {
    code: 'VL07',
    name: 'Doanh nghiệp được thẩm định hồ sơ đăng ký nội quy lao động',
    unit: 'doanh nghiệp',
    kind: 'flow',
    target: 'none',
    opens: true,
    sentence: `thẩm định hồ sơ đăng ký nội quy lao động cho {thuc_hien} doanh nghiệp, ${YTD}.`,
  },
  {
    code: 'VL09',
    name: 'Vụ tai nạn lao động',
    unit: 'vụ',
    kind: 'flow',
    target: 'none',
    aliases: ['Số vụ tai nạn lao động'],
    sentence: `Xảy ra {thuc_hien} vụ tai nạn lao động, ${YTD}, ${SCK}.`,
  },
  {
    code: 'VL09.1',
    name: 'Số người chết do tai nạn lao động',
    unit: 'người',
    kind: 'flow',
    target: 'none',
    aliases: ['Người chết', 'Số người chết'],
  },
  {
    code: 'VL10',
    name: 'Tỷ lệ lao động đang làm việc so với tổng số lao động trong độ tuổi',
    unit: '%',
    kind: 'rate',
    target: 'min',
  },

  // 2. Giáo dục nghề nghiệp
  {
    code: 'GDNN01',
    name: 'Tuyển sinh giáo dục nghề nghiệp',
    unit: 'người',
    kind: 'flow',
    target: 'number',
    aliases: ['Số người được tuyển sinh giáo dục nghề nghiệp', 'Tuyển sinh đào tạo nghề', 'Tuyển sinh học nghề'],
    opens: true,
    sentence: `tuyển sinh được {thuc_hien} {dvt} {chi_tiet}. Lũy kế đến hết {ky_luy_ke} tuyển sinh được {luy_ke} {dvt} {chi_tiet_luy_ke}, đạt {ty_le_kh} kế hoạch năm.`,
    sentenceYear: `tuyển sinh giáo dục nghề nghiệp cho {thuc_hien} {dvt} {chi_tiet}, đạt {ty_le_kh} kế hoạch {ky}, ${SCK_NAM}.`,
  },
  { code: 'GDNN01.1', name: 'Cao đẳng', unit: 'người', kind: 'flow', target: 'none', aliases: ['Trình độ cao đẳng'] },
  { code: 'GDNN01.2', name: 'Trung cấp', unit: 'người', kind: 'flow', target: 'none', aliases: ['Trình độ trung cấp'] },
  { code: 'GDNN01.3', name: 'Sơ cấp', unit: 'người', kind: 'flow', target: 'none', aliases: ['Trình độ sơ cấp'] },
  {
    code: 'GDNN01.4',
    name: 'Dưới 3 tháng',
    unit: 'người',
    kind: 'flow',
    target: 'none',
    aliases: ['Trình độ dưới 3 tháng', 'Đào tạo dưới 3 tháng'],
  },
  {
    code: 'GDNN02',
    name: 'Tốt nghiệp giáo dục nghề nghiệp',
    unit: 'người',
    kind: 'flow',
    target: 'none',
    aliases: ['Số người tốt nghiệp giáo dục nghề nghiệp', 'Tổng số tốt nghiệp'],
    sentence: `Tổng số tốt nghiệp trong {ky}: {thuc_hien} {dvt} {chi_tiet}. Lũy kế đến hết {ky_luy_ke}, tổng số tốt nghiệp: {luy_ke} {dvt} {chi_tiet_luy_ke}.`,
  },
  { code: 'GDNN02.1', name: 'Cao đẳng', unit: 'người', kind: 'flow', target: 'none', aliases: ['Trình độ cao đẳng'] },
  { code: 'GDNN02.2', name: 'Trung cấp', unit: 'người', kind: 'flow', target: 'none', aliases: ['Trình độ trung cấp'] },
  { code: 'GDNN02.3', name: 'Sơ cấp', unit: 'người', kind: 'flow', target: 'none', aliases: ['Trình độ sơ cấp'] },
  {
    code: 'GDNN02.4',
    name: 'Dưới 3 tháng',
    unit: 'người',
    kind: 'flow',
    target: 'none',
    aliases: ['Trình độ dưới 3 tháng', 'Đào tạo dưới 3 tháng'],
  },
  {
    code: 'GDNN03',
    name: 'Tỷ lệ lao động qua đào tạo',
    unit: '%',
    kind: 'rate',
    target: 'min',
    sentence: `Tỷ lệ lao động qua đào tạo đạt {thuc_hien}%, {so_cung_ky} so với cùng kỳ năm {nam_truoc}.`,
  },
  {
    code: 'GDNN03.1',
    name: 'Tỷ lệ lao động qua đào tạo có văn bằng, chứng chỉ',
    unit: '%',
    kind: 'rate',
    target: 'min',
    aliases: ['Trong đó có văn bằng, chứng chỉ', 'Có văn bằng, chứng chỉ'],
  },
  {
    code: 'GDNN04',
    name: 'Lao động nông thôn được hỗ trợ đào tạo nghề',
    unit: 'người',
    kind: 'flow',
    target: 'number',
    opens: true,
    sentence: `hỗ trợ đào tạo nghề cho {thuc_hien} lao động nông thôn, ${YTD}, đạt {ty_le_kh} kế hoạch năm.`,
  },
  {
    code: 'GDNN05',
    name: 'Cơ sở giáo dục nghề nghiệp được thẩm định hồ sơ đăng ký hoạt động',
    unit: 'cơ sở',
    kind: 'flow',
    target: 'none',
    opens: true,
    sentence: `thẩm định hồ sơ đăng ký hoạt động giáo dục nghề nghiệp của {thuc_hien} cơ sở, ${YTD}.`,
  },

  // 3. Người có công
  {
    code: 'NCC01',
    name: 'Hồ sơ mai táng phí được tiếp nhận, giải quyết',
    unit: 'hồ sơ',
    kind: 'flow',
    target: 'none',
    opens: true,
    sentence: `tiếp nhận, xét duyệt và giải quyết chế độ chính sách cho {thuc_hien} hồ sơ mai táng phí thuộc đối tượng chính sách người có công, ${YTD}.`,
  },
  {
    code: 'NCC02',
    name: 'Hồ sơ người có công chuyển đi tỉnh khác',
    unit: 'hồ sơ',
    kind: 'flow',
    target: 'none',
    opens: true,
    sentence: `chuyển {thuc_hien} hồ sơ người có công đi tỉnh khác, ${YTD}.`,
  },
  {
    code: 'NCC03',
    name: 'Hồ sơ người có công được đính chính, bổ sung thông tin',
    unit: 'trường hợp',
    kind: 'flow',
    target: 'none',
    opens: true,
    sentence: `đính chính, bổ sung thông tin hồ sơ người có công {thuc_hien} {dvt}, ${YTD}.`,
  },
  {
    code: 'NCC04',
    name: 'Hồ sơ Bà mẹ Việt Nam anh hùng đề nghị thẩm định',
    unit: 'hồ sơ',
    kind: 'flow',
    target: 'none',
    opens: true,
    sentence: `đề nghị thẩm định {thuc_hien} hồ sơ Bà mẹ Việt Nam anh hùng, ${YTD}.`,
  },
  {
    code: 'NCC05',
    name: 'Lượt người có công, thân nhân được thăm, tặng quà',
    unit: 'lượt người',
    kind: 'flow',
    target: 'none',
    aliases: ['Suất quà tặng người có công', 'Quà tặng người có công và thân nhân'],
    opens: true,
    sentence: `thăm, tặng quà cho {thuc_hien} {dvt} là người có công và thân nhân, ${YTD}.`,
  },
  {
    code: 'NCC06',
    name: 'Người có công và thân nhân đang hưởng trợ cấp ưu đãi hàng tháng',
    unit: 'người',
    kind: 'stock',
    target: 'none',
    aliases: ['Người có công đang hưởng trợ cấp hàng tháng'],
    sentence: `Hiện có {thuc_hien} người có công và thân nhân đang hưởng trợ cấp ưu đãi hàng tháng.`,
  },
  {
    code: 'NCC07',
    name: 'Kinh phí chi trả trợ cấp ưu đãi hàng tháng',
    unit: 'triệu đồng',
    kind: 'flow',
    target: 'number',
    opens: true,
    sentence: `chi trả trợ cấp ưu đãi hàng tháng cho người có công với kinh phí {thuc_hien} {dvt}, ${YTD}, đạt {ty_le_kh} dự toán năm.`,
  },
  {
    code: 'NCC08',
    name: 'Hồ sơ đề nghị xác nhận người có công được tiếp nhận, giải quyết',
    unit: 'hồ sơ',
    kind: 'flow',
    target: 'none',
    opens: true,
    sentence: `tiếp nhận, giải quyết {thuc_hien} hồ sơ đề nghị xác nhận người có công, ${YTD}.`,
  },
  {
    code: 'NCC09',
    name: 'Trợ cấp thờ cúng liệt sĩ được giải quyết',
    unit: 'hồ sơ',
    kind: 'flow',
    target: 'none',
    opens: true,
    sentence: `ra quyết định trợ cấp thờ cúng liệt sĩ cho {thuc_hien} {dvt}, ${YTD}.`,
  },

  // 4. Bảo trợ xã hội
  {
    code: 'BTXH01',
    name: 'Đối tượng đang được nuôi dưỡng, chăm sóc tại cơ sở trợ giúp xã hội',
    unit: 'đối tượng',
    kind: 'stock',
    target: 'none',
    aliases: ['Đối tượng đang được nuôi dưỡng, chăm sóc tại Trung tâm Bảo trợ xã hội'],
    sentence: `Cơ sở trợ giúp xã hội đang nuôi dưỡng, chăm sóc {thuc_hien} {dvt} {chi_tiet}.`,
  },
  {
    code: 'BTXH01.1',
    name: 'Trẻ em mồ côi, bị bỏ rơi',
    unit: 'người',
    kind: 'stock',
    target: 'none',
    aliases: ['Trẻ em mồ côi'],
  },
  { code: 'BTXH01.2', name: 'Người cao tuổi cô đơn', unit: 'người', kind: 'stock', target: 'none' },
  { code: 'BTXH01.3', name: 'Người khuyết tật', unit: 'người', kind: 'stock', target: 'none' },
  { code: 'BTXH01.4', name: 'Đối tượng khác', unit: 'người', kind: 'stock', target: 'none' },
  {
    code: 'BTXH02',
    name: 'Đối tượng được hỗ trợ nuôi dưỡng khẩn cấp',
    unit: 'đối tượng',
    kind: 'flow',
    target: 'none',
    opens: true,
    sentence: `hỗ trợ nuôi dưỡng khẩn cấp {thuc_hien} {dvt}, ${YTD}.`,
  },
  {
    code: 'BTXH03',
    name: 'Đối tượng được thẩm định, xác minh vào nuôi dưỡng tập trung',
    unit: 'đối tượng',
    kind: 'flow',
    target: 'none',
    opens: true,
    sentence: `thẩm định và xác minh thông tin {thuc_hien} {dvt} vào nuôi dưỡng tập trung, ${YTD}.`,
  },
  {
    code: 'BTXH04',
    name: 'Đối tượng bảo trợ xã hội hưởng trợ cấp hàng tháng tại cộng đồng',
    unit: 'người',
    kind: 'stock',
    target: 'none',
    aliases: ['Đối tượng bảo trợ xã hội đang hưởng trợ cấp hàng tháng'],
    sentence: `Thực hiện trợ cấp xã hội hàng tháng cho {thuc_hien} đối tượng bảo trợ xã hội tại cộng đồng, ${SCK}.`,
  },
  {
    code: 'BTXH05',
    name: 'Đối tượng được chi trả trợ cấp không dùng tiền mặt',
    unit: 'người',
    kind: 'stock',
    target: 'number',
    sentence: `Chi trả trợ cấp không dùng tiền mặt cho {thuc_hien} {dvt}, đạt {ty_le_kh} kế hoạch năm.`,
  },
  {
    code: 'BTXH06',
    name: 'Kinh phí trợ cấp xã hội hàng tháng',
    unit: 'triệu đồng',
    kind: 'flow',
    target: 'none',
    sentence: `Kinh phí chi trả trợ cấp xã hội hàng tháng {thuc_hien} {dvt}, ${YTD}.`,
  },
  {
    code: 'BTXH07',
    name: 'Cơ sở trợ giúp xã hội đang hoạt động',
    unit: 'cơ sở',
    kind: 'stock',
    target: 'none',
    sentence: `{pham_vi} hiện có {thuc_hien} cơ sở trợ giúp xã hội đang hoạt động {chi_tiet}.`,
  },
  { code: 'BTXH07.1', name: 'Công lập', unit: 'cơ sở', kind: 'stock', target: 'none' },
  { code: 'BTXH07.2', name: 'Ngoài công lập', unit: 'cơ sở', kind: 'stock', target: 'none' },

  // 5. Trẻ em
  {
    code: 'TE01',
    name: 'Quà tặng trẻ em có hoàn cảnh đặc biệt, trẻ em hộ nghèo, cận nghèo',
    unit: 'suất',
    kind: 'flow',
    target: 'none',
    opens: true,
    sentence: `hỗ trợ {thuc_hien} suất quà cho trẻ em có hoàn cảnh đặc biệt, trẻ em sống trong hộ nghèo, cận nghèo, ${YTD}.`,
  },
  {
    code: 'TE02',
    name: 'Học bổng cho trẻ em có hoàn cảnh đặc biệt',
    unit: 'suất',
    kind: 'flow',
    target: 'none',
    opens: true,
    sentence: `trao {thuc_hien} suất học bổng cho trẻ em có hoàn cảnh đặc biệt, ${YTD}.`,
  },
  {
    code: 'TE03',
    name: 'Trẻ em có hoàn cảnh đặc biệt',
    unit: 'trẻ em',
    kind: 'stock',
    target: 'none',
    aliases: ['Số trẻ em có hoàn cảnh đặc biệt'],
    sentence: `{pham_vi} có {thuc_hien} trẻ em có hoàn cảnh đặc biệt {chi_tiet}.`,
  },
  {
    code: 'TE03.1',
    name: 'Được trợ giúp, chăm sóc',
    unit: 'trẻ em',
    kind: 'stock',
    target: 'none',
    aliases: ['Trẻ em có hoàn cảnh đặc biệt được trợ giúp, chăm sóc'],
  },
  {
    code: 'TE04',
    name: 'Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp',
    unit: '%',
    kind: 'rate',
    target: 'min',
    ratio: { numerator: 'TE03.1', denominator: 'TE03' },
    sentence: `Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp đạt {thuc_hien}%.`,
  },
  {
    code: 'TE05',
    name: 'Trẻ em bị xâm hại được phát hiện, hỗ trợ',
    unit: 'trẻ em',
    kind: 'flow',
    target: 'none',
    sentence: `Phát hiện, hỗ trợ {thuc_hien} trẻ em bị xâm hại, ${YTD}, ${SCK}.`,
  },
  {
    code: 'TE06',
    name: 'Trẻ em bị tai nạn thương tích',
    unit: 'trẻ em',
    kind: 'flow',
    target: 'none',
    aliases: ['Số trẻ em bị tai nạn thương tích'],
    sentence: `Có {thuc_hien} {dvt} bị tai nạn thương tích, ${YTD}, ${SCK} ({cung_ky} {dvt}).`,
  },
  {
    code: 'TE06.1',
    name: 'Trẻ em tử vong do tai nạn thương tích',
    unit: 'trẻ em',
    kind: 'flow',
    target: 'none',
    aliases: ['Tử vong'],
  },
  {
    code: 'TE07',
    name: 'Tổng số trẻ em trên địa bàn',
    unit: 'trẻ em',
    kind: 'stock',
    target: 'none',
    aliases: ['Số trẻ em'],
    sentence: `{pham_vi} hiện có {thuc_hien} trẻ em.`,
  },

  // 6. Bình đẳng giới
  {
    code: 'BDG01',
    name: 'Lượt người được tuyên truyền về bình đẳng giới, phòng, chống bạo lực gia đình',
    unit: 'lượt người',
    kind: 'flow',
    target: 'none',
    opens: true,
    sentence: `tuyên truyền về bình đẳng giới, phòng, chống bạo lực gia đình cho {thuc_hien} {dvt}, ${YTD}.`,
  },
  {
    code: 'BDG02',
    name: 'Vụ bạo lực gia đình được phát hiện',
    unit: 'vụ',
    kind: 'flow',
    target: 'none',
    sentence: `Phát hiện {thuc_hien} vụ bạo lực gia đình, ${YTD}, ${SCK}.`,
  },
  {
    code: 'BDG03',
    name: 'Tỷ lệ lao động nữ trong số lao động được tạo việc làm',
    unit: '%',
    kind: 'rate',
    target: 'min',
    sentence: `Tỷ lệ lao động nữ trong số lao động được tạo việc làm đạt {thuc_hien}%.`,
  },
  {
    code: 'BDG04',
    name: 'Lớp tập huấn về bình đẳng giới',
    unit: 'lớp',
    kind: 'flow',
    target: 'number',
    opens: true,
    sentence: `tổ chức {thuc_hien} lớp tập huấn về bình đẳng giới, ${YTD}, đạt {ty_le_kh} kế hoạch năm.`,
  },
  {
    code: 'BDG05',
    name: 'Cán bộ làm công tác bình đẳng giới được tập huấn',
    unit: 'lượt người',
    kind: 'flow',
    target: 'none',
    opens: true,
    sentence: `tập huấn nghiệp vụ cho {thuc_hien} {dvt} là cán bộ làm công tác bình đẳng giới, ${YTD}.`,
  },

  // 7. Giảm nghèo
  {
    code: 'GN01',
    name: 'Tỷ lệ hộ nghèo',
    unit: '%',
    kind: 'rate',
    target: 'max',
    ratio: { numerator: 'GN02', denominator: 'GN08' },
    aliases: ['Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều'],
    sentence: `Tỷ lệ hộ nghèo còn {thuc_hien}%, {so_cung_ky} so với cùng kỳ năm {nam_truoc}.`,
  },
  {
    code: 'GN02',
    name: 'Số hộ nghèo',
    unit: 'hộ',
    kind: 'stock',
    target: 'none',
    aliases: ['Hộ nghèo'],
    sentence: `{pham_vi} còn {thuc_hien} hộ nghèo, ${SCK} ({cung_ky} {dvt}).`,
  },
  {
    code: 'GN03',
    name: 'Số hộ cận nghèo',
    unit: 'hộ',
    kind: 'stock',
    target: 'none',
    aliases: ['Hộ cận nghèo'],
    sentence: `Có {thuc_hien} hộ cận nghèo, ${SCK} ({cung_ky} {dvt}).`,
  },
  {
    code: 'GN04',
    name: 'Lượt hộ nghèo, hộ cận nghèo được vay vốn tín dụng ưu đãi',
    unit: 'lượt hộ',
    kind: 'flow',
    target: 'number',
    opens: true,
    sentence: `giải quyết cho {thuc_hien} lượt hộ nghèo, hộ cận nghèo vay vốn tín dụng ưu đãi, ${YTD}, đạt {ty_le_kh} kế hoạch năm.`,
  },
  {
    code: 'GN05',
    name: 'Nhà ở được hỗ trợ xây mới, sửa chữa cho hộ nghèo, hộ cận nghèo',
    unit: 'căn',
    kind: 'flow',
    target: 'number',
    opens: true,
    sentence: `hỗ trợ xây mới, sửa chữa {thuc_hien} căn nhà ở cho hộ nghèo, hộ cận nghèo, ${YTD}, đạt {ty_le_kh} kế hoạch năm.`,
  },
  {
    code: 'GN06',
    name: 'Người thuộc hộ nghèo, hộ cận nghèo được cấp thẻ bảo hiểm y tế',
    unit: 'người',
    kind: 'stock',
    target: 'none',
    sentence: `Cấp thẻ bảo hiểm y tế cho {thuc_hien} người thuộc hộ nghèo, hộ cận nghèo.`,
  },
  {
    code: 'GN08',
    name: 'Tổng số hộ dân cư',
    unit: 'hộ',
    kind: 'stock',
    target: 'none',
    aliases: ['Tổng số hộ', 'Tổng số hộ trên địa bàn'],
  },
  {
    code: 'GN07',
    name: 'Số hộ thoát nghèo',
    unit: 'hộ',
    kind: 'flow',
    target: 'number',
    aliases: ['Hộ thoát nghèo', 'Số hộ nghèo giảm'],
    sentence: `Giảm được {thuc_hien} hộ nghèo, ${YTD}, đạt {ty_le_kh} kế hoạch năm.`,
  },

  // 8. Phòng, chống tệ nạn xã hội
  {
    code: 'TNXH01',
    name: 'Học viên đang được quản lý, giáo dục tại Cơ sở cai nghiện ma túy',
    unit: 'người',
    kind: 'stock',
    target: 'none',
    sentence: `Cơ sở cai nghiện ma túy đang quản lý, giáo dục {thuc_hien} đối tượng {chi_tiet}.`,
  },
  { code: 'TNXH01.1', name: 'Nữ', unit: 'người', kind: 'stock', target: 'none' },
  {
    code: 'TNXH02',
    name: 'Người nghiện ma túy có hồ sơ quản lý',
    unit: 'người',
    kind: 'stock',
    target: 'none',
    sentence: `{pham_vi} hiện có {thuc_hien} người nghiện ma túy có hồ sơ quản lý, ${SCK} ({cung_ky} {dvt}).`,
  },
  {
    code: 'TNXH03',
    name: 'Người nghiện được cai nghiện tại gia đình, cộng đồng',
    unit: 'người',
    kind: 'flow',
    target: 'number',
    opens: true,
    sentence: `tổ chức cai nghiện ma túy tại gia đình, cộng đồng cho {thuc_hien} người nghiện, ${YTD}, đạt {ty_le_kh} kế hoạch năm.`,
  },
  {
    code: 'TNXH04',
    name: 'Học viên bỏ trốn được truy tìm, vận động trở lại Cơ sở',
    unit: 'người',
    kind: 'flow',
    target: 'none',
    opens: true,
    sentence: `phối hợp truy tìm, vận động {thuc_hien} học viên trở lại Cơ sở, ${YTD}.`,
  },
  {
    code: 'TNXH05',
    name: 'Lượt kiểm tra cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn xã hội',
    unit: 'lượt',
    kind: 'flow',
    target: 'number',
    opens: true,
    sentence: `tổ chức {thuc_hien} lượt kiểm tra các cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn xã hội, ${YTD}, đạt {ty_le_kh} kế hoạch năm.`,
  },

  // 9. Thanh tra, tài chính, cải cách hành chính
  {
    code: 'TT01',
    name: 'Cuộc thanh tra, kiểm tra',
    unit: 'cuộc',
    kind: 'flow',
    target: 'number',
    aliases: ['Số cuộc thanh tra, kiểm tra'],
    opens: true,
    sentence: `tiến hành {thuc_hien} cuộc thanh tra, kiểm tra, ${YTD}, đạt {ty_le_kh} kế hoạch năm.`,
  },
  {
    code: 'TT02',
    name: 'Lượt công dân đến liên hệ, được hướng dẫn, trả lời',
    unit: 'lượt',
    kind: 'flow',
    target: 'none',
    aliases: ['Tiếp công dân'],
    sentence: `Có {thuc_hien} lượt công dân đến liên hệ, đã được hướng dẫn, trả lời, ${YTD}.`,
  },
  {
    code: 'TT03',
    name: 'Đơn thư được tiếp nhận, xử lý',
    unit: 'đơn',
    kind: 'flow',
    target: 'none',
    opens: true,
    sentence: `tiếp nhận, xử lý {thuc_hien} đơn thư theo quy định, ${YTD}.`,
  },
  {
    code: 'TT04',
    name: 'Hồ sơ thủ tục hành chính được tiếp nhận',
    unit: 'hồ sơ',
    kind: 'flow',
    target: 'none',
    opens: true,
    sentence: `tiếp nhận {thuc_hien} hồ sơ thủ tục hành chính {chi_tiet}, ${YTD}.`,
  },
  {
    code: 'TT04.1',
    name: 'Hồ sơ trực tuyến',
    unit: 'hồ sơ',
    kind: 'flow',
    target: 'none',
    aliases: ['Trực tuyến'],
  },
  {
    code: 'TT05',
    name: 'Hồ sơ thủ tục hành chính được giải quyết trước hạn',
    unit: 'hồ sơ',
    kind: 'flow',
    target: 'none',
    opens: true,
    sentence: `giải quyết và trả kết quả trước hạn {thuc_hien} hồ sơ thủ tục hành chính, ${YTD}.`,
  },
  {
    code: 'TT06',
    name: 'Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn',
    unit: '%',
    kind: 'rate',
    target: 'min',
    sentence: `Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt {thuc_hien}%.`,
  },
  {
    code: 'TT07',
    name: 'Vụ tai nạn lao động được điều tra',
    unit: 'vụ',
    kind: 'flow',
    target: 'none',
    opens: true,
    sentence: `điều tra {thuc_hien} vụ tai nạn lao động, ${YTD}.`,
  },
];

/**
 * The entries in the order a report (and the template) shows them: per sector,
 * the indicators in no group first, then each group's, a parent followed by
 * its parts; `group` set on each (parts inherit their parent's).
 */
function inReportOrder(entries: CatalogueIndicator[], groups: CatalogueGroup[]): CatalogueIndicator[] {
  const top = (code: string) => code.split('.')[0];
  const out: CatalogueIndicator[] = [];
  for (const sector of CATALOGUE_SECTORS) {
    const mine = entries.filter((e) => /^[A-Za-z]+/.exec(e.code)?.[0]?.toUpperCase() === sector.prefix);
    const gs = groups.filter((g) => g.sector === sector.prefix);
    const grouped = new Set(gs.flatMap((g) => g.codes));
    out.push(...mine.filter((e) => !grouped.has(top(e.code))));
    for (const g of gs)
      for (const code of g.codes)
        out.push(...mine.filter((e) => top(e.code) === code).map((e) => ({ ...e, group: g.title })));
  }
  return out;
}

export const CATALOGUE_INDICATORS: CatalogueIndicator[] = inReportOrder(ENTRIES, CATALOGUE_GROUPS);
