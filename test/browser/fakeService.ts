/**
 * A fake AddinService with realistic data (Sóc Trăng, 2024, figures from the
 * seed report 000_…: tháng 6/2024). It records every call so the browser tests
 * can assert what the pane asked Excel to do.
 */
import type {
  AddinService,
  CheckResult,
  GenerateResult,
  GenerateStep,
  WorkbookState,
} from '../../src/pipeline/service';
import { ValidationBlockedError } from '../../src/pipeline/service';
import type {
  ComputedIndicator,
  ComputedReport,
  Finding,
  Period,
  SectorLayout,
  UnitInfo,
} from '../../src/engine/types';
import type { NarrativeDoc } from '../../src/engine/narrative/model';
import { computedIndicator, socTrangInfo } from '../fixtures/computed';
import { ALL_PERIOD_KEYS, parsePeriodKey } from '../../src/engine/periods';

export interface FakeOptions {
  /** false → only warnings (generate is not blocked). */
  withErrors: boolean;
  /** Delay of each generate step in ms (so the progress bar can be seen). */
  stepDelayMs: number;
  failLoad: boolean;
  failCheck: boolean;
  /** Include the report in GenerateResult (optional field of the contract). */
  reportInGenerate: boolean;
  /** Reject a blocked generate with a plain Error (a host that does not use ValidationBlockedError). */
  plainBlock: boolean;
  /** Add 20 MISSING_MONTH warnings on "8. Phòng chống TNXH" (a long list). */
  many: boolean;
  /** selectCell rejects like Office.js when the sheet was renamed or deleted after the check. */
  failSelect?: boolean;
  /** generate is refused because the ribbon is generating (code GENERATION_RUNNING, src/hosts/office/lock.ts). */
  generationRunning?: boolean;
  /** Add info findings (what the engine decided for the user: kind inferred, estimate used, a year block ignored). */
  infos?: boolean;
  /** How long reading the workbook takes (ms; default 30). */
  loadDelayMs?: number;
}

export interface Call {
  method: string;
  args: unknown[];
}

export const INFO: UnitInfo = socTrangInfo({
  noiNhan: ['- Bộ Lao động - Thương binh và Xã hội;', '- UBND tỉnh;', '- Ban Giám đốc Sở;', '- Lưu: VT, VP.'],
});

/** The engine's own periods (year 2024), so labels and months are the add-in's. */
function periodOf(key: string): Period {
  const p = parsePeriodKey(key, 2024);
  if (!p) throw new Error(`fake service: unknown period key ${key}`);
  return p;
}

export const PERIOD_KEYS = ALL_PERIOD_KEYS;

function lastMonth(key: string): number {
  return periodOf(key).to;
}

/** Info findings: what the engine decided on the user's behalf (v2). */
export const INFO_FINDINGS: Finding[] = [
  {
    severity: 'info',
    code: 'KIND_INFERRED',
    sheet: '4. Bảo trợ xã hội',
    cell: 'B9',
    message: {
      vi: 'Ô B9: “Đối tượng đang hưởng trợ cấp xã hội hàng tháng” được hiểu là số thời điểm (lấy số cuối kỳ, không cộng dồn) vì tên có “đang hưởng”. Nếu không đúng, thêm cột “Cách tính” và ghi “Cộng dồn”.',
      en: 'Cell B9: “Đối tượng đang hưởng trợ cấp xã hội hàng tháng” is read as a stock (end-of-period value, not summed) because its name says “đang hưởng”. If not, add a “Cách tính” column saying “Cộng dồn”.',
    },
  },
  {
    severity: 'info',
    code: 'YEAR_BLOCK_IGNORED',
    sheet: '2. Giáo dục nghề nghiệp',
    cell: 'L5',
    message: {
      vi: 'Ô L5: khối cột “Năm 2022” không phải năm báo cáo (2024) hay năm trước (2023) nên không được đọc.',
      en: 'Cell L5: the block “Năm 2022” is neither the report year (2024) nor the year before (2023); not read.',
    },
  },
];

