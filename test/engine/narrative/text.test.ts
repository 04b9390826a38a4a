import { cleanName, lowerFirst, subjectName, withUnit } from '../../../src/engine/narrative/text';

describe('names inside sentences', () => {
  it('cleans list marks, numbering and "Trong đó:" from names', () => {
    expect(cleanName('Trong đó: Đưa người lao động đi làm việc ở nước ngoài theo hợp đồng')).toBe(
      'Đưa người lao động đi làm việc ở nước ngoài theo hợp đồng',
    );
    expect(cleanName('- Sơ cấp')).toBe('Sơ cấp');
    expect(cleanName('1.1. Số người tuyển sinh:')).toBe('Số người tuyển sinh');
    expect(cleanName('a) Cao đẳng')).toBe('Cao đẳng');
    expect(cleanName('Gồm: trẻ em mồ côi')).toBe('trẻ em mồ côi');
    expect(cleanName('Trình độ dưới 3 tháng')).toBe('Trình độ dưới 3 tháng');
  });

  it('lowers the first letter of common names but not of abbreviations or proper names', () => {
    expect(lowerFirst('Sơ cấp')).toBe('sơ cấp');
    expect(lowerFirst('Người cao tuổi cô đơn')).toBe('người cao tuổi cô đơn');
    expect(lowerFirst('Hồ sơ Bà mẹ Việt Nam anh hùng')).toBe('hồ sơ Bà mẹ Việt Nam anh hùng');
    expect(lowerFirst('BHTN chi trả')).toBe('BHTN chi trả');
    expect(lowerFirst('Trung tâm Bảo trợ xã hội')).toBe('Trung tâm Bảo trợ xã hội');
    expect(lowerFirst('Bà mẹ Việt Nam anh hùng')).toBe('Bà mẹ Việt Nam anh hùng');
    expect(lowerFirst('Sở Nội vụ')).toBe('Sở Nội vụ');
    expect(lowerFirst('Trung tâm giáo dục nghề nghiệp')).toBe('trung tâm giáo dục nghề nghiệp');
  });

  it('makes a counted noun the subject with "Số"', () => {
    expect(subjectName('Phiên giao dịch việc làm', 'phiên')).toBe('Số phiên giao dịch việc làm');
    expect(subjectName('Học viên đang được quản lý', 'người')).toBe('Số học viên đang được quản lý');
    expect(subjectName('Hồ sơ Bà mẹ Việt Nam anh hùng đề nghị thẩm định', 'hồ sơ')).toBe(
      'Số hồ sơ Bà mẹ Việt Nam anh hùng đề nghị thẩm định',
    );
    expect(subjectName('Số lao động được tạo việc làm', 'người')).toBe('Số lao động được tạo việc làm');
    expect(subjectName('Tỷ lệ hộ nghèo', '%')).toBe('Tỷ lệ hộ nghèo');
    expect(subjectName('Kinh phí chi trả trợ cấp', 'triệu đồng')).toBe('Kinh phí chi trả trợ cấp');
    expect(subjectName('Tuyển sinh giáo dục nghề nghiệp', 'người')).toBe('Tuyển sinh giáo dục nghề nghiệp');
    expect(subjectName('Đưa người lao động đi làm việc ở nước ngoài', 'người')).toBe(
      'Đưa người lao động đi làm việc ở nước ngoài',
    );
  });

  it('writes a value with its unit', () => {
    expect(withUnit(2.27, '%', 'rate')).toBe('2,27%');
    expect(withUnit(1, 'giấy phép', 'flow')).toBe('01 giấy phép');
    expect(withUnit(163443, 'triệu đồng', 'flow')).toBe('163.443 triệu đồng');
    expect(withUnit(22, '', 'flow')).toBe('22');
    // a percentage never gets the count's leading zero, whatever its kind
    expect(withUnit(5, '%', 'flow')).toBe('5%');
  });
});
