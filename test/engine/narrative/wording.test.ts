/**
 * Issue 8, the sentences a reviewer would strike — each built on a workbook a
 * user could have made (title row, blank row, the usual header, Vietnamese
 * names, the seeds' figures), read through parse → compute → narrative.
 */
import { computeReport, parsePeriodKey, parseWorkbook, type WorkbookGrid } from '../../../src/engine';
import { buildNarrative, narrativeToText } from '../../../src/engine/narrative';
import { HEADER, infoSheet, months, sheet, workbook, type Raw } from '../fixtures';

/** Header with last year's months too (Cùng kỳ T1…T12), as the sample workbook has. */
const HEADER_LY: Raw[] = [...HEADER, ...Array.from({ length: 12 }, (_, i) => `Cùng kỳ T${i + 1}`)];

function sectorWb(title: string, rows: Raw[][], opts: { header?: Raw[]; year?: number; phamVi?: string } = {}) {
  return workbook(
    infoSheet({ 'Năm báo cáo': opts.year ?? 2024, 'Phạm vi': opts.phamVi ?? 'toàn tỉnh' }),
    sheet(title, [[`Lĩnh vực: ${title.replace(/^\d+\.\s*/, '')}`], [], opts.header ?? HEADER, ...rows]),
  );
}

/**
 * Section I for a period ("T6", "T12", "Y", "H1"), from the heading "I." to the
 * next part. The default sentences are under test, so the indicator catalogue
 * (whose sentences replace them for known indicators) is off unless asked.
 */
function prose(w: WorkbookGrid, key: string, opts: { catalogue?: boolean } = {}): string {
  const parsed = parseWorkbook(w);
  const report = computeReport(parsed, parsePeriodKey(key, parsed.year as number)!);
  const text = narrativeToText(buildNarrative(report, { catalogue: opts.catalogue ?? false }));
  const start = text.indexOf('I. ');
  const end = text.search(/\n(?:II|III)\. |\nTrên đây là báo cáo/);
  return text.slice(start, end < 0 ? undefined : end);
}

// the sample's Bình đẳng giới sheet: 9.022,15 lượt người to date because April was typed "2.150,15"…
const BDG = '6. Bình đẳng giới';
const bdg = (april: Raw, may: Raw = 900) =>
  sectorWb(BDG, [
    [1, 'BDG01', 'Lượt người được tuyên truyền về bình đẳng giới, phòng, chống bạo lực gia đình', 'lượt người', null, null, ...months(1200, 1300, 1352, april, may, 2870)],
    [2, 'BDG02', 'Vụ bạo lực gia đình được phát hiện', 'vụ', null, null, ...months(10, 12, 9, 11, 14, 8)],
  ]);

