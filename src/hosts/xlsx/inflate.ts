/**
 * Raw-deflate inflation for `inspectXlsx` without Node's zlib (the offline page
 * runs the same read path in the browser): fflate's streaming Inflate, fed in
 * 64 KB slices, refusing as soon as the output passes `maxBytes` — a zip bomb
 * never gets more than one slice's output past the budget.
 */
import { Inflate as FflateInflate } from 'fflate';
import type { Inflate } from './inspect';

const SLICE = 64 * 1024;

export const streamInflate: Inflate = (data, maxBytes) => {
  const parts: Uint8Array[] = [];
  let total = 0;
  const inflater = new FflateInflate((chunk) => {
    total += chunk.length;
    if (total > maxBytes) throw new Error(`inflated data exceeds ${maxBytes} bytes`);
    parts.push(chunk);
  });
  for (let at = 0; at < data.length || at === 0; at += SLICE) {
    const end = Math.min(at + SLICE, data.length);
    inflater.push(data.subarray(at, end), end >= data.length);
    if (end >= data.length) break;
  }
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
};
