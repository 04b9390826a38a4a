/**
 * The parts every real report has around the sector paragraphs (seeds
 * 002/003): the opening, the plan-targets line (half-year and year), the
 * staff's "Đánh giá chung", "Tồn tại, hạn chế", "Nguyên nhân", "Phương
 * hướng, nhiệm vụ", "Đề xuất, kiến nghị" rows of the "Nội dung" sheet, and the
 * closing — built from a workbook as the staff keep it. The expected counts are
 * worked out by hand in the comments.
 */
import { computeReport, parsePeriodKey, parseWorkbook } from '../../../src/engine';
import { agencyInSentence } from '../../../src/engine/narrative/frame';
import { buildNarrative, narrativeToText } from '../../../src/engine/narrative';
import type { WorkbookGrid } from '../../../src/engine/types';
import { HEADER, infoSheet, months, sheet, workbook } from '../fixtures';

// '1. Việc làm': VL01 jobs, plan 28.500: T1–T12 sum to 30.700 (16.344 by June) → 107,72% → met;
//   unemployment rate, target "Dưới 2,5": 2,21% in December → met;
//   rural vocational training, plan 2.500: 200 a month → 1.200 by June (48%, on schedule: 50 ± 5),
//   2.400 for the year (96%) → not met.
// '2. Giảm nghèo': poverty rate, target "Dưới 2,1": 2,4% in December → not met.
const JOBS = [2105, 1876, 2540, 2698, 3193, 3932, 2650, 2480, 2390, 2510, 2280, 2046];
const jobs = sheet('1. Việc làm', [
  ['Lĩnh vực: Việc làm – Tiền lương – An toàn lao động'],
  [],
  HEADER,
  [1, 'VL01', 'Số lao động được tạo việc làm', 'người', 'Cộng dồn', 28500, ...JOBS],
  [
    null,
    'VL01.1',
    'Trong đó: đưa người lao động đi làm việc ở nước ngoài theo hợp đồng',
    'người',
    'Cộng dồn',
    350,
    ...months(18, 22, 35, 27, 30, 61, 30, 28, 31, 29, 33, 36),
  ],
  [
    2,
    'VL02',
    'Tỷ lệ thất nghiệp khu vực thành thị',
    '%',
    'Tỷ lệ',
    'Dưới 2,5',
    ...months(2.4, 2.4, 2.35, 2.3, 2.3, 2.21, 2.2, 2.2, 2.2, 2.21, 2.21, 2.21),
  ],
  [3, 'VL03', 'Số lao động nông thôn được hỗ trợ đào tạo nghề', 'người', 'Cộng dồn', 2500, ...Array(12).fill(200)],
  [4, 'VL04', 'Tư vấn việc làm', 'lượt người', 'Cộng dồn', null, ...Array(12).fill(2000)],
]);
const poverty = sheet('2. Giảm nghèo', [
  HEADER,
  [
    1,
    'GN01',
    'Tỷ lệ hộ nghèo',
    '%',
    'Tỷ lệ',
    'Dưới 2,1',
    ...months(2.9, 2.9, 2.8, 2.8, 2.7, 2.7, 2.6, 2.6, 2.5, 2.5, 2.4, 2.4),
  ],
]);
const content = sheet('Nội dung', [
  ['Lĩnh vực', 'Tháng', 'Phần', 'Nội dung'],
  [
    'Chung',
    12,
    'Căn cứ',
    'Công văn số 2150/UBND-TH ngày 15/11/2024 của UBND tỉnh về việc báo cáo tình hình thực hiện nhiệm vụ năm 2024',
  ],
  [null, 12, 'Đánh giá chung', 'Năm 2024, ngành đã hoàn thành toàn diện các nhiệm vụ được giao.'],
  [null, 12, 'Tồn tại, hạn chế', 'Một số nhiệm vụ phối hợp chưa bảo đảm tiến độ.'],
  [null, 12, 'Nguyên nhân', 'Khối lượng công việc lớn trong khi biên chế tinh giản.'],
  ['Việc làm', 12, 'Kết quả', 'Tổ chức Ngày hội việc làm tỉnh năm 2024.'],
  ['Việc làm', 6, 'Nhiệm vụ', 'Nhiệm vụ tháng 7 của lĩnh vực việc làm.'],
  [
    'Chung',
    12,
    'Phương hướng, nhiệm vụ',
    'Năm 2025 là năm cuối thực hiện Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025.',
  ],
  ['Việc làm', 12, 'Nhiệm vụ', 'Giải quyết việc làm cho 29.000 lao động.'],
  ['Chung', 12, 'Đề xuất, kiến nghị', 'Đề nghị UBND tỉnh bổ sung kinh phí thực hiện chính sách hỗ trợ đào tạo nghề.'],
]);
const wb: WorkbookGrid = workbook(infoSheet(), jobs, poverty, content);