describe('a figure the tool doubts is never stated as fact', () => {
  it('FRACTIONAL_COUNT: the year to date is a gap the staff must fill, never "9.022,15 lượt người"', () => {
    const t = prose(bdg(2150.15), 'T6');
    expect(t).not.toMatch(/\d,\d+ lượt người/);
    // June itself is sound and stays
    expect(t).toContain(
      'tuyên truyền về bình đẳng giới, phòng, chống bạo lực gia đình cho 2.870 lượt người, lũy kế … lượt người [cần kiểm tra số liệu];',
    );
    expect(t).toContain('phát hiện 08 vụ bạo lực gia đình, lũy kế 64 vụ.');
  });

  it('an error forced past (a negative count) leaves a gap too, in the month and the year to date', () => {
    const t = prose(bdg(1400, -900), 'T5');
    expect(t).toContain('cho … lượt người [cần kiểm tra số liệu], lũy kế … lượt người [cần kiểm tra số liệu]');
    expect(t).not.toMatch(/-900|900 lượt/);
  });

  it('a catalogue sentence is not used to state a doubted figure: the default sentence leaves the gap', () => {
    const t = prose(bdg(2150.15), 'T6', { catalogue: true });
    expect(t).toContain('cho 2.870 lượt người, lũy kế đến hết tháng 6/2024 là … lượt người [cần kiểm tra số liệu].');
    expect(t).not.toMatch(/\d,\d+ lượt người/);
  });

  it('a stock\'s parts in brackets: a doubted part is a gap, never "thân nhân liệt sĩ 1.234,5 người"', () => {
    // June typed 1234.5 and 2115.5 people (a decimal slip): both parts doubted, the whole 3.350 is sound
    const ncc = (parts: Raw[][]) =>
      sectorWb('3. Người có công', [
        [1, 'NCC01', 'Số người có công đang hưởng trợ cấp ưu đãi hằng tháng', 'người', 'Thời điểm', null, ...months(3400, 3390, 3380, 3370, 3360, 3350)],
        ...parts,
      ]);
    const two = prose(
      ncc([
        ['-', 'NCC01.1', 'Thân nhân liệt sĩ', 'người', 'Thời điểm', null, ...months(1240, 1238, 1236, 1235, 1234, 1234.5)],
        ['-', 'NCC01.2', 'Thương binh', 'người', 'Thời điểm', null, ...months(2160, 2152, 2144, 2135, 2126, 2115.5)],
      ]),
      'T6',
    );
    expect(two).toContain(
      'toàn tỉnh có 3.350 người có công đang hưởng trợ cấp ưu đãi hằng tháng (gồm thân nhân liệt sĩ … người [cần kiểm tra số liệu] và thương binh … người [cần kiểm tra số liệu]).',
    );
    const one = prose(
      ncc([['-', 'NCC01.1', 'Thân nhân liệt sĩ', 'người', 'Thời điểm', null, ...months(1240, 1238, 1236, 1235, 1234, 1234.5)]]),
      'T6',
    );
    expect(one).toContain('(trong đó thân nhân liệt sĩ … người [cần kiểm tra số liệu])');
    expect(`${two} ${one}`).not.toMatch(/\d,\d+ (?:người|thương binh)/u);
  });

  it('no gap where the doubtful month is outside the figure: a March report is unaffected by April', () => {
    const t = prose(bdg(2150.15), 'T3');
    expect(t).not.toContain('cần kiểm tra');
    expect(t).toContain('cho 1.352 lượt người, lũy kế 3.852 lượt người');
  });

  it('no % of plan and no comparison built on a doubted year to date', () => {
    const w = sectorWb(
      '1. Việc làm',
      [
        [1, 'VL01', 'Số lao động được tạo việc làm', 'người', 'Cộng dồn', 28500, ...months(2310, 2450, 2680.5, 2402, 2570, 3932), ...months(2000, 2100, 2500, 2600, 2655, 3400)],
      ],
      { header: [...HEADER_LY] },
    );
    const t = prose(w, 'T6');
    expect(t).toBe(
      'I. TÌNH HÌNH THỰC HIỆN THÁNG 6 NĂM 2024\n1. Việc làm\n' +
        'Trong tháng 6 năm 2024, toàn tỉnh đã tạo việc làm cho 3.932 lao động, lũy kế đến hết tháng 6/2024 là … người [cần kiểm tra số liệu].',
    );
  });
});

