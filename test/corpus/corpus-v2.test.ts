/**
 * The layout corpus (README.md here): each committed workbook goes through the real
 * .xlsx reader, the engine and the §4 JSON, and its figures are checked against values
 * WORKED OUT BY HAND from the figures the builder typed in (the arithmetic is in the
 * comments). Never paste the program's output here.
 *
 * Periods: tháng 6 năm 2024 (T6) unless said otherwise; the expected % of plan by the
 * calendar for T6 is 6 ÷ 12 × 100 = 50, so "ahead" ≥ 55, "behind" < 45, "on_schedule"
 * in between, "completed" ≥ 100.
 */
import { all, figures, ind, issuesAt, layoutOf, monthLetters, open } from './open';
import type { JReport } from './open';

// ---------------------------------------------------------------------------
// v2 layouts (input-format.md, "Layouts met in practice (v2)")
// ---------------------------------------------------------------------------

describe('01 (v2) — agency names from the title block, the layout in the JSON', () => {
  const F = '01-so-tong-hop-hai-khoi-nam.xlsx';
  it('takes "UBND TỈNH SÓC TRĂNG / SỞ LAO ĐỘNG …" from the title block and says so', async () => {
    const { json, report } = await open(F);
    expect(report.info.coQuanChuQuan).toBe('UBND TỈNH SÓC TRĂNG');
    expect(report.info.tenCoQuan).toBe('SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI');
    const info = json.issues.filter((i) => i.severity === 'info' && i.sheet === 'Việc làm');
    expect(info.map((i) => i.message).join(' ')).toMatch(/SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI/);
  });
  it('shows which column is what: B name, C unit, D plan, E–P months 2024, Q–AB months 2023', async () => {
    const { json } = await open(F);
    const l = layoutOf(json, 'Việc làm');
    expect(l.columns.name).toBe('B');
    expect(l.columns.unit).toBe('C');
    expect(l.columns.plan).toBe('D');
    expect(l.columns.months).toEqual(monthLetters(5, 12)); // E … P
    expect(l.columns.lastYearMonths).toEqual(monthLetters(17, 12)); // Q … AB
    expect([7, 8]).toContain(l.headerRow); // the two header rows are 7 and 8
  });
});

describe('02 — last year\'s block first: "Năm 2023" (E–P) then "Năm 2024" (Q–AB)', () => {
  it('reads the 2024 block as this year, whatever its place', async () => {
    const { json } = await open('02-khoi-nam-truoc-dung-truoc.xlsx');
    // Tuyển sinh: June 2.971; Σ 710+541+1.043+1.190+1.225+2.971 = 7.680; 7.680 ÷ 15.500 = 0,49548… → 49,55 %
    // (45 ≤ 49,55 < 55: on schedule); last year June 2.640, Σ 650+520+980+1.105+1.150+2.640 = 7.045;
    // (7.680 − 7.045) ÷ 7.045 = 635 ÷ 7.045 = 9,0134… → 9,01 %.
    expect(figures(ind(json, 'Tuyển sinh'))).toEqual({
      period: 2971,
      ytd: 7680,
      plan: 15500,
      planPct: 49.55,
      schedule: 'on_schedule',
      lastYearPeriod: 2640,
      lastYearYtd: 7045,
      changePct: 9.01,
      incomplete: false,
    });
    // Tốt nghiệp: Σ 200+107+225+501+222+381 = 1.636 (seed 000); no 2023 figures → no comparison.
    const tn = ind(json, 'Tốt nghiệp');
    expect([tn.period, tn.ytd, tn.lastYearYtd, tn.changePct]).toEqual([381, 1636, null, null]);
    const l = layoutOf(json, 'GDNN');
    expect(l.columns.months).toEqual(monthLetters(17, 12));
    expect(l.columns.lastYearMonths).toEqual(monthLetters(5, 12));
  });
});