function narrative(key: string) {
  const parsed = parseWorkbook(wb);
  expect(parsed.findings.filter((f) => f.sheet === 'Nội dung')).toEqual([]);
  const doc = buildNarrative(computeReport(parsed, parsePeriodKey(key, 2024)!));
  return { doc, lines: narrativeToText(doc).split('\n') };
}

describe('the year report follows seeds 002/003', () => {
  const { doc, lines } = narrative('Y');
  const at = (s: string) => {
    const i = lines.indexOf(s);
    if (i < 0) throw new Error(`no line "${s}" in\n${lines.join('\n')}`);
    return i;
  };

  it('opens with the staff\'s basis and the agency, and closes with "Trên đây là báo cáo …./."', () => {
    expect(lines[0]).toBe(
      'Thực hiện Công văn số 2150/UBND-TH ngày 15/11/2024 của UBND tỉnh về việc báo cáo tình hình thực hiện nhiệm vụ năm 2024, ' +
        'Sở Lao động - Thương binh và Xã hội báo cáo kết quả thực hiện nhiệm vụ năm 2024 và phương hướng, nhiệm vụ trọng tâm năm 2025 như sau:',
    );
    expect(lines[lines.length - 1]).toBe(
      'Trên đây là báo cáo kết quả thực hiện nhiệm vụ năm 2024 và phương hướng, nhiệm vụ trọng tâm năm 2025 của Sở Lao động - Thương binh và Xã hội./.',
    );
  });

  it('puts the parts where the seeds do: results, assessment, shortcomings and causes, next year, proposals', () => {
    const order = [
      at('I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024'),
      at('1. Việc làm – Tiền lương – An toàn lao động'),
      at('Tổ chức Ngày hội việc làm tỉnh năm 2024.'),
      at('2. Giảm nghèo'),
      at('3. Đánh giá chung'),
      at('Năm 2024, ngành đã hoàn thành toàn diện các nhiệm vụ được giao.'),
      at('II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN'),
      at('1. Tồn tại, hạn chế'),
      at('Một số nhiệm vụ phối hợp chưa bảo đảm tiến độ.'),
      at('2. Nguyên nhân'),
      at('Khối lượng công việc lớn trong khi biên chế tinh giản.'),
      at('III. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM NĂM 2025'),
      at('Năm 2025 là năm cuối thực hiện Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025.'),
      at('Giải quyết việc làm cho 29.000 lao động.'),
      at('IV. ĐỀ XUẤT, KIẾN NGHỊ'),
      at('Đề nghị UBND tỉnh bổ sung kinh phí thực hiện chính sách hỗ trợ đào tạo nghề.'),
    ];
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // the general orientation comes before the sectors' tasks, which keep their heading
    expect(lines[at('Giải quyết việc làm cho 29.000 lao động.') - 1]).toBe(
      '1. Việc làm – Tiền lương – An toàn lao động',
    );
    // the June task is not a task for 2025
    expect(lines).not.toContain('Nhiệm vụ tháng 7 của lĩnh vực việc làm.');
  });

  it('sums up the plan targets in one line under heading I: 02/04 met, the others named', () => {
    expect(lines[at('I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024') + 1]).toBe(
      'Năm 2024, có 02/04 chỉ tiêu kế hoạch được giao đạt và vượt kế hoạch; 02 chỉ tiêu chưa đạt ' +
        '(số lao động nông thôn được hỗ trợ đào tạo nghề và tỷ lệ hộ nghèo).',
    );
    const summary = doc.blocks.find((b) => b.type === 'paragraph' && b.source === 'summary');
    expect(summary).toBeDefined();
  });
});

describe('the half-year report', () => {
  const { lines } = narrative('H1');

  it('judges numeric plans by schedule and leaves the year-end targets for the year report', () => {
    // VL01 57,35% (ahead), VL03 48% (on schedule, 50 ± 5); the two rates are judged in December
    expect(lines[2]).toBe(
      'Đến hết tháng 6/2024, có 02/02 chỉ tiêu có kế hoạch năm đạt hoặc vượt tiến độ kế hoạch. ' +
        'Các chỉ tiêu tỷ lệ thất nghiệp khu vực thành thị và tỷ lệ hộ nghèo được đánh giá khi kết thúc năm 2024.',
    );
    expect(lines[1]).toBe('I. TÌNH HÌNH THỰC HIỆN 6 THÁNG ĐẦU NĂM 2024');
  });

  it('has no December rows (they belong to the year report) and the general tasks sentence', () => {
    expect(lines.join('\n')).not.toMatch(/Đánh giá chung|TỒN TẠI|ĐỀ XUẤT|Năm 2025 là năm cuối/);
    expect(lines).toContain('Nhiệm vụ tháng 7 của lĩnh vực việc làm.');
    // no Căn cứ row for June: an opening without a made-up basis
    expect(lines[0]).toBe(
      'Sở Lao động - Thương binh và Xã hội báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2024 và nhiệm vụ trọng tâm 6 tháng cuối năm 2024 như sau:',
    );
  });
});