describe('period labels true to the data', () => {
  // data entered up to June only
  const vl = () =>
    sectorWb('1. Việc làm', [
      [1, 'VL01', 'Số lao động được tạo việc làm', 'người', 'Cộng dồn', 28500, ...months(2310, 2450, 2680, 2402, 2570, 3932)],
      [2, 'VL03', 'Phiên giao dịch việc làm', 'phiên', null, null, ...months(18, 20, 21, 19, 22, 22)],
      [3, 'VL08', 'Số hộ nghèo', 'hộ', 'Thời điểm', null, ...months(8900, 8800, 8700, 8600, 8500, 8436)],
    ]);

  it.each(['T12', 'Y'])('a %s report on data to June names June, never December or "thời điểm báo cáo"', (key) => {
    const t = prose(vl(), key);
    expect(t).not.toMatch(/tháng 12\/2024|cuối năm 2024|thời điểm báo cáo|Trong tháng 12/);
    expect(t).toContain('Số liệu các chỉ tiêu trong báo cáo chưa đầy đủ, mới tổng hợp đến hết tháng 6/2024.');
    expect(t).toContain(
      'Từ đầu năm đến hết tháng 6/2024, toàn tỉnh đã tạo việc làm cho 16.344 lao động (đạt 57,35% kế hoạch). Tổ chức 122 phiên giao dịch việc làm.',
    );
    expect(t).toContain('Tính đến cuối tháng 6/2024, có 8.436 hộ nghèo.');
  });

  it('a flow whose June is empty runs "đến hết tháng 5/2024 …, chưa có số liệu tháng 6"; a stock carried from May says May', () => {
    const w = sectorWb('8. Phòng, chống tệ nạn xã hội', [
      [1, 'TNXH03', 'Người nghiện được cai nghiện tại gia đình, cộng đồng', 'người', 'Cộng dồn', 300, ...months(20, 22, 25, 27, 27)],
      [2, 'TNXH04', 'Học viên bỏ trốn được truy tìm, vận động trở lại Cơ sở', 'người', null, null, ...months(3, 4, 5, 4, 4, 4)],
      [3, 'TNXH02', 'Người nghiện ma túy có hồ sơ quản lý', 'người', 'Thời điểm', null, ...months(1850, 1860, 1866, 1870, 1873)],
    ]);
    const t = prose(w, 'T6');
    expect(t).toContain(
      'Từ đầu năm đến hết tháng 5/2024, toàn tỉnh đã cai nghiện 121 người nghiện tại gia đình, cộng đồng (đạt 40,33% kế hoạch; chưa có số liệu tháng 6).',
    );
    expect(t).toContain('Tính đến cuối tháng 5/2024, có 1.873 người nghiện ma túy có hồ sơ quản lý (chưa có số liệu tháng 6).');
    expect(t).not.toMatch(/đến hết tháng 6\/2024[^.]*121|cuối tháng 6\/2024[^.]*1\.873/);
  });
});

describe('annual targets: a goal before the year report, a verdict in it (or where the staff marked it periodic)', () => {
  const gn = (plan: Raw) =>
    sectorWb('7. Giảm nghèo', [[1, 'GN01', 'Tỷ lệ hộ nghèo', '%', 'Tỷ lệ', plan, ...months(3.1, 3.0, 2.9, 2.8, 2.7, 2.62, 2.5, 2.4, 2.3, 2.2, 2.15, 2.05)]]);

  it('June: "phấn đấu đạt chỉ tiêu", not "chưa đạt chỉ tiêu kế hoạch dưới 2,1%"', () => {
    const t = prose(gn('Dưới 2,1'), 'T6');
    expect(t).toContain('Tỷ lệ hộ nghèo 2,62%, phấn đấu đạt chỉ tiêu kế hoạch năm 2024 dưới 2,1%.');
    expect(t).not.toMatch(/chưa đạt|, đạt chỉ tiêu/);
  });

  it('the year report gives the verdict', () => {
    expect(prose(gn('Dưới 2,1'), 'Y')).toContain('Tỷ lệ hộ nghèo 2,05%, đạt chỉ tiêu kế hoạch dưới 2,1%.');
  });

  it('a plan cell marked "(hằng tháng)" is judged in the month report', () => {
    expect(prose(gn('Dưới 2,1 (hằng tháng)'), 'T6')).toContain('Tỷ lệ hộ nghèo 2,62%, chưa đạt chỉ tiêu kế hoạch dưới 2,1%.');
  });
});

