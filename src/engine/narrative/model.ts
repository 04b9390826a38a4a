/**
 * The narrative as a small document model. One model, several renderers:
 * plain text, the `ND <period>` sheet, HTML for the clipboard, and .docx.
 */

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type Block =
  /** level 1: "I. TÌNH HÌNH THỰC HIỆN THÁNG 6 NĂM 2024"; level 2: "1. Việc làm"; level 3: "4.1. Hoạt động …". */
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  /**
   * A body paragraph (first-line indented, justified in Word). `source` tells
   * where it came from: the staff's "Nội dung" rows, sentences generated from
   * the figures, the plan-targets summary line, or the document's frame (the
   * opening, the closing, the general sentence of an empty tasks section).
   */
  | { type: 'paragraph'; runs: Run[]; source: 'staff' | 'generated' | 'summary' | 'frame' };

export interface NarrativeDoc {
  /** Subject line under "BÁO CÁO", e.g. "Kết quả thực hiện nhiệm vụ tháng 6 năm 2024 và nhiệm vụ trọng tâm tháng 7 năm 2024". */
  subject: string;
  blocks: Block[];
}
