/**
 * File-system failures (Node `errno` codes) in Vietnamese with the English in
 * brackets — never the raw "EACCES: permission denied, open …" text.
 */
export function fsErrorText(e: unknown, op: 'read' | 'write'): string {
  const err = e as NodeJS.ErrnoException | undefined;
  const code = err?.code ?? '';
  switch (code) {
    case 'ENOENT':
      return op === 'read'
        ? 'không tìm thấy tệp — kiểm tra lại đường dẫn (file not found)'
        : 'thư mục không còn tồn tại (the folder does not exist)';
    case 'EACCES':
    case 'EPERM':
      return op === 'read'
        ? 'không có quyền đọc tệp (permission denied)'
        : 'không có quyền ghi, hoặc tệp đang mở trong Excel/Word — đóng tệp rồi chạy lại (permission denied, or the file is open)';
    case 'EBUSY':
    case 'ETXTBSY':
      return 'tệp đang được chương trình khác dùng — đóng nó rồi chạy lại (the file is in use)';
    case 'EISDIR':
      return 'đây là thư mục, không phải tệp (is a directory)';
    case 'ENOTDIR':
      return 'một phần của đường dẫn không phải thư mục (a part of the path is not a folder)';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'hết dung lượng đĩa — giải phóng chỗ trống rồi chạy lại (disk full)';
    case 'EFBIG':
    case 'ERR_FS_FILE_TOO_LARGE':
      return 'tệp quá lớn (file too large)';
    case 'EROFS':
      return 'ổ đĩa chỉ cho đọc — chọn thư mục khác bằng --out (read-only file system)';
    case 'ENAMETOOLONG':
      return 'đường dẫn quá dài — chọn thư mục ngắn hơn (path too long)';
    case 'ELOOP':
      return 'đường dẫn có liên kết vòng (too many symbolic links)';
    case 'EMFILE':
    case 'ENFILE':
      return 'hệ thống đang mở quá nhiều tệp — thử lại sau (too many open files)';
    case 'EIO':
      return 'lỗi đọc/ghi của ổ đĩa — kiểm tra ổ đĩa hoặc thẻ nhớ (input/output error)';
    case 'EEXIST':
      return 'đã có tệp cùng tên (the file already exists)';
    case 'EXDEV':
      return 'không chuyển được tệp giữa hai ổ đĩa (cross-device move)';
    default:
      return code
        ? `lỗi hệ thống tệp ${code} (file-system error ${code})`
        : 'lỗi hệ thống tệp không rõ (unknown file-system error)';
  }
}