describe('03 — "Ước thực hiện tháng 6" beside an empty "Tháng 6"', () => {
  const F = '03-uoc-thuc-hien-thang-6.xlsx';
  it('uses the estimate only where June is empty, and marks it', async () => {
    const { json } = await open(F);
    // VL01: June empty, estimate 3.900 → period 3.900 (estimated); Σ Jan–May 2.105+1.876+2.540+2.698+3.193
    // = 12.412, + 3.900 = 16.312; 16.312 ÷ 28.500 = 0,57235… → 57,24 % (ahead).
    const vl = ind(json, 'Số lao động được tạo việc làm');
    expect([vl.period, vl.ytd, vl.planPct, vl.schedule, vl.estimated]).toEqual([3900, 16312, 57.24, 'ahead', true]);
    // XKLĐ: June actual 61 is there; the estimate 55 is not used. Σ = 193, 55,14 %.
    const xk = ind(json, 'Trong đó: Đưa người lao động');
    expect([xk.period, xk.ytd, xk.planPct]).toEqual([61, 193, 55.14]);
    expect(xk.estimated ?? false).toBe(false);
    // BHTN: June empty, no estimate → no June figure; Σ Jan–May 1.502+1.288+1.415+1.290+1.342 = 6.837, incomplete,
    // with the missing month named at J10.
    const bh = ind(json, 'Hồ sơ đăng ký hưởng bảo hiểm thất nghiệp');
    expect([bh.period, bh.ytd, bh.incomplete]).toEqual([null, 6837, true]);
    expect(issuesAt(json, '1. Việc làm', 'J10').map((i) => i.code)).toContain('MISSING_MONTH');
  });
  it('says "ước thực hiện" in the narrative and shows the estimate column in the layout', async () => {
    const { json } = await open(F);
    expect(json.narrative).toMatch(/ước thực hiện/i);
    expect(layoutOf(json, '1. Việc làm').columns.estimates).toEqual({ '6': 'K' });
  });
});

describe('04 — seed 002\'s "Chỉ tiêu 2024" table of rates', () => {
  it('reads "Chỉ tiêu 2024" as the plan, not as a second name column', async () => {
    const { json } = await open('04-chi-tieu-2024-ty-le.xlsx');
    const bhxh = ind(json, 'Tỷ lệ lực lượng lao động trong độ tuổi tham gia bảo hiểm xã hội');
    // plain 31,2 for a rate = at least 31,2 (with a warning on D7); June 30,6 < 31,2 → not met.
    expect([bhxh.period, bhxh.target, bhxh.targetMet]).toEqual([30.6, { op: '>=', value: 31.2 }, false]);
    expect(issuesAt(json, 'Chỉ tiêu ngành', 'D7').map((i) => i.code)).toContain('RATE_PLAN_AS_MINIMUM');
    // "23,9" typed as text → ≥ 23,9; June 24,0 ≥ 23,9 → met.
    const bhtn = ind(json, 'Tỷ lệ lực lượng lao động trong độ tuổi tham gia bảo hiểm thất nghiệp');
    expect([bhtn.period, bhtn.target, bhtn.targetMet]).toEqual([24, { op: '>=', value: 23.9 }, true]);
    // "Trên 90": 92,5 > 90 → met. "<1,5": 1,41 < 1,5 → met. ">60": 59,8 is not > 60 → not met.
    expect(ind(json, 'Tỷ lệ người khuyết tật').targetMet).toBe(true);
    expect(ind(json, 'Giảm tỷ lệ trẻ em').target).toEqual({ op: '<', value: 1.5 });
    expect(ind(json, 'Giảm tỷ lệ trẻ em').targetMet).toBe(true);
    expect(ind(json, 'Tỷ lệ xã, phường').targetMet).toBe(false);
    expect(layoutOf(json, 'Chỉ tiêu ngành').columns.plan).toBe('D');
  });
});

