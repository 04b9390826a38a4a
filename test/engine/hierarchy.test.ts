/** Rows: group headings, codes with dots, "Trong đó"/"Gồm", "-"/"+", STT 1.1 / a, cell indent. */
import fc from 'fast-check';
import { parseWorkbook, type Indicator } from '../../src/engine';
import { ind, infoSheet, sheet, workbook, type Raw } from './fixtures';

const H = ['STT', 'Mã', 'Chỉ tiêu', 'ĐVT', 'T1'];

function tree(rows: Raw[][]): Indicator[] {
  return parseWorkbook(workbook(infoSheet(), sheet('Bảo trợ xã hội', [H, ...rows]))).sectors[0].indicators;
}

/** "name(child, child(grandchild))" */
function shape(list: Indicator[]): string {
  return list.map((i) => (i.children.length ? `${i.name}(${shape(i.children)})` : i.name)).join(', ');
}

describe('hierarchy', () => {
  it('codes with a dot: VL01.1 under VL01, VL01.1.2 under VL01.1', () => {
    const t = tree([
      [1, 'VL01', 'Tạo việc làm', 'người', 3932],
      [null, 'VL01.1', 'Đi làm việc ở nước ngoài', 'người', 61],
      [null, 'VL01.1.2', 'Thị trường Nhật Bản', 'người', 30],
      [2, 'VL02', 'Tư vấn việc làm', 'lượt người', 2625],
    ]);
    expect(shape(t)).toBe('Tạo việc làm(Đi làm việc ở nước ngoài(Thị trường Nhật Bản)), Tư vấn việc làm');
    expect(t[0].children[0].children[0].level).toBe(2);
  });

  it('"Trong đó" makes a child of the row above', () => {
    const t = tree([
      [1, null, 'Tạo việc làm', 'người', 3932],
      [null, null, 'Trong đó: đưa người lao động đi làm việc ở nước ngoài theo hợp đồng', 'người', 61],
      [2, null, 'Tư vấn việc làm', 'lượt người', 2625],
    ]);
    expect(shape(t)).toBe('Tạo việc làm(Trong đó: đưa người lao động đi làm việc ở nước ngoài theo hợp đồng), Tư vấn việc làm');
  });

  it('"Gồm" followed by "-" rows: all are parts of the same parent', () => {
    const t = tree([
      [null, null, 'Số đối tượng đang nuôi dưỡng tại cơ sở', 'đối tượng', 106],
      [null, null, 'Gồm: trẻ em mồ côi', 'trẻ', 27],
      [null, null, '- Người cao tuổi cô đơn', 'người', 32],
      [null, null, '- Người khuyết tật', 'người', 47],
    ]);
    expect(shape(t)).toBe('Số đối tượng đang nuôi dưỡng tại cơ sở(Gồm: trẻ em mồ côi, - Người cao tuổi cô đơn, - Người khuyết tật)');
  });

  it('"-" then "+" nest; a following numbered row is top level again', () => {
    const t = tree([
      [1, null, 'Tuyển sinh giáo dục nghề nghiệp', 'người', 2971],
      [null, null, '- Sơ cấp', 'người', 754],
      [null, null, '+ Nữ', 'người', 300],
      [null, null, 'Trong đó: dân tộc Khmer', 'người', 100],
      [null, null, '- Dưới 3 tháng', 'người', 2217],
      [2, null, 'Tốt nghiệp', 'người', 2000],
    ]);
    expect(shape(t)).toBe('Tuyển sinh giáo dục nghề nghiệp(- Sơ cấp(+ Nữ(Trong đó: dân tộc Khmer)), - Dưới 3 tháng), Tốt nghiệp');
  });

  it('STT 1.1 and a, b nest under the numbered row', () => {
    const t = tree([
      ['1', null, 'Người có công', 'người', 100],
      ['1.1', null, 'Thương binh', 'người', 60],
      ['a', null, 'Hạng 1/4', 'người', 10],
      ['b', null, 'Hạng 2/4', 'người', 20],
      ['1.2', null, 'Bệnh binh', 'người', 40],
      ['2', null, 'Thân nhân liệt sĩ', 'người', 50],
    ]);
    expect(shape(t)).toBe('Người có công(Thương binh(Hạng 1/4, Hạng 2/4), Bệnh binh), Thân nhân liệt sĩ');
  });

  it('upper-case letter STT A, B, C, D nest alike: C is a letter, not roman 100', () => {
    const t = tree([
      ['1', null, 'Người có công', 'người', 100],
      ['A', null, 'Thương binh', 'người', 40],
      ['B', null, 'Bệnh binh', 'người', 30],
      ['C', null, 'Thân nhân liệt sĩ', 'người', 20],
      ['D', null, 'Người hoạt động kháng chiến', 'người', 10],
      ['II', null, 'Bảo trợ xã hội', 'người', 50],
    ]);
    expect(shape(t)).toBe('Người có công(Thương binh, Bệnh binh, Thân nhân liệt sĩ, Người hoạt động kháng chiến), Bảo trợ xã hội');
  });

  it('lower-case roman STT (i, ii, iii) nest like letters', () => {
    const t = tree([
      ['1', null, 'Người có công', 'người', 100],
      ['i', null, 'Thương binh', 'người', 60],
      ['ii', null, 'Bệnh binh', 'người', 40],
      ['2', null, 'Thân nhân liệt sĩ', 'người', 50],
    ]);
    expect(shape(t)).toBe('Người có công(Thương binh, Bệnh binh), Thân nhân liệt sĩ');
  });

  it('a larger cell indent than the row above makes a child', () => {
    const t = tree([
      [null, null, 'Tạo việc làm', 'người', 3932],
      [null, null, ind('Đi làm việc ở nước ngoài', 1), 'người', 61],
      [null, null, ind('Thị trường Hàn Quốc', 2), 'người', 20],
      [null, null, ind('Thị trường Nhật Bản', 2), 'người', 25],
      [null, null, 'Tư vấn việc làm', 'lượt người', 2625],
    ]);
    expect(shape(t)).toBe('Tạo việc làm(Đi làm việc ở nước ngoài(Thị trường Hàn Quốc, Thị trường Nhật Bản)), Tư vấn việc làm');
  });

  it('names indented with typed spaces nest like a cell indent; one stray space does not', () => {
    const t = tree([
      [null, null, 'Tạo việc làm', 'người', 3932],
      [null, null, '    Đi làm việc ở nước ngoài', 'người', 61],
      [null, null, ' Tư vấn việc làm', 'lượt người', 2625],
    ]);
    expect(shape(t)).toBe('Tạo việc làm(Đi làm việc ở nước ngoài), Tư vấn việc làm');
  });

  it('group headings set `group` on the rows below them and break the hierarchy', () => {
    const t = tree([
      ['4.1', null, 'Hoạt động Bảo trợ xã hội', null, null],
      [1, null, 'Trợ cấp xã hội hằng tháng', 'người', 35000],
      [null, null, 'Trong đó: người cao tuổi', 'người', 20000],
      ['4.2', null, 'Công tác Trẻ em', null, null],
      [null, null, '- Trẻ em có hoàn cảnh đặc biệt được hỗ trợ', 'trẻ', 120],
    ]);
    expect(shape(t)).toBe('Trợ cấp xã hội hằng tháng(Trong đó: người cao tuổi), - Trẻ em có hoàn cảnh đặc biệt được hỗ trợ');
    expect(t.map((i) => i.group)).toEqual(['Hoạt động Bảo trợ xã hội', 'Công tác Trẻ em']);
    expect(t[0].children[0].group).toBe('Hoạt động Bảo trợ xã hội');
  });

  it('empty rows are skipped and rows without a name after the table are ignored', () => {
    const t = tree([
      [1, null, 'Tạo việc làm', 'người', 3932],
      [],
      [null, null, null, null, null],
      [2, null, 'Tư vấn việc làm', 'lượt người', 2625],
      [],
      [null, null, null, 'GIÁM ĐỐC'],
      [null, 'Mã Chí Thanh', null, null, 5],
    ]);
    expect(shape(t)).toBe('Tạo việc làm, Tư vấn việc làm');
  });

  it('a signature block after the table is not read as indicators, even with text under the month columns', () => {
    const parsed = parseWorkbook(
      workbook(
        infoSheet(),
        sheet('Bảo trợ xã hội', [
          H,
          [1, null, 'Trợ cấp xã hội hằng tháng', 'người', 35000],
          [],
          [null, null, 'NGƯỜI LẬP BIỂU', null, 'KT. GIÁM ĐỐC'],
          [null, null, null, null, 'PHÓ GIÁM ĐỐC'],
          [null, null, 'Nguyễn Văn B', null, 'Mã Chí Thanh'],
        ]),
      ),
    );
    expect(shape(parsed.sectors[0].indicators)).toBe('Trợ cấp xã hội hằng tháng');
    expect(parsed.findings).toEqual([]);
  });

  it('a blank spacer row inside the table does not end it: the next group heading still counts', () => {
    const t = tree([
      ['4.1', null, 'Hoạt động Bảo trợ xã hội', null, null],
      [1, null, 'Trợ cấp xã hội hằng tháng', 'người', 35000],
      [],
      ['4.2', null, 'Công tác Trẻ em', null, null],
      [1, null, 'Trẻ em được hỗ trợ', 'trẻ', 120],
    ]);
    expect(t.map((i) => i.group)).toEqual(['Hoạt động Bảo trợ xã hội', 'Công tác Trẻ em']);
  });

  it('inside the table, text in a figure cell stays an error (never silently dropped)', () => {
    const parsed = parseWorkbook(workbook(infoSheet(), sheet('Bảo trợ xã hội', [H, [1, null, 'Trợ cấp xã hội', null, 'khoảng 50']])));
    expect(parsed.findings.map((f) => f.code)).toEqual(['MISSING_UNIT', 'NOT_A_NUMBER']);
  });

  it('children of a coded parent keep codes; an uncoded "Trong đó" row attaches to the coded row above', () => {
    const t = tree([
      [1, 'GN01', 'Số hộ nghèo', 'hộ', 9000],
      [null, null, 'Trong đó: hộ dân tộc Khmer', 'hộ', 5000],
      [2, 'GN02', 'Số hộ cận nghèo', 'hộ', 8000],
    ]);
    expect(shape(t)).toBe('Số hộ nghèo(Trong đó: hộ dân tộc Khmer), Số hộ cận nghèo');
  });
});

