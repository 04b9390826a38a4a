/** The "Thông tin" sheet. */
import { parseWorkbook } from '../../src/engine';
import { infoSheet, jobsSheet, sheet, workbook } from './fixtures';

describe('Thông tin', () => {
  it('reads every key, recipients one per row', () => {
    const p = parseWorkbook(workbook(infoSheet(), jobsSheet()));
    expect(p.info).toEqual({
      coQuanChuQuan: 'UBND TỈNH SÓC TRĂNG',
      tenCoQuan: 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
      diaDanh: 'Sóc Trăng',
      namBaoCao: 2024,
      soKyHieu: '/BC-SLĐTBXH',
      phamVi: 'toàn tỉnh',
      quyenHanKy: 'KT. GIÁM ĐỐC',
      chucVuNguoiKy: 'PHÓ GIÁM ĐỐC',
      nguoiKy: 'Mã Chí Thanh',
      noiNhan: ['- Bộ LĐTBXH;', '- UBND tỉnh;', '- Lưu: VT, VP.'],
    });
    expect(p.findings).toEqual([]);
  });

  it('keys match without diacritics and case; recipients in one cell with line breaks; agency names are data', () => {
    const s = sheet('THONG TIN', [
      ['THÔNG TIN ĐƠN VỊ'],
      ['CO QUAN CHU QUAN', 'UBND XÃ PHÚ LỘC'],
      ['Tên  cơ quan:', 'VĂN PHÒNG HĐND VÀ UBND XÃ'],
      ['dia danh', 'Phú Lộc'],
      ['Năm báo cáo', '2025'],
      ['Số, ký hiệu', '/BC-UBND'],
      ['Phạm vi', 'toàn xã'],
      ['Quyền hạn ký', 'TM. ỦY BAN NHÂN DÂN'],
      ['Chức vụ người ký', 'CHỦ TỊCH'],
      ['Người ký', 'Trần Văn A'],
      ['Nơi nhận', '- Sở Nội vụ;\n- Sở Y tế;\n\n- Lưu: VT.'],
    ]);
    const p = parseWorkbook(workbook(s, jobsSheet()));
    expect(p.info.tenCoQuan).toBe('VĂN PHÒNG HĐND VÀ UBND XÃ');
    expect(p.info.namBaoCao).toBe(2025);
    expect(p.year).toBe(2025);
    expect(p.info.noiNhan).toEqual(['- Sở Nội vụ;', '- Sở Y tế;', '- Lưu: VT.']);
    expect(p.findings).toEqual([]);
  });

  it('a numbering column before the keys is allowed', () => {
    const s = sheet('Thông tin', [
      ['STT', 'Mục', 'Nội dung'],
      [1, 'Tên cơ quan', 'SỞ NỘI VỤ'],
      [2, 'Năm báo cáo', 2025],
      [3, 'Nơi nhận', '- UBND tỉnh;'],
      [null, null, '- Lưu: VT.'],
    ]);
    const p = parseWorkbook(workbook(s, jobsSheet()));
    expect(p.info).toMatchObject({ tenCoQuan: 'SỞ NỘI VỤ', namBaoCao: 2025, noiNhan: ['- UBND tỉnh;', '- Lưu: VT.'] });
    expect(p.findings[0].cell).toBe('B6');
  });

  it('an unreadable year is named in the finding', () => {
    const p = parseWorkbook(workbook(infoSheet({ 'Năm báo cáo': 'năm nay' }), jobsSheet()));
    expect(p.info.namBaoCao).toBeNull();
    expect(p.findings[0].message.vi).toContain("Năm báo cáo ('năm nay' không phải là năm)");
  });

  it('missing keys fall back to neutral (empty) defaults', () => {
    const p = parseWorkbook(workbook(infoSheet({}, ['Người ký', 'Nơi nhận', 'Năm báo cáo']), jobsSheet()));
    expect(p.info).toMatchObject({ nguoiKy: '', noiNhan: [], namBaoCao: null });
    expect(p.year).toBeNull();
    expect(p.findings.map((f) => f.code)).toEqual(['MISSING_INFO_KEY']);
    expect(p.findings[0].message.vi).toContain('Năm báo cáo, Người ký, Nơi nhận');
  });
});