describe('05 — no "Cách tính" column: stocks from their names, plan "KH giao năm 2024"', () => {
  const F = '05-thoi-diem-khong-cot-cach-tinh.xlsx';
  const S = 'NCC - Giảm nghèo';
  it('reads "đang hưởng" and "Số hộ nghèo" as values at the end of June, with an info finding', async () => {
    const { json } = await open(F);
    // Stock: the June value, not a sum (a sum would be 6.845+…+6.810 = 40.961).
    const dh = ind(json, 'Người có công và thân nhân đang hưởng');
    expect([dh.kind, dh.period, dh.ytd]).toEqual(['stock', 6810, 6810]);
    expect(
      issuesAt(json, S, 'B8')
        .filter((i) => i.severity === 'info')
        .map((i) => i.code),
    ).toContain('KIND_INFERRED');
    const hn = ind(json, 'Số hộ nghèo');
    expect([hn.kind, hn.period, hn.ytd]).toEqual(['stock', 11420, 11420]);
    expect(issuesAt(json, S, 'B11').map((i) => i.code)).toContain('KIND_INFERRED');
    // Mai táng stays a flow: Σ 142+118+135+121+133+128 = 777.
    expect(ind(json, 'Hồ sơ mai táng phí').ytd).toBe(777);
  });
  it('reads the plan under "KH giao năm 2024"', async () => {
    const { json } = await open(F);
    // Kinh phí: Σ 19.250+19.180+19.120+19.080+19.050+19.010 = 114.690; ÷ 230.000 = 0,49865… → 49,87 %.
    const kp = ind(json, 'Kinh phí chi trả');
    expect([kp.ytd, kp.plan, kp.planPct, kp.schedule]).toEqual([114690, 230000, 49.87, 'on_schedule']);
  });
  it('warns when a "flow" passes three times its plan (probably a stock)', async () => {
    const { json } = await open(F);
    // BTXH tại cộng đồng (no tell-tale word): summed 58.412+58.530+58.617+58.702+58.790+58.846 = 351.897,
    // 586,5 % of 60.000 — more than 3 × the plan: a warning on row 10 must say it may be a stock.
    const bt = ind(json, 'Đối tượng bảo trợ xã hội hưởng trợ cấp');
    if (bt.kind === 'flow') {
      expect(bt.ytd).toBe(351897);
      const row10 = json.issues.filter((i) => i.sheet === S && /^[A-Z]+10$/.test(i.cell) && i.severity === 'warning');
      expect(row10.length).toBeGreaterThan(0);
    } else {
      expect([bt.period, bt.ytd]).toEqual([58846, 58846]);
    }
  });
});

describe('06 — hidden columns: past months hidden to print, an old hidden copy of "Tháng 6"', () => {
  const F = '06-cot-an-thang-6-cu.xlsx';
  const S = '2. Giáo dục nghề nghiệp';
  it('reads the visible "Tháng 6" (K), the hidden months E–G as usual, and warns about J', async () => {
    const { json } = await open(F);
    // Tuyển sinh: visible June 2.971 (the hidden draft J7 says 2.450); Σ 710+541+1.043 (hidden E–G)
    // +1.190+1.225+2.971 = 7.680; 7.680 ÷ 15.500 → 49,55 %.
    const ts = ind(json, 'Tuyển sinh');
    expect([ts.period, ts.ytd, ts.planPct]).toEqual([2971, 7680, 49.55]);
    // Tốt nghiệp: June 381 (hidden draft 350); Σ 200+107+225+501+222+381 = 1.636.
    const tn = ind(json, 'Tốt nghiệp');
    expect([tn.period, tn.ytd]).toEqual([381, 1636]);
    const warn = json.issues.filter((i) => i.sheet === S && i.severity === 'warning' && /J/.test(i.cell + i.message));
    expect(warn.length).toBeGreaterThan(0);
    expect(warn.map((i) => i.message).join(' ')).toMatch(/K6/);
    const l = layoutOf(json, S);
    expect(l.columns.months?.['6']).toBe('K');
    expect(l.columns.months?.['1']).toBe('E');
    expect(l.ignored.map((x) => x.cell).join(' ')).toMatch(/J/);
  });
  it('skips the hidden row without figures, without a finding', async () => {
    const { json } = await open(F);
    expect(json.sectors[0].indicators.map((i) => i.name).some((n) => n.includes('vay vốn'))).toBe(false);
    expect(json.issues.filter((i) => i.sheet === S && /^[A-Z]+8$/.test(i.cell))).toEqual([]);
  });
});

