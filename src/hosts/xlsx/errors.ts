/**
 * The one error class of the .xlsx read path: its message is one line,
 * Vietnamese with the English in brackets, naming the file (and the sheet and
 * cell where there is one), fit to show to the user as it is. Anything else
 * thrown while reading is a bug.
 */
export class XlsxReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XlsxReadError';
  }
}