describe('the year report reads like seed 002', () => {
  // seed 002: 17.034 việc làm (100,20% of 17.000), 2.325 overseas (116,25% of 2.000); 2022 figures for the comparison
  const jobs2023 = [1400, 1380, 1450, 1420, 1410, 1430, 1440, 1390, 1420, 1400, 1450, 1444];
  const jobs2022 = [1300, 1280, 1320, 1310, 1290, 1330, 1300, 1320, 1310, 1290, 1340, 1310];
  const w = sectorWb(
    '1. Việc làm',
    [
      [1, 'VL01', 'Số lao động được giải quyết việc làm', 'người', 'Cộng dồn', 17000, ...months(...jobs2023), ...months(...jobs2022)],
      [null, 'VL01.1', 'Trong đó: Đưa lao động đi làm việc ở nước ngoài', 'người', 'Cộng dồn', 2000, ...months(190, 195, 200, 185, 190, 195, 200, 190, 195, 190, 195, 200)],
    ],
    { header: HEADER_LY, year: 2023 },
  );

  it('"so với năm 2022" with the figure, "vượt kế hoạch" where exceeded, "Trong năm 2023"', () => {
    const t = prose(w, 'Y');
    expect(t).toContain(
      'Trong năm 2023, toàn tỉnh đã giải quyết việc làm cho 17.034 lao động (đạt 100,20% kế hoạch, vượt kế hoạch), tăng 8,5% so với năm 2022 (15.700 người).',
    );
    expect(t).toContain('Trong đó, đưa 2.325 lao động đi làm việc ở nước ngoài (đạt 116,25% kế hoạch, vượt kế hoạch).');
    expect(t).not.toContain('cùng kỳ');
  });

  it('the monthly report of the same workbook keeps "so với cùng kỳ năm 2022"', () => {
    expect(prose(w, 'T6')).toContain('so với cùng kỳ năm 2022 (7.830 người)');
  });
});