describe('07 — one sheet per month (T1 … T6)', () => {
  it('reports no sector and names the month sheets once', async () => {
    const { json } = await open('07-moi-thang-mot-sheet.xlsx');
    expect(json.sectors).toEqual([]);
    const about = json.issues.filter((i) => /T1\b/.test(i.message) && /T6\b/.test(i.message));
    expect(about).toHaveLength(1);
    expect(about[0].severity).toBe('error');
  });
});

describe('08 — figures typed as text, months "01/2024" as text (LibreOffice)', () => {
  const S = 'Việc làm';
  it('converts every text number and names each cell', async () => {
    const { json } = await open('08-so-dang-chu-libreoffice.xlsx');
    // "2.105" … "3.932" → Σ 16.344; plan "28.500" → 28.500; 57,35 %; last year "01/2023" … "06/2023":
    // June 3.590, Σ 15.255; change 1.089 ÷ 15.255 → 7,14 %.
    expect(figures(ind(json, 'Số lao động được tạo việc làm'))).toEqual({
      period: 3932,
      ytd: 16344,
      plan: 28500,
      planPct: 57.35,
      schedule: 'ahead',
      lastYearPeriod: 3590,
      lastYearYtd: 15255,
      changePct: 7.14,
      incomplete: false,
    });
    // Each of the 6 + 6 text figures and the text plan is named (E7 … P7, D7).
    const asText = json.issues.filter((i) => i.sheet === S && i.code === 'NUMBER_AS_TEXT' && /7$/.test(i.cell));
    expect(asText.map((i) => i.cell).sort()).toEqual(
      ['D7', 'E7', 'F7', 'G7', 'H7', 'I7', 'J7', 'K7', 'L7', 'M7', 'N7', 'O7', 'P7'].sort(),
    );
    // Tư vấn: Σ 2.210+1.985+2.430+2.376+2.512+2.625 = 14.138.
    expect(ind(json, 'Tư vấn').ytd).toBe(14138);
    expect(layoutOf(json, S).columns.months).toEqual(monthLetters(5, 6));
    expect(layoutOf(json, S).columns.lastYearMonths).toEqual(monthLetters(11, 6));
  });
});

describe('10 — seed 003\'s year (Thừa Thiên Huế 2023): "Trong đó" siblings and a bare "Trong đó:" list', () => {
  const F = '10-trong-do-nam-2023.xlsx';
  it('year figures as in the seed report', async () => {
    const { json } = await open(F, 'Y');
    // Σ 1.150+1.210+1.480+1.395+1.520+1.610+1.425+1.390+1.405+1.380+1.470+1.574 = 17.009 (seed: 17.009,
    // "đạt 100,05%"): 17.009 ÷ 17.000 = 1,000529… → 100,05 %, completed.
    const vl = ind(json, 'Số lao động được giải quyết việc làm');
    expect([vl.period, vl.ytd, vl.planPct, vl.schedule]).toEqual([17009, 17009, 100.05, 'completed']);
    // XKLĐ Σ 150+170+210+180+205+220+190+185+200+195+200+205 = 2.310; 2.310 ÷ 2.000 = 115,5 % (seed: 115,5%).
    const xk = ind(json, 'Trong đó: Đưa người lao động');
    expect([xk.ytd, xk.planPct]).toEqual([2310, 115.5]);
    // Tuyển sinh: 3.590 + 10.010 = 13.600 (seed); 13.600 ÷ 13.500 = 1,00740… → 100,74 %.
    const ts = ind(json, 'Tuyển sinh');
    expect([ts.ytd, ts.planPct, ts.schedule]).toEqual([13600, 100.74, 'completed']);
  });
  it('hangs each "Trong đó" row under the total, side by side, checked against the total alone', async () => {
    const { json } = await open(F, 'Y');
    const vl = ind(json, 'Số lao động được giải quyết việc làm');
    // nữ Σ 8.215 (560+590+720+670+735+780+690+665+680+660+705+760), thanh niên Σ 7.590, XKLĐ Σ 2.310
    expect(vl.children.map((c) => [c.name, c.ytd])).toEqual([
      ['Trong đó: Lao động nữ', 8215],
      ['Trong đó: Thanh niên', 7590],
      ['Trong đó: Đưa người lao động đi làm việc ở nước ngoài', 2310],
    ]);
    // January: 560 + 510 + 150 = 1.220 > 1.150, but they are three breakdowns, not parts: no error.
    expect(json.issues.filter((i) => i.code === 'CHILDREN_EXCEED_PARENT')).toEqual([]);
  });
  it('hangs the list under a bare "Trong đó:" line under the row above it', async () => {
    const { json } = await open(F, 'Y');
    const ts = ind(json, 'Tuyển sinh');
    expect(ts.children.map((c) => [c.name, c.ytd])).toEqual([
      ['- Trình độ cao đẳng, trung cấp', 3590], // 310+1.250+1.480+550
      ['- Trình độ sơ cấp và đào tạo thường xuyên', 10010],
    ]);
    expect(json.sectors[0].indicators.map((i) => i.name)).toEqual([
      'Số lao động được giải quyết việc làm',
      'Tuyển sinh giáo dục nghề nghiệp',
    ]);
  });
});

