/**
 * Opens a .docx (bytes) with jszip and gives the tests the parts they assert
 * on, plus a rough paragraph view (text + run properties) of document.xml.
 * Regex-based on purpose: the files come from one generator, and the tests
 * need text and a few attributes, not a full XML model.
 */
import JSZip from 'jszip';

export interface RunInfo {
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  /** Half-points, when the run sets a size. */
  size: number | null;
}

export interface ParaInfo {
  xml: string;
  text: string;
  style: string | null;
  align: string | null;
  runs: RunInfo[];
}

export interface DocxParts {
  zip: JSZip;
  document: string;
  styles: string;
  /** Header XML by relationship type of the section reference: e.g. headers[0].default, headers[0].first. */
  sectionHeaders: { default?: string; first?: string }[];
  paragraphs: ParaInfo[];
  /** Top-level tables of the body, in order (nested tables are not used by buildDocx). */
  tables: string[];
  /** Section properties in order (the last one is the body's final w:sectPr). */
  sections: string[];
}

export const decode = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

const on = (rPr: string, tag: string): boolean => {
  const m = rPr.match(new RegExp(`<w:${tag}(?: w:val="([^"]*)")?\\s*/>`));
  return !!m && m[1] !== 'false' && m[1] !== '0' && m[1] !== 'none';
};

export function paragraphsOf(xml: string): ParaInfo[] {
  const out: ParaInfo[] = [];
  for (const m of xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)) {
    const p = m[1];
    const runs: RunInfo[] = [];
    for (const r of p.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)) {
      const body = r[1];
      const rPr = body.match(/<w:rPr>([\s\S]*?)<\/w:rPr>/)?.[1] ?? '';
      const text = [...body.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:br\/>/g)]
        .map((t) => (t[0] === '<w:br/>' ? '\n' : decode(t[1])))
        .join('');
      const sz = rPr.match(/<w:sz w:val="(\d+)"/);
      runs.push({
        text,
        bold: on(rPr, 'b'),
        italic: on(rPr, 'i'),
        underline: /<w:u w:val="(?!none)/.test(rPr),
        size: sz ? Number(sz[1]) : null,
      });
    }
    out.push({
      xml: p,
      text: runs.map((r) => r.text).join(''),
      style: p.match(/<w:pStyle w:val="([^"]+)"/)?.[1] ?? null,
      align: p.match(/<w:pPr>[\s\S]*?<w:jc w:val="([^"]+)"/)?.[1] ?? null,
      runs,
    });
  }
  return out;
}

export async function openDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string): Promise<string> => {
    const f = zip.file(name);
    if (!f) throw new Error(`${name} missing from the .docx`);
    return f.async('string');
  };
  const document = await read('word/document.xml');
  const styles = await read('word/styles.xml');
  const rels = await read('word/_rels/document.xml.rels');
  const target = (id: string): string | undefined =>
    rels.match(new RegExp(`<Relationship[^>]*Id="${id}"[^>]*Target="([^"]+)"`))?.[1] ??
    rels.match(new RegExp(`<Relationship[^>]*Target="([^"]+)"[^>]*Id="${id}"`))?.[1];

  const sections = [...document.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
  const sectionHeaders: DocxParts['sectionHeaders'] = [];
  for (const s of sections) {
    const h: { default?: string; first?: string } = {};
    for (const ref of s.matchAll(/<w:headerReference w:type="(\w+)" r:id="(\w+)"\/>/g)) {
      const t = target(ref[2]);
      if (t && (ref[1] === 'default' || ref[1] === 'first')) h[ref[1]] = await read(`word/${t}`);
    }
    sectionHeaders.push(h);
  }

  // Top-level tables: body children only (buildDocx never nests tables).
  const tables = [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
  return { zip, document, styles, sectionHeaders, paragraphs: paragraphsOf(document), tables, sections };
}

export const attr = (xml: string, tag: string, name: string): string | undefined =>
  xml.match(new RegExp(`<w:${tag}\\b[^>]*\\sw:${name}="([^"]*)"`))?.[1];

export const num = (xml: string, tag: string, name: string): number => Number(attr(xml, tag, name));

/** 1 mm in twips. */
export const MM = 1440 / 25.4;