describe('machine-made wording a reviewer strikes', () => {
  // the sample workbook's Việc làm sheet as staff keep it
  const vl = () =>
    sectorWb(
      '1. Việc làm',
      [
        [1, 'VL01', 'Số lao động được tạo việc làm', 'người', 'Cộng dồn', 28500, ...months(2310, 2450, 2680, 2402, 2570, 3932), ...months(2200, 2300, 2500, 2455, 2400, 3400)],
        [null, 'VL01.1', 'Trong đó: Đưa người lao động đi làm việc ở nước ngoài theo hợp đồng', 'người', 'Cộng dồn', 350, ...months(20, 25, 30, 27, 30, 61)],
        [2, 'VL02', 'Tư vấn việc làm trong nước, ngoài nước', 'lượt người', null, null, ...months(2100, 2300, 2500, 2400, 2213, 2625)],
        [3, 'VL03', 'Phiên giao dịch việc làm', 'phiên', null, null, ...months(18, 20, 21, 19, 11, 22)],
        [4, 'VL06', 'Tỷ lệ thất nghiệp khu vực thành thị', '%', 'Tỷ lệ', 'Dưới 2,5', ...months(2.3, 2.3, 2.25, 2.2, 2.2, 2.21), ...months(2.5, 2.5, 2.5, 2.45, 2.44, 2.44)],
        [5, 'VL09', 'Kinh phí hỗ trợ tạo việc làm', 'triệu đồng', null, null, ...months(2000, 2100, 2000, 2200, 2200, 2000)],
        [6, 'VL10', 'Lớp tập huấn an toàn, vệ sinh lao động', 'lớp', 'Cộng dồn', 12, ...months(1, 1, 1, 1, 1, 1)],
      ],
      { header: HEADER_LY },
    );

  it('says what was done: "tư vấn … cho 2.625 lượt người", "tổ chức 22 phiên", never "số phiên … là 22 phiên"', () => {
    const t = prose(vl(), 'T6');
    expect(t).toContain(
      'Tư vấn việc làm trong nước, ngoài nước cho 2.625 lượt người, lũy kế 14.138 lượt người; tổ chức 22 phiên giao dịch việc làm, lũy kế 111 phiên;',
    );
    expect(t).not.toMatch(/phiên giao dịch việc làm là \d+ phiên|Tư vấn việc làm[^.;]* là /);
  });

  it('"đạt 50% kế hoạch" (no ",00"), "điểm phần trăm" (not "điểm %"), money in tỷ đồng', () => {
    const t = prose(vl(), 'T6');
    expect(t).toContain('Tổ chức 01 lớp tập huấn an toàn, vệ sinh lao động, lũy kế đến hết tháng 6/2024 là 06 lớp (đạt 50% kế hoạch).');
    expect(t).toContain('giảm 0,23 điểm phần trăm so với cùng kỳ năm 2023 (2,44%)');
    expect(t).toContain('; kinh phí hỗ trợ tạo việc làm là 02 tỷ đồng, lũy kế 12,5 tỷ đồng.');
    expect(t).not.toMatch(/,00%|điểm %|triệu đồng/);
  });

  it('says the scope once, opens sectors differently, never an 11-line paragraph', () => {
    const w = workbook(
      infoSheet(),
      ...['1. Việc làm', '2. Giáo dục nghề nghiệp', '3. Người có công'].map((title) =>
        sheet(title, [
          [`Lĩnh vực: ${title.slice(3)}`],
          [],
          HEADER,
          [1, null, 'Số hồ sơ được tiếp nhận', 'hồ sơ', null, null, ...months(10, 11, 12, 13, 14, 15)],
          [2, null, 'Số hồ sơ được giải quyết trước hạn', 'hồ sơ', null, null, ...months(9, 10, 11, 12, 13, 14)],
          [3, null, 'Tư vấn pháp luật lao động', 'lượt người', null, null, ...months(100, 110, 120, 130, 140, 150)],
          [4, null, 'Phiên giao dịch việc làm', 'phiên', null, null, ...months(1, 2, 3, 4, 5, 6)],
          [5, null, 'Lớp tập huấn nghiệp vụ', 'lớp', 'Cộng dồn', 20, ...months(1, 2, 3, 4, 5, 6)],
          [6, null, 'Số đối tượng được hỗ trợ nuôi dưỡng khẩn cấp', 'đối tượng', null, null, ...months(1, 2, 3, 4, 5, 6)],
          [7, null, 'Số trẻ em bị tai nạn thương tích', 'trẻ em', null, null, ...months(100, 110, 120, 130, 140, 118)],
          [8, null, 'Số hộ nghèo', 'hộ', 'Thời điểm', null, ...months(8900, 8800, 8700, 8600, 8500, 8436)],
          [9, null, 'Số hộ cận nghèo', 'hộ', 'Thời điểm', null, ...months(14900, 14800, 14700, 14600, 14500, 14210)],
        ]),
      ),
    );
    const t = prose(w, 'T6');
    expect(t.match(/toàn tỉnh/g)).toHaveLength(1);
    expect(t.match(/Trong tháng 6 năm 2024/g)).toHaveLength(1);
    const body = t.split('\n').filter((l) => /\d/.test(l) && !/^(?:I\.|\d\.)/.test(l));
    const openings = new Set(body.map((l) => l.split(' ').slice(0, 3).join(' ')));
    expect(openings.size).toBeGreaterThan(3);
    for (const p of body) expect(p.length).toBeLessThan(700);
    expect(body.length).toBeGreaterThanOrEqual(6);
  });

  it('a breakdown and the % of plan never share one bracket', () => {
    const w = sectorWb('2. Giáo dục nghề nghiệp', [
      [1, 'GDNN01', 'Tuyển sinh giáo dục nghề nghiệp', 'người', 'Cộng dồn', 15500, ...months(800, 1000, 1200, 1000, 2709, 2971)],
      [null, 'GDNN01.1', 'Cao đẳng', 'người', 'Cộng dồn', null, ...months(13, 0, 0, 0, 0, 0)],
      [null, 'GDNN01.2', 'Sơ cấp', 'người', 'Cộng dồn', null, ...months(500, 600, 500, 400, 668, 754)],
      [null, 'GDNN01.3', 'Dưới 3 tháng', 'người', 'Cộng dồn', null, ...months(287, 400, 700, 600, 2041, 2217)],
    ]);
    expect(prose(w, 'T6')).toContain(
      'Trong tháng 6 năm 2024, toàn tỉnh đã tuyển sinh giáo dục nghề nghiệp được 2.971 người (sơ cấp 754 người, dưới 3 tháng 2.217 người). ' +
        'Lũy kế đến hết tháng 6/2024, tuyển sinh giáo dục nghề nghiệp được 9.680 người (cao đẳng 13 người, sơ cấp 3.422 người, dưới 3 tháng 6.245 người), đạt 62,45% kế hoạch.',
    );
  });
});

