/**
 * Hand-built ComputedReport + NarrativeDoc for Sở Lao động - Thương binh và Xã hội
 * tỉnh Sóc Trăng, tháng 6 năm 2024 — figures from the seed report
 * (/work/shared/seeds/000_42f40442716bfd54.txt). Used by the .docx tests and by
 * the rendering check when the engine's sample workbook is not available.
 */
import type { ComputedIndicator, ComputedReport, UnitInfo } from '../../src/engine/types';
import type { NarrativeDoc } from '../../src/engine/narrative/model';
import { computedIndicator, socTrangInfo } from '../fixtures/computed';

export function ind(p: Partial<ComputedIndicator> & Pick<ComputedIndicator, 'name' | 'unit'>): ComputedIndicator {
  return computedIndicator(p);
}

export const soCTrangInfo: UnitInfo = socTrangInfo({
  coQuanChuQuan: 'UBND tỉnh Sóc Trăng',
  tenCoQuan: 'Sở Lao động - Thương binh và Xã hội',
  noiNhan: [
    'Bộ LĐ-TB&XH (Vụ KH-TC, VP Bộ, VPTT phía Nam, Tổng cục Dạy nghề, Phòng TT-TĐ);',
    '- VP.TU; HĐND; UBND tỉnh;',
    'Sở KH-ĐT; Cục Thống kê tỉnh',
    'UBND & Phòng LĐ-TB&XH huyện, TX, TP;',
    'BGĐ Sở, các phòng và đơn vị trực thuộc;',
    'Cổng thông tin điện tử;',
    'Lưu: VT.',
  ],
});

export function sampleReport(): ComputedReport {
  return {
    period: { kind: 'month', from: 6, to: 6, year: 2024, label: 'tháng 6 năm 2024' },
    info: { ...soCTrangInfo },
    issues: [],
    content: [],
    sectors: [
      {
        title: 'Việc làm – Tiền lương – An toàn lao động',
        sheet: 'Việc làm',
        indicators: [
          ind({
            code: 'VL01',
            stt: '1',
            name: 'Số lao động được tạo việc làm',
            unit: 'người',
            period: 3932,
            ytd: 16344,
            plan: 28500,
            planPct: 57.35,
            lastYearPeriod: 3287,
            lastYearYtd: 13665,
            changePct: 19.6,
            schedule: 'ahead',
            expectedPct: 50,
            children: [
              ind({
                code: 'VL01.1',
                stt: '-',
                name: 'Trong đó: đưa người lao động đi làm việc ở nước ngoài theo hợp đồng',
                unit: 'người',
                level: 1,
                period: 61,
                ytd: 193,
                plan: 350,
                planPct: 55.14,
                schedule: 'on_schedule',
                expectedPct: 50,
                row: 6,
              }),
            ],
          }),
          ind({
            code: 'VL02',
            stt: '2',
            name: 'Tư vấn việc làm trong nước, ngoài nước',
            unit: 'lượt người',
            period: 2625,
            ytd: 11870,
            row: 7,
          }),
          ind({
            code: 'VL03',
            stt: '3',
            name: 'Phiên giao dịch việc làm',
            unit: 'phiên',
            period: 22,
            ytd: 118,
            row: 8,
          }),
          ind({
            code: 'VL04',
            stt: '4',
            name: 'Hồ sơ đăng ký hưởng bảo hiểm thất nghiệp',
            unit: 'hồ sơ',
            period: 1370,
            ytd: 7915,
            lastYearYtd: 6548,
            changePct: 20.9,
            incomplete: true,
            missingMonths: [2],
            row: 9,
          }),
          ind({
            code: 'VL05',
            stt: '5',
            name: 'Giấy phép lao động cấp mới cho người nước ngoài',
            unit: 'giấy phép',
            period: 1,
            ytd: 9,
            row: 10,
          }),
        ],
      },
      {
        title: 'Quản lý giáo dục nghề nghiệp',
        sheet: 'Giáo dục nghề nghiệp',
        indicators: [
          ind({
            code: 'GDNN01',
            stt: '1',
            name: 'Tuyển sinh giáo dục nghề nghiệp',
            unit: 'người',
            sheet: 'Giáo dục nghề nghiệp',
            period: 2971,
            ytd: 7680,
            plan: 16500,
            planPct: 46.55,
            schedule: 'on_schedule',
            expectedPct: 50,
            children: [
              ind({ code: 'GDNN01.1', stt: '-', name: 'Cao đẳng', unit: 'người', level: 1, period: 0, ytd: 13 }),
              ind({ code: 'GDNN01.2', stt: '-', name: 'Sơ cấp', unit: 'người', level: 1, period: 754, ytd: 3422 }),
              ind({
                code: 'GDNN01.3',
                stt: '-',
                name: 'Dưới 3 tháng',
                unit: 'người',
                level: 1,
                period: 2217,
                ytd: 4245,
              }),
            ],
          }),
        ],
      },
      {
        title: 'Công tác Bảo trợ xã hội, trẻ em và Bình đẳng giới',
        sheet: 'Bảo trợ xã hội',
        indicators: [
          ind({
            code: 'BTXH01',
            stt: '1',
            group: '4.1. Hoạt động Bảo trợ xã hội',
            kind: 'stock',
            name: 'Đối tượng bảo trợ xã hội hưởng trợ cấp hằng tháng tại cộng đồng',
            unit: 'người',
            period: 58214,
            ytd: 58214,
            lastYearYtd: 57301,
            changePct: 1.6,
          }),
        ],
      },
      {
        title: 'Giảm nghèo',
        sheet: 'Giảm nghèo',
        indicators: [
          ind({
            code: 'GN01',
            stt: '1',
            kind: 'rate',
            name: 'Tỷ lệ hộ nghèo',
            unit: '%',
            period: 2.27,
            ytd: 2.27,
            target: { op: '<', value: 2.79 },
            targetMet: true,
            targetGap: -0.52,
            lastYearYtd: 3.56,
            changePct: -1.29,
          }),
        ],
      },
    ],
  };
}

