/**
 * The full-year sample: the same Sóc Trăng 2024 workbook as sample-data.ts,
 * with July–December filled in and the clerk's slips of the half-year sample
 * corrected ("1.234" typed as text, 2.15 in a count, the empty June of TNXH03),
 * plus the December "Nội dung" rows a year report needs (Căn cứ, Đánh giá chung,
 * Tồn tại, hạn chế, Nguyên nhân, Phương hướng, nhiệm vụ năm 2025, Đề xuất, kiến
 * nghị). `build-sample.ts` writes it as `so-lieu-nganh-2024-ca-nam.xlsx`.
 *
 * July–December are derived, deterministically, from the data typed for
 * January–June, so the two samples never disagree on the first half:
 * - a flow with last-year columns follows last year's July–December shape at
 *   this year's level (each month × this year's Jan–Jun total ÷ last year's);
 * - another flow repeats its Jan–Jun average with a fixed seasonal pattern;
 * - a stock or a rate continues its Jan–Jun trend (rates stay in 0–100);
 * - a parent whose months are a SUM of its parts is the sum of the parts.
 * The year-end verdicts that follow (e.g. 02 targets not met) are what the
 * year report has to say, whatever they are; the tests work them out by hand.
 */
import {
  content as halfYearContent,
  info,
  sectorSheets as halfYearSheets,
  type ContentPartLabel,
  type Fig,
  type SampleRow,
  type SampleSheet,
} from './sample-data';

export { info };

/** Seasonal factors for July–December of a flow without last-year figures (Tết is in February, not here). */
const SEASON = [1.02, 0.96, 1.04, 0.98, 1.03, 1.1];

/**
 * The year-end review of poor and near-poor households (rà soát cuối năm): the
 * December figures are the new survey's, not a trend (the sheet's months 1–11
 * carry the previous survey, as in 2023's last-year columns).
 */
const YEAR_END_SURVEY: { code: string; value: number }[] = [
  { code: 'GN01', value: 2.05 },
  { code: 'GN02', value: 6612 },
  { code: 'GN03', value: 12985 },
];

/** The clerk's corrected slips of the half-year sample (sheet, code, month → value). */
const FIXES: { sheet: string; code: string; month: number; value: number }[] = [
  { sheet: '3. Người có công', code: 'NCC05', month: 4, value: 1234 },
  { sheet: '6. Bình đẳng giới', code: 'BDG01', month: 4, value: 2150 },
];

function kindOf(r: SampleRow): 'flow' | 'stock' | 'rate' {
  if (r.kind === 'Tỷ lệ' || (r.unit ?? '').trim() === '%') return 'rate';
  if (r.kind === 'Thời điểm') return 'stock';
  if (r.kind === 'Cộng dồn') return 'flow';
  return /đang|hiện có|có hồ sơ quản lý|tính đến|^số hộ nghèo|^số hộ cận nghèo|tổng số hộ/iu.test(r.name) ? 'stock' : 'flow';
}

const isNum = (v: Fig | undefined): v is number => typeof v === 'number' && Number.isFinite(v);
const decimalsOf = (vals: number[]) => Math.max(0, ...vals.map((v) => (String(v).split('.')[1] ?? '').length));
const round = (v: number, d: number) => Number(v.toFixed(d));

/** July–December for one row (its own months, January–June, already fixed). */
function secondHalf(r: SampleRow, h1: number[]): number[] {
  const kind = kindOf(r);
  const d = decimalsOf(h1);
  if (kind === 'flow') {
    const last = (r.lastYear ?? []).filter(isNum);
    if (last.length === 12) {
      const thisH1 = h1.reduce((a, b) => a + b, 0);
      const lastH1 = last.slice(0, 6).reduce((a, b) => a + b, 0);
      const ratio = lastH1 > 0 ? thisH1 / lastH1 : 1;
      return last.slice(6).map((v) => round(v * ratio, d));
    }
    const avg = h1.reduce((a, b) => a + b, 0) / h1.length;
    return SEASON.map((f) => round(avg * f, d));
  }
  // stock or rate: continue the trend of January–June, gently (× 0.8)
  const step = ((h1[5] - h1[0]) / 5) * 0.8;
  return [1, 2, 3, 4, 5, 6].map((k) => {
    const v = round(h1[5] + step * k, d);
    return kind === 'rate' ? Math.min(100, Math.max(0, v)) : Math.max(0, v);
  });
}