describe('templates ("Mẫu câu") never leave a broken sentence', () => {
  const HEADER_T: Raw[] = [...HEADER, 'Mẫu câu'];
  const row = (code: string, name: string, unit: string, jan: Raw[], template: string): Raw[] => [
    null, code, name, unit, null, null, ...months(...jan), template,
  ];

  it('a template whose verb clause lost its figure falls back to the default sentence (no "Lũy kế từ đầu năm 8.207 hồ sơ.")', () => {
    const w = sectorWb(
      '1. Việc làm',
      [row('VL04', 'Hồ sơ đăng ký hưởng bảo hiểm thất nghiệp được tiếp nhận, giải quyết', 'hồ sơ', [1400, 1300, 1387, 1350, 1400, null],
        'Tiếp nhận và giải quyết {thuc_hien} hồ sơ đăng ký hưởng chế độ bảo hiểm thất nghiệp; lũy kế từ đầu năm {luy_ke} hồ sơ.')],
      { header: HEADER_T },
    );
    const t = prose(w, 'T6');
    expect(t).not.toMatch(/(?:^|\n|\. )Lũy kế từ đầu năm/);
    expect(t).toContain('Từ đầu năm đến hết tháng 5/2024, toàn tỉnh đã tiếp nhận, giải quyết 6.837 hồ sơ đăng ký hưởng bảo hiểm thất nghiệp (chưa có số liệu tháng 6).');
  });

  it('a label whose value is missing goes with it (no fragment "Hộ cận nghèo; lũy kế …")', () => {
    const w = sectorWb(
      '7. Giảm nghèo',
      [row('GN07', 'Lượt hộ cận nghèo được vay vốn', 'lượt hộ', [100, 120, 130, 110, 140, null], 'Hộ cận nghèo: {thuc_hien} lượt hộ; lũy kế {luy_ke} lượt hộ.')],
      { header: HEADER_T },
    );
    const t = prose(w, 'T6');
    expect(t).not.toMatch(/Hộ cận nghèo[;.]/);
    expect(t).toContain('toàn tỉnh đã cho vay vốn đối với 600 lượt hộ cận nghèo (chưa có số liệu tháng 6).');
  });

  it('"so với cùng kỳ năm trước" says the year and last year\'s figure; the year report says "so với năm 2023"', () => {
    const w = sectorWb(
      '1. Việc làm',
      [[null, 'VL04', 'Hồ sơ BHTN được tiếp nhận, giải quyết', 'hồ sơ', null, null, ...months(1400, 1300, 1387, 1350, 1400, 1370, 1300, 1200, 1250, 1300, 1280, 1310), ...months(1300, 1200, 1300, 1250, 1238, 1370, 1200, 1100, 1150, 1200, 1180, 1200),
        'Tiếp nhận và giải quyết {thuc_hien} hồ sơ; lũy kế từ đầu năm {luy_ke} hồ sơ, {so_cung_ky} so với cùng kỳ năm trước.']],
      { header: [...HEADER_LY, 'Mẫu câu'] },
    );
    expect(prose(w, 'T6')).toContain('lũy kế từ đầu năm 8.207 hồ sơ, tăng 7,2% so với cùng kỳ năm 2023 (7.658 hồ sơ).');
    expect(prose(w, 'Y')).toContain('Tiếp nhận và giải quyết 15.847 hồ sơ, tăng 7,9% so với năm 2023 (14.688 hồ sơ).');
  });
});