/** How the fake's sheets were read (the engine's SectorLayout). */
export const LAYOUTS: Record<string, SectorLayout> = {
  '1. Việc làm': {
    headerRow: 4,
    headerRowLast: 4,
    year: 2024,
    columns: {
      code: 'A',
      name: 'B',
      unit: 'C',
      plan: 'D',
      months: { 1: 'E', 2: 'F', 3: 'G', 4: 'H', 5: 'I', 6: 'J', 7: 'K', 8: 'L', 9: 'M', 10: 'N', 11: 'O', 12: 'P' },
      lastYearMonths: {
        1: 'Q',
        2: 'R',
        3: 'S',
        4: 'T',
        5: 'U',
        6: 'V',
        7: 'W',
        8: 'X',
        9: 'Y',
        10: 'Z',
        11: 'AA',
        12: 'AB',
      },
      estimates: {},
    },
    ignored: [
      {
        cell: 'AC4',
        why: { vi: 'cột ẩn trùng “Tháng 6” (đọc cột J)', en: 'hidden copy of “Tháng 6” (column J is read)' },
      },
    ],
  },
  '2. Giáo dục nghề nghiệp': {
    headerRow: 5,
    headerRowLast: 6,
    year: 2024,
    columns: {
      stt: 'A',
      name: 'B',
      unit: 'C',
      plan: 'D',
      months: { 1: 'E', 2: 'F', 3: 'G', 4: 'H', 5: 'I', 6: 'J' },
      lastYearMonths: {},
      estimates: { 6: 'K' },
    },
    ignored: [
      {
        cell: 'L5',
        why: { vi: 'khối “Năm 2022” (không phải năm 2024 hay 2023)', en: 'block “Năm 2022” (neither 2024 nor 2023)' },
      },
    ],
  },
};

export function findingsFor(withErrors: boolean, many = false, infos = false): Finding[] {
  const all: Finding[] = [
    {
      severity: 'error',
      code: 'NOT_A_NUMBER',
      sheet: '1. Việc làm',
      cell: 'C7',
      message: {
        vi: 'Tư vấn việc làm, tháng 2: “khoảng 50” không phải là số.',
        en: 'Job counselling, month 2: “khoảng 50” is not a number.',
      },
    },
    {
      severity: 'warning',
      code: 'FRACTIONAL_COUNT',
      sheet: '1. Việc làm',
      cell: 'H5',
      message: {
        vi: 'Tạo việc làm, tháng 6: 3,932 người có phần lẻ; có lẽ là 3.932.',
        en: 'New jobs, month 6: 3.932 people is fractional; probably 3,932.',
      },
      suggestion: 3932,
    },
    {
      severity: 'warning',
      code: 'NUMBER_AS_TEXT',
      sheet: '2. Giáo dục nghề nghiệp',
      cell: 'H6',
      message: {
        vi: 'Tuyển sinh, tháng 6: “2.971” được nhập dạng chữ, đã đọc là 2.971.',
        en: 'Enrolment, month 6: “2.971” is stored as text, read as 2,971.',
      },
    },
    {
      severity: 'error',
      code: 'NEGATIVE',
      sheet: '4. Bảo trợ xã hội',
      cell: 'G12',
      message: {
        vi: 'Trẻ em mồ côi, tháng 5: số âm (-5).',
        en: 'Orphaned children, month 5: negative figure (-5).',
      },
    },
    {
      severity: 'warning',
      code: 'MISSING_MONTH',
      sheet: '4. Bảo trợ xã hội',
      cell: 'H14',
      message: {
        vi: 'Người cao tuổi cô đơn: tháng 6 để trống, dùng số của tháng 5.',
        en: 'Elderly living alone: month 6 is empty, month 5 used.',
      },
    },
    {
      severity: 'warning',
      code: 'MISSING_INFO_KEY',
      sheet: 'Thông tin',
      cell: 'A11',
      message: { vi: 'Thiếu khóa “Số ký hiệu”; dùng “…”.', en: 'Key “Số ký hiệu” is missing; “…” used.' },
    },
  ];
  if (many) {
    for (let r = 0; r < 20; r++) {
      all.push({
        severity: 'warning',
        code: 'MISSING_MONTH',
        sheet: '8. Phòng chống TNXH',
        cell: `H${6 + r}`,
        message: {
          vi: `Chỉ tiêu dòng ${6 + r}: tháng 6 chưa có số liệu; lũy kế được đánh dấu chưa đầy đủ.`,
          en: `Indicator on row ${6 + r}: month 6 is empty; the year to date is marked incomplete.`,
        },
      });
    }
  }
  if (infos) all.push(...INFO_FINDINGS);
  return withErrors ? all : all.filter((f) => f.severity !== 'error');
}

function indicator(
  p: Partial<ComputedIndicator> & Pick<ComputedIndicator, 'name' | 'unit' | 'cell' | 'sheet' | 'row'>,
): ComputedIndicator {
  return computedIndicator(p);
}