export function sampleNarrative(): NarrativeDoc {
  return {
    subject: 'Kết quả thực hiện nhiệm vụ tháng 6 năm 2024 và nhiệm vụ trọng tâm tháng 7 năm 2024',
    blocks: [
      { type: 'heading', level: 1, text: 'I. Tình hình thực hiện tháng 6 năm 2024' },
      { type: 'heading', level: 2, text: '1. Việc làm – Tiền lương – An toàn lao động' },
      {
        type: 'paragraph',
        source: 'staff',
        runs: [
          {
            text: 'Báo cáo tổng kết thi hành Quyết định số 63/2015/QĐ-TTg ngày 10/12/2015 của Thủ tướng Chính phủ về chính sách đào tạo nghề và giải quyết việc làm cho người lao động bị thu hồi đất, gửi Bộ Lao động – Thương binh và Xã hội; dự thảo kế hoạch kiểm tra liên ngành việc thực hiện các quy định về pháp luật an toàn, vệ sinh lao động, năm 2024 tại các doanh nghiệp đóng trên địa bàn tỉnh.',
          },
        ],
      },
      {
        type: 'paragraph',
        source: 'generated',
        runs: [
          {
            text: 'Trong tháng 6 năm 2024, toàn tỉnh đã tạo việc làm cho 3.932 lao động, lũy kế đến hết tháng 6/2024 là 16.344 người (đạt 57,35% kế hoạch). Trong đó, đưa người lao động đi làm việc ở nước ngoài theo hợp đồng là 61 người, lũy kế đến hết tháng 6/2024 là 193 người (đạt 55,14% kế hoạch).',
          },
        ],
      },
      {
        type: 'paragraph',
        source: 'generated',
        runs: [
          {
            text: 'Tư vấn việc làm trong nước, ngoài nước cho 2.625 lượt người lao động; tổ chức 22 phiên giao dịch việc làm; tiếp nhận và giải quyết 1.370 hồ sơ đăng ký hưởng chế độ bảo hiểm thất nghiệp; cấp mới 01 giấy phép lao động cho lao động người nước ngoài làm việc tại tỉnh.',
          },
        ],
      },
      { type: 'heading', level: 2, text: '2. Quản lý giáo dục nghề nghiệp' },
      {
        type: 'paragraph',
        source: 'generated',
        runs: [
          {
            text: 'Trong tháng 6/2024, toàn tỉnh tuyển sinh được 2.971 người (sơ cấp 754 người, trình độ dưới 3 tháng 2.217 người). Lũy kế đến hết tháng 6/2024 tuyển sinh được: 7.680 người (cao đẳng 13 người, sơ cấp 3.422 người, trình độ dưới 3 tháng 4.245 người).',
          },
        ],
      },
      { type: 'heading', level: 2, text: '3. Công tác Bảo trợ xã hội, trẻ em và Bình đẳng giới' },
      { type: 'heading', level: 3, text: '3.1. Hoạt động Bảo trợ xã hội' },
      {
        type: 'paragraph',
        source: 'staff',
        runs: [
          { text: 'Thực hiện trợ cấp xã hội hằng tháng cho ' },
          { text: '58.214', bold: true },
          { text: ' đối tượng bảo trợ xã hội tại cộng đồng; ' },
          { text: 'tăng 1,6%', italic: true },
          { text: ' so với cùng kỳ năm 2023.' },
        ],
      },
      { type: 'heading', level: 2, text: '4. Giảm nghèo' },
      {
        type: 'paragraph',
        source: 'generated',
        runs: [
          {
            text: 'Tỷ lệ hộ nghèo toàn tỉnh là 2,27%, đạt chỉ tiêu kế hoạch dưới 2,79%; giảm 1,29 điểm % so với cùng kỳ năm 2023.',
          },
        ],
      },
      { type: 'heading', level: 1, text: 'II. Nhiệm vụ trọng tâm tháng 7 năm 2024' },
      { type: 'heading', level: 2, text: '1. Việc làm – Tiền lương – An toàn lao động' },
      {
        type: 'paragraph',
        source: 'staff',
        runs: [
          {
            text: 'Tổ chức các phiên giao dịch việc làm định kỳ vào ngày 05 và 20 hàng tháng; phối hợp kiểm tra việc thực hiện pháp luật lao động tại các doanh nghiệp trên địa bàn tỉnh.',
          },
        ],
      },
      { type: 'heading', level: 2, text: '2. Giảm nghèo' },
      {
        type: 'paragraph',
        source: 'staff',
        runs: [
          {
            text: 'Triển khai rà soát hộ nghèo, hộ cận nghèo, hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp, diêm nghiệp có mức sống trung bình năm 2024, trình UBND tỉnh.',
          },
        ],
      },
    ],
  };
}