describe('a stock with a numeric plan in the half-year line', () => {
  it('is a level to reach by December, named with the year-end targets, not "chưa đủ số liệu"', () => {
    // 45.000 people paid without cash by December; 43.012 in June: no verdict, no schedule
    const cash = sheet('3. Bảo trợ', [
      HEADER,
      [1, 'BT01', 'Đối tượng được chi trả trợ cấp không dùng tiền mặt', 'người', 'Thời điểm', 45000, ...months(40100, 40800, 41500, 42100, 42600, 43012)],
    ]);
    const doc = buildNarrative(computeReport(parseWorkbook(workbook(infoSheet(), jobs, cash)), parsePeriodKey('H1', 2024)!));
    const line = narrativeToText(doc).split('\n')[2];
    expect(line).toBe(
      'Đến hết tháng 6/2024, có 02/02 chỉ tiêu có kế hoạch năm đạt hoặc vượt tiến độ kế hoạch. ' +
        'Các chỉ tiêu tỷ lệ thất nghiệp khu vực thành thị và đối tượng được chi trả trợ cấp không dùng tiền mặt được đánh giá khi kết thúc năm 2024.',
    );
  });
});

describe('the monthly report', () => {
  it('has no plan-targets line (seed 000 has none)', () => {
    const { doc } = narrative('T6');
    expect(doc.blocks.some((b) => b.type === 'paragraph' && b.source === 'summary')).toBe(false);
  });
});

describe('a year with nothing from the staff for next year', () => {
  it('leaves part II out rather than printing a filler line, and the subject promises no part II', () => {
    const bare = workbook(infoSheet(), jobs, poverty);
    const doc = buildNarrative(computeReport(parseWorkbook(bare), parsePeriodKey('Y', 2024)!));
    const lines = narrativeToText(doc).split('\n');
    expect(doc.subject).toBe('Kết quả thực hiện nhiệm vụ năm 2024');
    expect(lines.filter((l) => /^[IV]+\. /.test(l))).toEqual(['I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024']);
    expect(lines.join('\n')).not.toContain('Tiếp tục triển khai');
    expect(lines[lines.length - 1]).toBe(
      'Trên đây là báo cáo kết quả thực hiện nhiệm vụ năm 2024 của Sở Lao động - Thương binh và Xã hội./.',
    );
  });
});

describe('"Nội dung" rows', () => {
  it('a sector that matches nothing is reported and not printed; "Chung" is the whole report', () => {
    const nd = sheet('Nội dung', [
      ['Lĩnh vực', 'Tháng', 'Phần', 'Nội dung'],
      ['Chung', 6, 'Kết quả', 'Đoạn chung của cả báo cáo.'],
      ['Lâm nghiệp', 6, 'Kết quả', 'Đoạn của lĩnh vực không có.'],
      [null, 6, 'Khó khăn', 'Khó khăn chung.'],
      [null, 6, 'Ý kiến khác', 'Không đọc được phần.'],
    ]);
    const parsed = parseWorkbook(workbook(infoSheet(), jobs, nd));
    expect(parsed.findings.map((f) => `${f.cell} ${f.code}`)).toEqual(['A3 UNKNOWN_SECTOR', 'C5 BAD_CONTENT']);
    expect(parsed.content.map((c) => [c.part, c.wholeReport ?? false, c.text])).toEqual([
      ['ket_qua', true, 'Đoạn chung của cả báo cáo.'],
      ['ket_qua', false, 'Đoạn của lĩnh vực không có.'],
      ['ton_tai', false, 'Khó khăn chung.'],
    ]);
    const lines = narrativeToText(buildNarrative(computeReport(parsed, parsePeriodKey('T6', 2024)!))).split('\n');
    expect(lines[2]).toBe('Đoạn chung của cả báo cáo.');
    expect(lines).not.toContain('Đoạn của lĩnh vực không có.');
    // a whole-report part prints whatever the sector cell says
    expect(lines[lines.indexOf('II. TỒN TẠI, HẠN CHẾ') + 1]).toBe('Khó khăn chung.');
  });
});

describe('the agency inside a sentence', () => {
  it.each([
    ['SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 'Sở Lao động - Thương binh và Xã hội'],
    ['SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'Sở Giáo dục và Đào tạo'],
    ['SỞ Y TẾ TỈNH SÓC TRĂNG', 'Sở Y tế tỉnh Sóc Trăng'],
    ['UBND XÃ GIA HÒA 2', 'UBND xã Gia Hòa 2'],
    ['PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI HUYỆN MỸ TÚ', 'Phòng Lao động - Thương binh và Xã hội huyện Mỹ Tú'],
    ['ỦY BAN NHÂN DÂN THỊ XÃ VĨNH CHÂU', 'Ủy ban nhân dân thị xã Vĩnh Châu'],
    ['Sở Nội vụ', 'Sở Nội vụ'],
  ])('%s → %s', (upper, sentence) => {
    expect(agencyInSentence(upper)).toBe(sentence);
  });
});