export function reportFor(key: string, findings: Finding[]): ComputedReport {
  const period = periodOf(key);
  return {
    period,
    info: INFO,
    issues: findings,
    content: [],
    sectors: [
      {
        title: 'Việc làm – Tiền lương – An toàn lao động',
        sheet: '1. Việc làm',
        layout: LAYOUTS['1. Việc làm'],
        indicators: [
          indicator({
            code: 'VL01',
            stt: '1',
            name: 'Giải quyết việc làm',
            unit: 'người',
            cell: "'1. Việc làm'!B5",
            sheet: '1. Việc làm',
            row: 5,
            period: 3932,
            ytd: 16344,
            plan: 28500,
            planPct: 57.35,
            schedule: 'ahead',
            expectedPct: 50,
            children: [
              indicator({
                code: 'VL01.1',
                stt: '-',
                name: 'Đưa người lao động đi làm việc ở nước ngoài theo hợp đồng',
                unit: 'người',
                cell: "'1. Việc làm'!B6",
                sheet: '1. Việc làm',
                row: 6,
                level: 1,
                period: 61,
                ytd: 193,
                plan: 350,
                planPct: 55.14,
                schedule: 'on_schedule',
                expectedPct: 50,
              }),
            ],
          }),
          indicator({
            code: 'VL02',
            stt: '2',
            name: 'Tư vấn việc làm trong nước, ngoài nước',
            unit: 'lượt người',
            cell: "'1. Việc làm'!B7",
            sheet: '1. Việc làm',
            row: 7,
            period: 2625,
            ytd: 12480,
            incomplete: true,
            missingMonths: [2],
          }),
        ],
      },
      {
        title: 'Quản lý giáo dục nghề nghiệp',
        sheet: '2. Giáo dục nghề nghiệp',
        layout: LAYOUTS['2. Giáo dục nghề nghiệp'],
        indicators: [
          indicator({
            code: 'GD01',
            stt: '1',
            name: 'Tuyển sinh và đào tạo nghề',
            unit: 'người',
            cell: "'2. Giáo dục nghề nghiệp'!B5",
            sheet: '2. Giáo dục nghề nghiệp',
            row: 5,
            period: 2971,
            ytd: 7680,
            plan: 17000,
            planPct: 45.18,
            schedule: 'behind',
            expectedPct: 50,
          }),
        ],
      },
    ],
  };
}

