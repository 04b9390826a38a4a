/**
 * Fuzz of the read path: random bytes, random zip entries and mutated real
 * workbooks (the sample with bytes flipped, entries removed, XML mutated) fed
 * to readXlsx, and whatever reads fed on to the engine (parse, compute,
 * layouts). Allowed outcomes: a clean refusal (XlsxReadError, one line,
 * Vietnamese with the English in brackets) or a report with findings. Any
 * other exception fails with the case's seed, to reproduce it.
 *
 * The normal suite runs a few thousand cheap cases and ~80 that reach ExcelJS
 * (a few seconds); BCN_FUZZ=<factor> multiplies every count (BCN_FUZZ=20 ≈ 2 min).
 */
import JSZip from 'jszip';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { readXlsx, XlsxReadError } from '../../../src/hosts/xlsx/read';
import { computeReport, parsePeriodKey, parseWorkbook } from '../../../src/engine';
import { outputLayouts, runReport } from '../../../src/pipeline/pipeline';
import { rawWorkbookZip, rng, rowXml, SECTOR_ROWS, zipBytes } from './hostile';

const FACTOR = Math.max(1, Number(process.env.BCN_FUZZ) || 1);
const SAMPLE = path.join(__dirname, '../../../assets/sample/so-lieu-nganh-2024.xlsx');

type Outcome = 'refused' | 'read';
const tally: Record<string, Record<Outcome, number>> = {};

/** Read, then parse / compute / lay out; throws only on an unexpected failure. */
async function feed(kind: string, seed: number, bytes: Uint8Array): Promise<void> {
  const t = (tally[kind] ??= { refused: 0, read: 0 });
  let grid;
  try {
    grid = await readXlsx(bytes, 'fuzz.xlsx');
  } catch (e) {
    if (!(e instanceof XlsxReadError)) throw new Error(`${kind} seed ${seed}: unexpected ${String((e as Error)?.stack ?? e)}`);
    const msg = e.message;
    if (msg.includes('\n') || !/\(.*[a-z].*\)\.?$/.test(msg) || !msg.includes('"fuzz.xlsx"'))
      throw new Error(`${kind} seed ${seed}: refusal not one clean line: ${msg}`);
    t.refused++;
    return;
  }
  try {
    const parsed = parseWorkbook(grid);
    const period = parsePeriodKey('T6', parsed.year ?? 2024)!;
    computeReport(parsed, period);
    if (parsed.sectors.length) outputLayouts(runReport(parsed, period), { report: 'BC T6-2024', narrative: 'ND T6-2024' });
  } catch (e) {
    throw new Error(`${kind} seed ${seed}: engine failed on a grid the reader accepted: ${String((e as Error)?.stack ?? e)}`);
  }
  t.read++;
}

const HEADS = [[], [0x50, 0x4b, 0x03, 0x04], [0x50, 0x4b, 0x05, 0x06], [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], [0x3c, 0x3f, 0x78]];

function randomBytes(r: () => number): Uint8Array {
  const head = HEADS[Math.floor(r() * HEADS.length)];
  const b = new Uint8Array(head.length + Math.floor(r() * 3000));
  b.set(head);
  for (let i = head.length; i < b.length; i++) b[i] = Math.floor(r() * 256);
  return b;
}

const NAMES = ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/styles.xml', 'docProps/core.xml', 'word/document.xml', 'mimetype', 'content.xml', 'xl/workbook.bin', 'a/b/c.txt'];
const FRAGMENTS = ['<', '>', '</', '<?xml version="1.0"?>', '<workbook>', '<sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets>', '<sheetData>', '<row r="1">', '<c r="A1" t="s"><v>0</v></c>', '<c r="B2"><f>SUM(A1)</f></c>', '&amp;', '&#0;', '\u0000', 'Chỉ tiêu', 'T6', '<mergeCell ref="A1:XFD1048576"/>', '<si><t>x</t></si>', '"', "'"];

async function randomZip(r: () => number): Promise<Uint8Array> {
  const z = new JSZip();
  const n = 1 + Math.floor(r() * 8);
  for (let i = 0; i < n; i++) {
    const name = r() < 0.8 ? NAMES[Math.floor(r() * NAMES.length)] : `x${Math.floor(r() * 1e6)}.xml`;
    let content = '';
    const parts = Math.floor(r() * 30);
    for (let j = 0; j < parts; j++) content += FRAGMENTS[Math.floor(r() * FRAGMENTS.length)];
    z.file(name, content);
  }
  return z.generateAsync({ type: 'uint8array', compression: r() < 0.5 ? 'DEFLATE' : 'STORE' });
}

