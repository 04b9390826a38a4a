/**
 * Browser entry for browser.test.ts: builds the fixture .docx inside Chromium
 * and hands the bytes back as base64 (plus what the page saw).
 */
import { buildDocx } from '../../../src/docx/buildDocx';
import { sampleNarrative, sampleReport } from '../fixtures';

async function makeDocx(): Promise<{ isUint8Array: boolean; blobSize: number; base64: string; nodeBuffer: string }> {
  const bytes = await buildDocx(sampleNarrative(), sampleReport());
  const blob = new Blob([new Uint8Array(bytes)], {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
  let bin = '';
  for (let i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i]);
  return {
    isUint8Array: bytes instanceof Uint8Array,
    blobSize: blob.size,
    base64: btoa(bin),
    nodeBuffer: typeof (globalThis as { Buffer?: unknown }).Buffer,
  };
}

(window as unknown as { makeDocx: typeof makeDocx }).makeDocx = makeDocx;