/** Indices of the rows right below `i` whose code is `<code>.<n>` (the parts of a SUM parent). */
function partsOf(rows: SampleRow[], i: number): number[] {
  const code = rows[i].code;
  const out: number[] = [];
  for (let j = i + 1; j < rows.length && code && rows[j].code?.startsWith(code + '.'); j++) out.push(j);
  return out;
}

function fullYearSheet(s: SampleSheet): SampleSheet {
  const rows: SampleRow[] = s.rows.map((r) => ({ ...r, months: r.months ? [...r.months] : undefined }));
  rows.forEach((r) => {
    if (!r.months || r.heading) return;
    for (const f of FIXES) if (f.sheet === s.name && f.code === r.code) r.months[f.month - 1] = f.value;
    // an empty month inside January–June (the June the district had not sent): the mean of its neighbours
    const h1 = r.months.slice(0, 6).map((v, k, a) => {
      if (isNum(v)) return v;
      const near = [a[k - 1], a[k + 1]].filter(isNum);
      return near.length ? round(near.reduce((x, y) => x + y, 0) / near.length, 0) : 0;
    });
    r.months = [...h1, ...secondHalf(r, h1)];
    const survey = YEAR_END_SURVEY.find((y) => y.code === r.code);
    if (survey) r.months[11] = survey.value;
    // the June figures came in: the clerk's "waiting for June" note is gone
    if (r.note?.startsWith('Chờ số liệu')) r.note = undefined;
  });
  rows.forEach((r, i) => {
    if (!r.sumOfChildren || !r.months) return;
    const parts = partsOf(rows, i);
    r.months = r.months.map((_, k) => parts.reduce((acc, j) => acc + Number(rows[j].months?.[k] ?? 0), 0));
  });
  return { ...s, rows };
}

export const sectorSheets: SampleSheet[] = halfYearSheets.map(fullYearSheet);

const VL = 'Việc làm – Tiền lương – An toàn lao động';