describe('hierarchy invariants (fast-check)', () => {
  const rowArb = fc.record({
    stt: fc.constantFrom(null, '1', '2', '1.1', '1.2.1', 'a', 'b', '-', '+', 'I', 'II'),
    code: fc.constantFrom(null, null, 'A', 'A.1', 'A.1.1', 'B', 'B.2', 'C.1'),
    prefix: fc.constantFrom('', '', 'Trong đó: ', 'Gồm: ', '- ', '+ '),
    indent: fc.integer({ min: 0, max: 3 }),
    heading: fc.boolean(),
  });

  it('every indicator row appears exactly once in the tree, and levels follow nesting', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 25 }), (specs) => {
        const rows: Raw[][] = specs.map((s, i) => [s.stt, s.code, ind(`${s.prefix}Chỉ tiêu ${i}`, s.indent), s.heading ? null : 'người', s.heading ? null : i]);
        const t = tree(rows);
        const seen: string[] = [];
        const walk = (list: Indicator[], level: number) => {
          for (const x of list) {
            expect(x.level).toBe(level);
            seen.push(x.name);
            walk(x.children, level + 1);
          }
        };
        walk(t, 0);
        expect(seen.sort()).toEqual(specs.map((s, i) => (s.heading ? null : `${s.prefix}Chỉ tiêu ${i}`)).filter((x): x is string => x !== null).sort());
      }),
      { numRuns: 300 },
    );
  });
});