describe('11 (v2) — the decimal slip is named', () => {
  it('warns on H7 and suggests 19.120', async () => {
    const { json } = await open('11-tien-sai-dau-phay-libreoffice.xlsx');
    // median of the other months (19.250, 19.180, 19.080, 19.050, 19.010) = 19.080; 19,12 < 19.080 ÷ 100.
    const w = issuesAt(json, '3. Người có công', 'H7').filter((i) => i.severity === 'warning');
    expect(w.length).toBe(1);
  });
});

describe('12 — a commune office (UBND xã), months "Tháng 1 - Jan." under "Năm 2024"', () => {
  const F = '12-ubnd-xa.xlsx';
  const S = 'LĐ-VL-GN';
  it('reads the months and the commune figures', async () => {
    const { json, parsed } = await open(F);
    expect(parsed.year).toBe(2024); // from the "Năm 2024" block
    // Lao động: June 18; Σ 12+9+15+14+11+18 = 79; 79 ÷ 150 = 0,52666… → 52,67 % (on schedule).
    const ld = ind(json, 'Lao động được giải quyết việc làm');
    expect([ld.period, ld.ytd, ld.planPct, ld.schedule]).toEqual([18, 79, 52.67, 'on_schedule']);
    // Số hộ nghèo: a stock, June 203.
    const hn = ind(json, 'Số hộ nghèo');
    expect([hn.kind, hn.period]).toEqual(['stock', 203]);
    // Nhà ở: Σ 0+1+0+1+1+0 = 3; 3 ÷ 6 = 50 % (on schedule).
    const nh = ind(json, 'Hộ nghèo được hỗ trợ nhà ở');
    expect([nh.kind, nh.period, nh.ytd, nh.planPct]).toEqual(['flow', 0, 3, 50]);
    expect(layoutOf(json, S).columns.months).toEqual(monthLetters(5, 6));
  });
  it('takes the agency lines from the title block', async () => {
    const { report, json } = await open(F);
    expect(report.info.coQuanChuQuan).toBe('UBND HUYỆN MỸ XUYÊN');
    expect(report.info.tenCoQuan).toBe('UBND XÃ GIA HÒA 2');
    expect(json.issues.some((i) => i.severity === 'info' && /GIA HÒA 2/.test(i.message))).toBe(true);
  });
});