export function narrativeFor(key: string): NarrativeDoc {
  const p = periodOf(key);
  const m = p.to;
  const next = m === 12 ? 'tháng 01 năm 2025' : `tháng ${m + 1} năm 2024`;
  const LABEL = p.label.toLocaleUpperCase('vi-VN');
  return {
    subject: `Kết quả thực hiện nhiệm vụ ${p.label} và nhiệm vụ trọng tâm ${next}`,
    blocks: [
      { type: 'heading', level: 1, text: `I. TÌNH HÌNH THỰC HIỆN ${LABEL}` },
      { type: 'heading', level: 2, text: '1. Việc làm – Tiền lương – An toàn lao động' },
      {
        type: 'paragraph',
        source: 'staff',
        runs: [
          {
            text: 'Báo cáo tình hình sử dụng lao động nước ngoài 6 tháng đầu năm và năm 2024 theo Nghị định số 152/2020/NĐ-CP ngày 30/12/2020 của Chính phủ; dự thảo Quyết định và Đề án “Phát triển quan hệ lao động trên địa bàn tỉnh Sóc Trăng giai đoạn 2024-2029”, gửi các đơn vị góp ý.',
          },
        ],
      },
      {
        type: 'paragraph',
        source: 'generated',
        runs: [
          {
            text: `Trong ${p.label}, toàn tỉnh đã tạo việc làm cho 3.932 lao động, lũy kế đến hết tháng ${m}/2024 là 16.344 người (đạt 57,35% kế hoạch). Trong đó, đưa người lao động đi làm việc ở nước ngoài theo hợp đồng là 61 người, lũy kế đến hết tháng ${m}/2024 là 193 người (đạt 55,14% kế hoạch).`,
          },
        ],
      },
      {
        type: 'paragraph',
        source: 'generated',
        runs: [
          {
            text: 'Tư vấn việc làm trong nước, ngoài nước cho 2.625 lượt người lao động; tổ chức 22 phiên giao dịch việc làm; tiếp nhận và giải quyết 1.370 hồ sơ đăng ký hưởng chế độ bảo hiểm thất nghiệp; cấp mới 01 giấy phép và gia hạn 02 giấy phép lao động cho lao động người nước ngoài làm việc tại tỉnh.',
          },
        ],
      },
      { type: 'heading', level: 2, text: '2. Quản lý giáo dục nghề nghiệp' },
      {
        type: 'paragraph',
        source: 'generated',
        runs: [
          {
            text: `Trong ${p.label}, toàn tỉnh tuyển sinh được 2.971 người (sơ cấp 754 người, trình độ dưới 3 tháng 2.217 người). Lũy kế đến hết tháng ${m}/2024 tuyển sinh được: 7.680 người (cao đẳng 13 người, sơ cấp 3.422 người, trình độ dưới 3 tháng 4.245 người), đạt 45,18% kế hoạch.`,
          },
        ],
      },
      { type: 'heading', level: 1, text: `II. NHIỆM VỤ TRỌNG TÂM ${next.toLocaleUpperCase('vi-VN')}` },
      { type: 'heading', level: 2, text: '1. Việc làm – Tiền lương – An toàn lao động' },
      {
        type: 'paragraph',
        source: 'staff',
        runs: [
          {
            text: 'Tiếp tục tổ chức các phiên giao dịch việc làm; tuyên truyền, tư vấn đưa người lao động đi làm việc ở nước ngoài theo hợp đồng; triển khai Tháng hành động về an toàn, vệ sinh lao động năm 2024.',
          },
        ],
      },
    ],
  };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export class FakeService implements AddinService {
  readonly calls: Call[] = [];
  info: UnitInfo = { ...INFO, noiNhan: [...INFO.noiNhan] };
  constructor(private readonly opts: FakeOptions) {}

  async load(): Promise<WorkbookState> {
    this.calls.push({ method: 'load', args: [] });
    await sleep(this.opts.loadDelayMs ?? 30);
    if (this.opts.failLoad)
      throw new Error(
        'Không đọc được trang “1. Việc làm”: sổ đang ở chế độ chỉnh sửa ô. Nhấn Enter hoặc Esc rồi thử lại.',
      );
    return {
      year: 2024,
      periods: PERIOD_KEYS.map((key) => ({ key, label: periodOf(key).label, hasData: lastMonth(key) <= 6 })),
      defaultPeriod: 'T6',
      info: this.info,
      sectorCount: 9,
    };
  }

  async check(periodKey: string): Promise<CheckResult> {
    this.calls.push({ method: 'check', args: [periodKey] });
    await sleep(60);
    if (this.opts.failCheck) throw new Error('Trang “4. Bảo trợ xã hội” đang được bảo vệ, không đọc được.');
    const findings = findingsFor(this.opts.withErrors, this.opts.many, this.opts.infos);
    return { report: reportFor(periodKey, findings), narrative: narrativeFor(periodKey) };
  }

  async generate(
    periodKey: string,
    opts: { force: boolean },
    onStep?: (step: GenerateStep) => void,
  ): Promise<GenerateResult> {
    this.calls.push({ method: 'generate', args: [periodKey, opts] });
    if (this.opts.generationRunning) {
      throw Object.assign(new Error('Đang tạo báo cáo, hãy chờ lần tạo trước xong.'), { code: 'GENERATION_RUNNING' });
    }
    const findings = findingsFor(this.opts.withErrors, false, this.opts.infos);
    onStep?.('reading');
    await sleep(this.opts.stepDelayMs);
    onStep?.('checking');
    await sleep(this.opts.stepDelayMs);
    const errors = findings.filter((f) => f.severity === 'error');
    if (errors.length > 0 && !opts.force) {
      const msg = `Số liệu còn ${errors.length} lỗi; chưa tạo báo cáo.`;
      throw this.opts.plainBlock ? new Error(msg) : new ValidationBlockedError(msg, findings);
    }
    onStep?.('computing');
    await sleep(this.opts.stepDelayMs);
    onStep?.('writing');
    await sleep(this.opts.stepDelayMs);
    onStep?.('done');
    const p = periodOf(periodKey);
    const suffix =
      p.kind === 'month' ? `T${p.to}-2024` : periodKey.toUpperCase() === 'H1' ? '6T-2024' : `${periodKey}-2024`;
    return {
      reportSheet: `BC ${suffix}`,
      narrativeSheet: `ND ${suffix}`,
      counts: { indicators: 48, completed: 3, ahead: 12, onSchedule: 9, behind: 6, incomplete: 2 },
      findings,
      narrative: narrativeFor(periodKey),
      report: this.opts.reportInGenerate ? reportFor(periodKey, findings) : undefined,
    };
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.calls.push({ method: 'selectCell', args: [sheet, cell] });
    if (this.opts.failSelect) {
      throw Object.assign(new Error(`Không tìm thấy trang “${sheet}” (có thể đã đổi tên hoặc bị xóa).`), {
        code: 'ItemNotFound',
      });
    }
  }

  async saveInfo(info: UnitInfo): Promise<void> {
    this.calls.push({ method: 'saveInfo', args: [info] });
    await sleep(30);
    this.info = info;
  }
}
