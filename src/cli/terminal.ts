/**
 * What reaches the terminal: text from cells and sheet names can hold escape
 * sequences (ESC [ … m, OSC 52 that writes the clipboard, a C1 CSI), bell,
 * backspace or bidirectional overrides that repaint or reorder what the user
 * reads. The readable output shows each such character as "�"; the JSON output
 * keeps it, escaped as \uXXXX (still the same string for a JSON reader).
 */

// eslint-disable-next-line no-control-regex -- control characters are what this removes
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** Text for the terminal: line feeds and tabs kept, every other control or bidi character shown as "�". */
export function forTerminal(text: string): string {
  return text.replace(UNSAFE, '\ufffd');
}

/** JSON text with the characters above escaped (JSON.stringify leaves C1 and bidi controls raw). */
export function jsonForTerminal(json: string): string {
  return json.replace(UNSAFE, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}