describe('13 — statistical report form: "Mã số", numbering row "A | B | C | 1 … | 8=2+…+7"', () => {
  const F = '13-bieu-mau-thong-ke.xlsx';
  it('never reports the numbering row as an indicator', async () => {
    const { json } = await open(F);
    const names = json.sectors.flatMap((s) => all(s.indicators)).map((i) => i.name);
    expect(names).not.toContain('A');
    expect(json.issues.filter((i) => /5$/.test(i.cell) && i.sheet === 'Biểu 01')).toEqual([]);
  });
  it('reads the form\'s figures, the "Trong đó" row under its total whatever its Mã số', async () => {
    const { json } = await open(F);
    const vl = ind(json, '1. Số lao động được tạo việc làm');
    // Σ 16.344, 57,35 % (as in 01)
    expect([vl.period, vl.ytd, vl.planPct]).toEqual([3932, 16344, 57.35]);
    expect(vl.children.map((c) => [c.code, c.ytd, c.planPct])).toEqual([['02', 193, 55.14]]);
    expect(ind(json, '2. Số người được tư vấn').ytd).toBe(14138);
  });
});

describe('14 — two month blocks without a year label', () => {
  it('is an error naming both column ranges, never a silent choice', async () => {
    const { json } = await open('14-hai-khoi-khong-nhan.xlsx');
    const errors = json.issues.filter((i) => i.severity === 'error' && i.sheet === 'Việc làm');
    expect(errors.length).toBeGreaterThan(0);
    const text = errors.map((i) => i.message).join(' ');
    expect(text).toMatch(/E\d*\s*[–:-]\s*J/);
    expect(text).toMatch(/K\d*\s*[–:-]\s*P/);
  });
});

describe('15 — three year blocks (2024, 2022, 2023) and "Ước TH tháng 6"', () => {
  it('2024 is this year, 2023 last year, 2022 ignored (info); the estimate stands in for June', async () => {
    const { json } = await open('15-ba-khoi-nam-uoc-tinh.xlsx');
    // June empty, estimate 3.900 → Σ 12.412 + 3.900 = 16.312, 57,24 %; last year (2023 block X–AI):
    // June 3.590, Σ 15.255; (16.312 − 15.255) ÷ 15.255 = 1.057 ÷ 15.255 = 6,9289… → 6,93 %.
    const vl = ind(json, 'Số lao động được tạo việc làm');
    expect([vl.period, vl.ytd, vl.planPct, vl.estimated, vl.lastYearPeriod, vl.lastYearYtd]).toEqual([
      3900,
      16312,
      57.24,
      true,
      3590,
      15255,
    ]);
    expect([null, 6.93]).toContain(vl.changePct);
    const l = layoutOf(json, '1. Việc làm');
    expect(l.columns.months).toEqual(monthLetters(5, 6));
    expect(l.columns.estimates).toEqual({ '6': 'K' });
    expect(l.columns.lastYearMonths).toEqual(monthLetters(24, 12)); // X … AI
    const info = json.issues.filter((i) => i.severity === 'info' && i.sheet === '1. Việc làm');
    expect(info.map((i) => i.message).join(' ')).toMatch(/2022/);
  });
});

describe('16 — provincial plan table (LibreOffice): "Chỉ tiêu kế hoạch", SUM parents, "Gồm:" list, hidden months', () => {
  it('reads the parts under their total and the plan', async () => {
    const { json } = await open('16-ke-hoach-tinh-libreoffice.xlsx');
    // Trung tâm BTXH: June 27 + 32 + 47 = 106 (the SUM formula's cached value), a stock.
    const tt = ind(json, 'Đối tượng đang được nuôi dưỡng');
    expect([tt.kind, tt.period]).toEqual(['stock', 106]);
    expect(tt.children.map((c) => c.period)).toEqual([27, 32, 47]);
    // Không dùng tiền mặt: stock, June 43.012 of 45.000 → 95,58 % (43.012 ÷ 45.000 = 0,95582…).
    const kd = ind(json, 'Đối tượng được chi trả trợ cấp không dùng tiền mặt');
    expect([kd.period, kd.plan, kd.planPct]).toEqual([43012, 45000, 95.58]);
    // Khẩn cấp: Σ 2+0+1 (hidden F–H) +0+2+1 = 6.
    expect(ind(json, 'Đối tượng được hỗ trợ nuôi dưỡng khẩn cấp').ytd).toBe(6);
    expect(json.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});
