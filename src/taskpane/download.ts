/** Saves bytes as a file through a Blob and a temporary <a download>. */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function downloadBytes(
  bytes: Uint8Array,
  fileName: string,
  mime: string = DOCX_MIME,
  doc: Document = document,
): void {
  // Copy into a fresh ArrayBuffer-backed view so Blob accepts it under every lib typing.
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  const blob = new Blob([copy.buffer], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Give the browser time to start the download before the URL dies.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

/** "BC T6-2024" → "BC T6-2024.docx"; strips characters Windows forbids in file names. */
export function docxFileName(base: string): string {
  const clean = base
    // Control characters are invalid in file names: removing them is the point.
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `${clean || 'Báo cáo'}.docx`;
}
