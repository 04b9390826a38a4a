import { renderTemplate } from '../../../src/engine/narrative/template';

const values = {
  ten: 'Số lao động được tạo việc làm',
  dvt: 'người',
  ky: 'tháng 6 năm 2024',
  ky_luy_ke: 'tháng 6/2024',
  nam_truoc: '2023',
  pham_vi: 'toàn tỉnh',
  thuc_hien: '3.932',
  luy_ke: '16.344',
  ke_hoach: '28.500',
  ty_le_kh: '57,35%',
  cung_ky: null,
  so_cung_ky: null,
  chi_tiet: '',
  chi_tiet_luy_ke: '',
};

describe('renderTemplate', () => {
  it('fills every contract placeholder and the extensions', () => {
    expect(renderTemplate('{ten} { ky }: {thuc_hien} {dvt}; kế hoạch năm {ke_hoach} {dvt}.', values)).toEqual([
      'Số lao động được tạo việc làm tháng 6 năm 2024: 3.932 người; kế hoạch năm 28.500 người.',
    ]);
  });

  it('removes only the inner parenthesis whose figure is missing', () => {
    expect(
      renderTemplate('Lũy kế {luy_ke} {dvt} (đạt {ty_le_kh} kế hoạch (cùng kỳ {cung_ky} {dvt})).', values),
    ).toEqual(['Lũy kế 16.344 người (đạt 57,35% kế hoạch).']);
  });

  it('removes the clause with the missing figure and keeps the rest', () => {
    expect(
      renderTemplate('Lũy kế {luy_ke} {dvt}, {so_cung_ky} so với cùng kỳ; đạt {ty_le_kh} kế hoạch.', values),
    ).toEqual(['Lũy kế 16.344 người; đạt 57,35% kế hoạch.']);
  });

  it('drops a sentence left with no figure, keeps sentences without placeholders', () => {
    expect(renderTemplate('Cùng kỳ năm trước: {cung_ky} {dvt}. Công tác được triển khai kịp thời.', values)).toEqual([
      'Công tác được triển khai kịp thời.',
    ]);
  });

  it('tidies an empty {chi_tiet} and keeps the "./." ending', () => {
    expect(renderTemplate('Tuyển sinh {thuc_hien} {dvt} {chi_tiet}./.', values)).toEqual(['Tuyển sinh 3.932 người./.']);
  });

  it('never throws on broken braces, parentheses or non-string input', () => {
    expect(renderTemplate('Tạo việc làm ({thuc_hien} {dvt} {', values)).toEqual(['Tạo việc làm (3.932 người {.']);
    expect(renderTemplate('((({cung_ky})))', values)).toEqual([]);
    expect(renderTemplate(null as unknown as string, values)).toEqual([]);
    expect(renderTemplate('', values)).toEqual([]);
  });
});
