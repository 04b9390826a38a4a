/**
 * The verb table (src/engine/narrative/verbs.ts) read against the seeds: the
 * indicator name a clerk would type, and the words the seed report uses for
 * the same figure (000_ the June 2024 monthly report, 002_/003_ the 2023 year
 * reviews). Where our phrase differs from the seed, the comment says how.
 */
import { predicateFor, VERB_RULES, type VerbRule } from '../../../src/engine/narrative/verbs';
import type { Kind } from '../../../src/engine/types';

const used = new Set<VerbRule>();

function say(name: string, unit: string, figure: string, kind: Kind = 'flow'): string | null {
  const p = predicateFor(name, unit, kind);
  if (!p) return null;
  used.add(p.rule);
  return p.say(figure, `${figure} ${unit}`);
}

describe('seed 000 (tháng 6/2024): the name gives the seed’s verb', () => {
  it.each<[string, string, string, string, Kind?]>([
    // "toàn tỉnh đã tạo việc làm cho 3.932 lao động"
    ['Số lao động được tạo việc làm', 'người', '3.932', 'tạo việc làm cho 3.932 lao động'],
    // "Tư vấn việc làm trong nước, ngoài nước cho 2.625 lượt người lao động"
    ['Tư vấn việc làm trong nước, ngoài nước', 'lượt người', '2.625', 'tư vấn việc làm trong nước, ngoài nước cho 2.625 lượt người'],
    // "tổ chức 22 phiên giao dịch việc làm"
    ['Phiên giao dịch việc làm', 'phiên', '22', 'tổ chức 22 phiên giao dịch việc làm'],
    // "tiếp nhận và giải quyết 1.370 hồ sơ đăng ký hưởng chế độ bảo hiểm thất nghiệp"
    [
      'Hồ sơ đăng ký hưởng chế độ bảo hiểm thất nghiệp được tiếp nhận và giải quyết',
      'hồ sơ',
      '1.370',
      'tiếp nhận và giải quyết 1.370 hồ sơ đăng ký hưởng chế độ bảo hiểm thất nghiệp',
    ],
    // "cấp mới 01 giấy phép"
    ['Giấy phép lao động cấp mới', 'giấy phép', '01', 'cấp mới 01 giấy phép lao động'],
    ['Giấy phép lao động cho người nước ngoài', 'giấy phép', '03', 'cấp 03 giấy phép lao động cho người nước ngoài'],
    // "toàn tỉnh tuyển sinh được 2.971 người"
    ['Tuyển sinh', 'người', '2.971', 'tuyển sinh được 2.971 người'],
    ['Số người tuyển sinh', 'người', '2.971', 'tuyển sinh được 2.971 người'],
    // "Tổng số tốt nghiệp trong tháng 6/2024: 381 người"
    ['Tốt nghiệp', 'người', '381', 'có 381 người tốt nghiệp'],
    // "Tiếp nhận, xét duyệt và giải quyết chế độ chính sách cho 128 hồ sơ mai táng phí"
    [
      'Hồ sơ mai táng phí được tiếp nhận, xét duyệt và giải quyết',
      'hồ sơ',
      '128',
      'tiếp nhận, xét duyệt và giải quyết 128 hồ sơ mai táng phí',
    ],
    // "chuyển 05 hồ sơ đi tỉnh khác"
    ['Hồ sơ chuyển đi tỉnh khác', 'hồ sơ', '05', 'chuyển 05 hồ sơ đi tỉnh khác'],
    // "đề nghị Sở Nội vụ thẩm định 01 hồ sơ Bà mẹ Việt Nam anh hùng"
    ['Hồ sơ Bà mẹ Việt Nam anh hùng đề nghị thẩm định', 'hồ sơ', '01', 'đề nghị thẩm định 01 hồ sơ Bà mẹ Việt Nam anh hùng'],
    // "Hỗ trợ nuôi dưỡng khẩn cấp 01 đối tượng người cao tuổi lang thang" (ours adds "cho")
    [
      'Đối tượng người cao tuổi lang thang được hỗ trợ nuôi dưỡng khẩn cấp',
      'đối tượng',
      '01',
      'hỗ trợ nuôi dưỡng khẩn cấp cho 01 đối tượng người cao tuổi lang thang',
    ],
    // "Thẩm định và xác minh thông tin 01 đối tượng … vào nuôi dưỡng tập trung"
    [
      'Đối tượng được thẩm định và xác minh vào nuôi dưỡng tập trung',
      'đối tượng',
      '01',
      'thẩm định và xác minh 01 đối tượng vào nuôi dưỡng tập trung',
    ],
    // "phê duyệt danh sách hỗ trợ 1.320 quà và 20 suất học bổng cho trẻ em …"
    ['Quà tặng trẻ em có hoàn cảnh đặc biệt', 'suất', '1.320', 'tặng 1.320 suất quà cho trẻ em có hoàn cảnh đặc biệt'],
    ['Học bổng cho trẻ em có hoàn cảnh đặc biệt', 'suất', '20', 'trao 20 suất học bổng cho trẻ em có hoàn cảnh đặc biệt'],
    // (000, section II: "thẩm định hồ sơ đăng ký nội quy lao động … của các doanh nghiệp"; ours says "cho")
    [
      'Doanh nghiệp được thẩm định hồ sơ đăng ký nội quy lao động',
      'doanh nghiệp',
      '05',
      'thẩm định hồ sơ đăng ký nội quy lao động cho 05 doanh nghiệp',
    ],
    // "điều tra 01 vụ tai nạn lao động"
    ['Vụ tai nạn lao động được điều tra', 'vụ', '01', 'điều tra 01 vụ tai nạn lao động'],
    // "tiếp nhận 2.580 hồ sơ thủ tục hành chính"
    ['Hồ sơ thủ tục hành chính được tiếp nhận', 'hồ sơ', '2.580', 'tiếp nhận 2.580 hồ sơ thủ tục hành chính'],
    // "Đã giải quyết và trả kết quả trước hạn 1.361 hồ sơ"
    ['Hồ sơ được giải quyết và trả kết quả trước hạn', 'hồ sơ', '1.361', 'giải quyết và trả kết quả trước hạn 1.361 hồ sơ'],
    // "có 14 trường hợp công dân đến liên hệ …, đã trả lời"
    ['Lượt công dân đến liên hệ, được hướng dẫn, trả lời', 'lượt', '14', 'hướng dẫn, trả lời 14 lượt công dân đến liên hệ'],
    // "Trong tháng, có 14 trường hợp công dân đến liên hệ"
    ['Trường hợp công dân đến liên hệ', 'trường hợp', '14', 'có 14 trường hợp công dân đến liên hệ'],
    // "đưa người lao động đi làm việc ở nước ngoài theo hợp đồng là 61 người"
    [
      'Đưa người lao động đi làm việc ở nước ngoài theo hợp đồng',
      'người',
      '61',
      'đưa 61 người lao động đi làm việc ở nước ngoài theo hợp đồng',
    ],
    // stock: "Trung tâm Bảo trợ xã hội đang nuôi dưỡng chăm sóc 106 đối tượng"
    [
      'Đối tượng đang được nuôi dưỡng, chăm sóc tại Trung tâm Bảo trợ xã hội',
      'đối tượng',
      '106',
      'có 106 đối tượng đang được nuôi dưỡng, chăm sóc tại Trung tâm Bảo trợ xã hội',
      'stock',
    ],
    // (a rest parameter: with five named ones jest would take the fifth for `done` on four-column rows)
  ])('%s (%s) → %s', (...[name, unit, figure, expected, kind]) => {
    expect(say(name, unit, figure, kind)).toBe(expected);
  });
});