/** The staff's December paragraphs for the year report, in the words of seeds 002/003. */
const december: { sector: string; part: ContentPartLabel; text: string }[] = [
  {
    sector: 'Chung',
    part: 'Căn cứ',
    text: 'Công văn số 4386/UBND-TH ngày 25/11/2024 của Ủy ban nhân dân tỉnh về việc báo cáo kết quả thực hiện nhiệm vụ năm 2024 và phương hướng, nhiệm vụ năm 2025',
  },
  {
    sector: 'Chung',
    part: 'Kết quả',
    text: 'Năm 2024, được sự quan tâm lãnh đạo, chỉ đạo của Tỉnh ủy, Hội đồng nhân dân, Ủy ban nhân dân tỉnh và sự phối hợp của các sở, ngành, địa phương, ngành Lao động - Thương binh và Xã hội tỉnh đã triển khai đồng bộ các nhiệm vụ, giải pháp trên các lĩnh vực lao động, người có công và xã hội; chính sách an sinh xã hội được thực hiện kịp thời, đúng đối tượng.',
  },
  {
    sector: VL,
    part: 'Kết quả',
    text: 'Tổ chức Ngày hội việc làm tỉnh Sóc Trăng năm 2024 và các phiên giao dịch việc làm lưu động tại các huyện, thị xã, thành phố; phối hợp kiểm tra liên ngành việc thực hiện pháp luật lao động, an toàn, vệ sinh lao động tại các doanh nghiệp trên địa bàn tỉnh.',
  },
  {
    sector: 'Người có công',
    part: 'Kết quả',
    text: 'Tổ chức chu đáo các hoạt động kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2024); thăm hỏi, tặng quà người có công và thân nhân nhân dịp Tết Nguyên đán và ngày 27/7 đúng đối tượng, kịp thời.',
  },
  {
    sector: 'Chung',
    part: 'Đánh giá chung',
    text: 'Năm 2024, ngành đã hoàn thành cơ bản các nhiệm vụ được giao; công tác giải quyết việc làm, đào tạo nghề gắn với nhu cầu của doanh nghiệp; chính sách ưu đãi người có công, trợ giúp xã hội được thực hiện đầy đủ, đúng quy định; công tác cải cách hành chính tiếp tục được quan tâm, tỷ lệ hồ sơ giải quyết đúng hạn đạt cao.',
  },
  {
    sector: 'Chung',
    part: 'Tồn tại, hạn chế',
    text: 'Một số nhiệm vụ chủ trì, phối hợp thực hiện với các sở, ban, ngành, địa phương chưa bảo đảm tiến độ thời gian giao; chất lượng nguồn lao động chưa đáp ứng yêu cầu của doanh nghiệp; tỷ lệ hộ nghèo giảm nhưng chưa bền vững, nguy cơ tái nghèo còn cao.',
  },
  {
    sector: 'Chung',
    part: 'Nguyên nhân',
    text: '- Về khách quan: khối lượng công việc của ngành ngày càng nhiều, nhiều nhiệm vụ cấp bách được giao trong thời gian ngắn, trong khi biên chế tinh giản; tình hình kinh tế khó khăn ảnh hưởng đến việc làm, thu nhập của người lao động.',
  },
  {
    sector: 'Chung',
    part: 'Nguyên nhân',
    text: '- Về chủ quan: sự phối hợp giữa một số cơ quan, đơn vị trong tham mưu xây dựng đề án, kế hoạch có lúc chưa chặt chẽ; công tác tuyên truyền, tư vấn hướng nghiệp ở cơ sở chưa thường xuyên.',
  },
  {
    sector: 'Chung',
    part: 'Phương hướng, nhiệm vụ',
    text: 'Năm 2025 là năm cuối thực hiện Kế hoạch phát triển kinh tế - xã hội 5 năm giai đoạn 2021 - 2025; ngành tập trung thực hiện đạt và vượt các chỉ tiêu được giao, bảo đảm an sinh xã hội, chăm lo tốt đời sống người có công và các đối tượng yếu thế.',
  },
  {
    sector: VL,
    part: 'Nhiệm vụ',
    text: 'Phấn đấu giải quyết việc làm cho 29.000 lao động, trong đó đưa 400 người lao động đi làm việc ở nước ngoài theo hợp đồng; nâng cao hiệu quả hoạt động của Trung tâm Dịch vụ việc làm, tổ chức các phiên giao dịch việc làm định kỳ và lưu động.',
  },
  {
    sector: 'Giáo dục nghề nghiệp',
    part: 'Nhiệm vụ',
    text: 'Triển khai kế hoạch tuyển sinh giáo dục nghề nghiệp năm 2025; đổi mới chương trình đào tạo gắn với nhu cầu của doanh nghiệp; nâng tỷ lệ lao động qua đào tạo đạt trên 70%.',
  },
  {
    sector: 'Giảm nghèo',
    part: 'Nhiệm vụ',
    text: 'Thực hiện có hiệu quả Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2025; tổ chức rà soát hộ nghèo, hộ cận nghèo cuối năm bảo đảm chính xác, đúng quy trình.',
  },
  {
    sector: 'Chung',
    part: 'Đề xuất, kiến nghị',
    text: 'Đề nghị Ủy ban nhân dân tỉnh quan tâm bố trí kinh phí thực hiện chính sách hỗ trợ đào tạo nghề cho lao động nông thôn và hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng năm 2025.',
  },
];

export const content: { sector: string; month: number; part: ContentPartLabel; text: string }[] = [
  ...halfYearContent,
  ...december.map((d) => ({ ...d, month: 12 })),
];