function flipBytes(r: () => number, src: Uint8Array): Uint8Array {
  const b = Uint8Array.from(src);
  const n = 1 + Math.floor(r() * 20);
  for (let i = 0; i < n; i++) b[Math.floor(r() * b.length)] ^= 1 << Math.floor(r() * 8);
  if (r() < 0.2) return b.subarray(0, Math.floor(r() * b.length));
  return b;
}

const XML_MUTATIONS: ((s: string, r: () => number) => string)[] = [
  (s, r) => {
    const i = Math.floor(r() * s.length);
    return s.slice(0, i) + s.slice(i + Math.floor(r() * 200)); // delete a stretch
  },
  (s, r) => {
    const i = Math.floor(r() * s.length);
    return s.slice(0, i) + FRAGMENTS[Math.floor(r() * FRAGMENTS.length)] + s.slice(i); // insert a fragment
  },
  (s) => s.replace(/<v>(\d+)<\/v>/, '<v>1e309</v>'), // a number that overflows
  (s) => s.replace(/<v>(\d+)<\/v>/g, (m, d, o) => (o % 7 === 0 ? '<v>NaN</v>' : m)),
  (s) => s.replace(/<f>[^<]*<\/f><v>[^<]*<\/v>/, '<f>SUM(A1:A2)</f>'), // a formula without a result
  (s) => s.replace(/r="([A-Z]+)(\d+)"/, 'r="XFD1048576"'),
  (s) => s.replace(/<sheetData>/, '<sheetData><row r="0"><c r="A0"><v>1</v></c></row>'),
  (s) => s.replace(/ t="s"/g, ' t="e"'),
  (s) => s.replace(/<\/sheetData>/, '</sheetData><mergeCells count="1"><mergeCell ref="E5:P5"/></mergeCells>'),
  (s) => s.replace(/<t>([^<]*)<\/t>/, '<t>\u202e\u009b31m$1\ufeff</t>'),
];

async function mutateSample(r: () => number, sample: Uint8Array): Promise<Uint8Array> {
  const z = await JSZip.loadAsync(sample);
  const names = Object.keys(z.files).filter((n) => !z.files[n].dir);
  const what = r();
  if (what < 0.3) {
    z.remove(names[Math.floor(r() * names.length)]);
  } else {
    const xmlNames = names.filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
    const name = xmlNames[Math.floor(r() * xmlNames.length)];
    let xml = await z.file(name)!.async('string');
    const k = 1 + Math.floor(r() * 3);
    for (let i = 0; i < k; i++) xml = XML_MUTATIONS[Math.floor(r() * XML_MUTATIONS.length)](xml, r);
    z.file(name, xml);
  }
  return z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

let sample: Uint8Array;
beforeAll(async () => {
  sample = new Uint8Array(await fs.readFile(SAMPLE));
});
afterAll(() => {
  // the mix of outcomes, to see the fuzz reaches both sides
  console.log(`fuzz (factor ${FACTOR}): ${JSON.stringify(tally)}`);
});

describe('fuzzing the read path', () => {
  it(`random bytes (${1500 * FACTOR} cases)`, async () => {
    for (let i = 0; i < 1500 * FACTOR; i++) await feed('bytes', i, randomBytes(rng(i)));
    expect(tally.bytes.refused).toBe(1500 * FACTOR);
  });

  it(`random zip entries (${500 * FACTOR} cases)`, async () => {
    for (let i = 0; i < 500 * FACTOR; i++) await feed('zip', i, await randomZip(rng(10_000 + i)));
    expect(tally.zip.refused + tally.zip.read).toBe(500 * FACTOR);
  }, 60_000 * FACTOR);

  it(`the sample with bytes flipped or cut (${300 * FACTOR} cases)`, async () => {
    for (let i = 0; i < 300 * FACTOR; i++) await feed('flipped', i, flipBytes(rng(20_000 + i), sample));
  }, 60_000 * FACTOR);

  it(`the sample with entries removed or XML mutated (${40 * FACTOR} cases)`, async () => {
    for (let i = 0; i < 40 * FACTOR; i++) await feed('mutated', i, await mutateSample(rng(30_000 + i), sample));
    expect(tally.mutated.read).toBeGreaterThan(0); // some mutations still read: the engine gets fuzzed too
  }, 60_000 * FACTOR);

  it('a hand-written sector sheet with hostile values reads or refuses cleanly', async () => {
    const rows = [...SECTOR_ROWS, rowXml(6, ['3', '\u0000', 'người', '1e400', '-0', 'NaN', '∞', '１２', '1.234.567,8'])];
    await feed('hand', 0, await zipBytes(rawWorkbookZip([{ name: 'Việc làm', rows }])));
  });
});