describe('seeds 002/003 (năm 2023): the same table for the year review', () => {
  it.each<[string, string, string, string, Kind?]>([
    // 002 "Đã giải quyết việc làm cho 17.034 người"
    ['Số người được giải quyết việc làm', 'người', '17.034', 'giải quyết việc làm cho 17.034 người'],
    // 002 "Tổ chức có hiệu quả 27 phiên giao dịch việc làm"
    ['Số phiên giao dịch việc làm', 'phiên', '27', 'tổ chức 27 phiên giao dịch việc làm'],
    // 002 "hỗ trợ đào tạo, bồi dưỡng, nâng cao trình độ kỹ năng nghề cho 2.806 người lao động"
    [
      'Người lao động được hỗ trợ đào tạo, bồi dưỡng, nâng cao trình độ kỹ năng nghề',
      'người',
      '2.806',
      'hỗ trợ đào tạo, bồi dưỡng, nâng cao trình độ kỹ năng nghề cho 2.806 người lao động',
    ],
    // 002 "tổ chức cai nghiện ma túy tại gia đình, cộng đồng cho 178 người nghiện"
    ['Người nghiện được cai nghiện tại gia đình, cộng đồng', 'người', '178', 'cai nghiện 178 người nghiện tại gia đình, cộng đồng'],
    // 002 "toàn tỉnh có 1.485 trường hợp trẻ em bị tai nạn thương tích"
    ['Trẻ em bị tai nạn thương tích', 'trường hợp', '1.485', 'có 1.485 trường hợp trẻ em bị tai nạn thương tích'],
    // 002 "Đội 178 tỉnh đã tổ chức 40 lượt kiểm tra các cơ sở kinh doanh dịch vụ …"
    [
      'Lượt kiểm tra cơ sở kinh doanh dịch vụ dễ bị lợi dụng hoạt động mại dâm',
      'lượt',
      '40',
      'tổ chức 40 lượt kiểm tra cơ sở kinh doanh dịch vụ dễ bị lợi dụng hoạt động mại dâm',
    ],
    // 002 "Đã cấp thẻ bảo hiểm y tế cho 42.163 người thuộc hộ nghèo, hộ cận nghèo"
    [
      'Người thuộc hộ nghèo, hộ cận nghèo được cấp thẻ bảo hiểm y tế',
      'người',
      '42.163',
      'cấp thẻ bảo hiểm y tế cho 42.163 người thuộc hộ nghèo, hộ cận nghèo',
    ],
    // 002 "Xây mới, sửa chữa cho 1.578 nhà ở cho hộ nghèo, hộ cận nghèo"
    [
      'Nhà ở được hỗ trợ xây mới, sửa chữa cho hộ nghèo, hộ cận nghèo',
      'căn',
      '1.578',
      'hỗ trợ xây mới, sửa chữa 1.578 căn nhà ở cho hộ nghèo, hộ cận nghèo',
    ],
    // 002 "Đã giải quyết cho 14.966 lượt hộ vay vốn"
    [
      'Lượt hộ nghèo, hộ cận nghèo được vay vốn tín dụng ưu đãi',
      'lượt hộ',
      '14.966',
      'cho vay vốn tín dụng ưu đãi đối với 14.966 lượt hộ nghèo, hộ cận nghèo',
    ],
    // 003 "Số học sinh đã tốt nghiệp 9.257 người"
    ['Số học sinh đã tốt nghiệp', 'người', '9.257', 'có 9.257 học sinh tốt nghiệp'],
    // 003 "Sở đã tiếp nhận 1.966 hồ sơ đề nghị xác nhận, giải quyết chế độ ưu đãi …"
    [
      'Hồ sơ đề nghị xác nhận, giải quyết chế độ ưu đãi người có công được tiếp nhận',
      'hồ sơ',
      '1.966',
      'tiếp nhận 1.966 hồ sơ đề nghị xác nhận, giải quyết chế độ ưu đãi người có công',
    ],
    // 002 stocks: "Toàn tỉnh hiện có 484 người nghiện ma túy có hồ sơ quản lý", "24 cơ sở trợ giúp xã hội"
    ['Người nghiện ma túy có hồ sơ quản lý', 'người', '484', 'có 484 người nghiện ma túy có hồ sơ quản lý', 'stock'],
    ['Số cơ sở trợ giúp xã hội đang hoạt động', 'cơ sở', '24', 'có 24 cơ sở trợ giúp xã hội đang hoạt động', 'stock'],
    ['Số hộ nghèo', 'hộ', '9.366', 'có 9.366 hộ nghèo', 'stock'],
    // (a rest parameter: with five named ones jest would take the fifth for `done` on four-column rows)
  ])('%s (%s) → %s', (...[name, unit, figure, expected, kind]) => {
    expect(say(name, unit, figure, kind)).toBe(expected);
  });
});

describe('the last resort "<tên> là <số>": no rule for names whose shape is not known', () => {
  it.each<[string, string, Kind]>([
    ['Kinh phí chi trả trợ cấp ưu đãi hàng tháng', 'triệu đồng', 'flow'],
    ['Số tiền chi trợ cấp thất nghiệp', 'triệu đồng', 'flow'],
    ['Số người có quyết định hưởng trợ cấp thất nghiệp', 'người', 'flow'],
    ['Tỷ lệ hộ nghèo', '%', 'rate'],
    ['Dư nợ cho vay giải quyết việc làm', 'triệu đồng', 'stock'],
    // a stock that is not a counted noun: never "có 5 kinh phí …"
    ['Quỹ Bảo trợ trẻ em', 'triệu đồng', 'stock'],
  ])('%s (%s, %s)', (name, unit, kind) => {
    expect(predicateFor(name, unit, kind)).toBeNull();
  });
});

afterAll(() => {
  // every rule of the table is exercised by a seed example above (no dead rule)
  const unused = VERB_RULES.filter((r) => !used.has(r)).map((r) => r.about);
  expect(unused).toEqual([]);
});
