/**
 * Structural checks of manifest.xml, offline (the online validator is
 * `npm run validate`). Parsed with xml2js.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseStringPromise } from 'xml2js';
import { REQUIRED_SETS } from '../../src/taskpane/platform';

const ROOT = join(__dirname, '../..');
const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

type Node = { $?: Record<string, string>; _?: string; [k: string]: unknown };

/** Every element (with its tag) in document order. */
function walk(node: unknown, tag = '', out: { tag: string; node: Node }[] = []): { tag: string; node: Node }[] {
  if (Array.isArray(node)) {
    for (const n of node) walk(n, tag, out);
  } else if (typeof node === 'string') {
    out.push({ tag, node: { _: node } });
  } else if (node && typeof node === 'object') {
    out.push({ tag, node: node as Node });
    for (const [k, v] of Object.entries(node)) if (k !== '$' && k !== '_') walk(v, k, out);
  }
  return out;
}

let root: Node;
let all: { tag: string; node: Node }[];
beforeAll(async () => {
  const doc = (await parseStringPromise(xml)) as { OfficeApp: Node };
  root = doc.OfficeApp;
  all = walk(root, 'OfficeApp');
});
const elements = (tag: string) => all.filter((e) => e.tag === tag).map((e) => e.node);
const attr = (n: Node, a: string) => n.$?.[a];
/** Text content of the elements named `tag`. */
const texts = (tag: string) => elements(tag).map((n) => n._);

function pngSize(file: string): { w: number; h: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString()).toBe('PNG');
  return { w: b.readUInt32BE(16), h: b.readUInt32BE(20) };
}

describe('manifest.xml', () => {
  it('is a Vietnamese-first task pane add-in for Excel workbooks only', () => {
    expect(attr(root, 'xsi:type')).toBe('TaskPaneApp');
    expect(texts('DefaultLocale')).toEqual(['vi-VN']);
    const hosts = elements('Host');
    expect(hosts.map((h) => attr(h, 'Name') ?? attr(h, 'xsi:type'))).toEqual(['Workbook', 'Workbook']);
    expect(texts('Permissions')).toEqual(['ReadWriteDocument']);
  });

  it("carries the package version, and the build stamps package.json's version into dist/manifest.xml", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pkg = require('../../package.json') as { version: string };
    expect(texts('Version')).toEqual([`${pkg.version}.0`]);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { setManifestVersion } = require('../../webpack.config.js') as {
      setManifestVersion: (xml: string, version: string) => string;
    };
    // A release bumps package.json (npm version minor): the built manifest follows, so Office sees a new version.
    const built = setManifestVersion(xml, '1.4.2');
    expect(built.match(/<Version>[^<]*<\/Version>/g)).toEqual(['<Version>1.4.2.0</Version>']);
    expect(built.replace('<Version>1.4.2.0</Version>', '')).toBe(xml.replace(/<Version>[^<]*<\/Version>/, ''));
    expect(() => setManifestVersion(xml, 'next')).toThrow(/not x\.y\.z/);
  });

  it('has a stable, valid GUID', () => {
    expect(texts('Id')[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
  });

  it('requires SharedRuntime 1.1 and an ExcelApi version, nothing else', () => {
    const sets = elements('Set').map((s) => `${attr(s, 'Name')} ${attr(s, 'MinVersion')}`);
    expect(sets).toContain('SharedRuntime 1.1');
    expect(sets.filter((s) => s.startsWith('ExcelApi'))).toHaveLength(1);
    expect(sets).toHaveLength(2);
  });

  it('asks for the same requirement sets as the task pane checks at start-up (no host accepted then refused)', () => {
    const sets = elements('Set').map((s) => `${attr(s, 'Name')} ${attr(s, 'MinVersion')}`);
    expect(REQUIRED_SETS.map((s) => `${s.name} ${s.version}`).sort()).toEqual([...sets].sort());
  });

  it('runs the commands and the pane in one long-lived runtime (the task pane page)', () => {
    const runtimes = elements('Runtime');
    expect(runtimes).toHaveLength(1);
    expect(attr(runtimes[0], 'lifetime')).toBe('long');
    const page = attr(runtimes[0], 'resid');
    expect(attr(elements('FunctionFile')[0], 'resid')).toBe(page);
    const paneSource = all.find((e) => e.tag === 'SourceLocation' && attr(e.node, 'resid'));
    expect(attr(paneSource!.node, 'resid')).toBe(page);
    expect(texts('TaskpaneId')).toHaveLength(1);
  });

  it('keeps the element order the schema and the shared-runtime docs require', () => {
    // OfficeApp children in TaskPaneApp schema order (validators reject other orders).
    expect(Object.keys(root).filter((k) => k !== '$')).toEqual([
      'Id',
      'Version',
      'ProviderName',
      'DefaultLocale',
      'DisplayName',
      'Description',
      'IconUrl',
      'HighResolutionIconUrl',
      'SupportUrl',
      'AppDomains',
      'Hosts',
      'Requirements',
      'DefaultSettings',
      'Permissions',
      'VersionOverrides',
    ]);
    // "The <Runtimes> section must be entered after the <Host> element in the exact order shown."
    const host = elements('Host').find((h) => attr(h, 'xsi:type') === 'Workbook')!;
    expect(Object.keys(host).filter((k) => k !== '$')).toEqual(['Runtimes', 'DesktopFormFactor']);
    const desktop = (host.DesktopFormFactor as Node[])[0];
    expect(Object.keys(desktop)).toEqual(['GetStarted', 'FunctionFile', 'ExtensionPoint']);
    const overrides = (root.VersionOverrides as Node[])[0];
    expect(attr(overrides, 'xsi:type')).toBe('VersionOverridesV1_0');
    expect(Object.keys(overrides).filter((k) => k !== '$')).toEqual(['Hosts', 'Resources']);
  });

  it('puts a "Báo cáo" group with the two buttons on the Home tab', () => {
    const tab = elements('OfficeTab')[0];
    expect(attr(tab, 'id')).toBe('TabHome');
    const actions = elements('Action').map((a) => attr(a, 'xsi:type'));
    expect(actions).toEqual(['ExecuteFunction', 'ShowTaskpane']);
    const shortStrings = new Map(elements('bt:String').map((s) => [attr(s, 'id'), attr(s, 'DefaultValue')]));
    const groupLabel = (tab.Group as Node[])[0].Label as Node[];
    expect(shortStrings.get(attr(groupLabel[0], 'resid'))).toBe('Báo cáo');
    const labels = ((tab.Group as Node[])[0].Control as Node[]).map((c) =>
      shortStrings.get(attr((c.Label as Node[])[0], 'resid')),
    );
    expect(labels).toEqual(['Tạo báo cáo', 'Bảng điều khiển']);
    const ids = elements('Control').map((c) => attr(c, 'id'));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('FunctionName equals the id the commands pass to Office.actions.associate', () => {
    const src = readFileSync(join(ROOT, 'src/commands/commands.ts'), 'utf8');
    const id = /GENERATE_ACTION_ID\s*=\s*'([^']+)'/.exec(src)?.[1];
    expect(src).toMatch(/Office\.actions\.associate\(GENERATE_ACTION_ID,/);
    expect(texts('FunctionName')).toEqual([id]);
  });

  it('resolves every resid to a resource of the right kind (ids ≤ 32 characters)', () => {
    const kinds: Record<string, Set<string>> = {
      image: new Set(
        elements('bt:Image')
          .filter((i) => attr(i, 'id'))
          .map((i) => attr(i, 'id')!),
      ),
      url: new Set(elements('bt:Url').map((i) => attr(i, 'id')!)),
      short: new Set(((elements('bt:ShortStrings')[0] as Node)['bt:String'] as Node[]).map((i) => attr(i, 'id')!)),
      long: new Set(((elements('bt:LongStrings')[0] as Node)['bt:String'] as Node[]).map((i) => attr(i, 'id')!)),
    };
    const expected: Record<string, keyof typeof kinds> = {
      'bt:Image': 'image',
      Runtime: 'url',
      FunctionFile: 'url',
      SourceLocation: 'url',
      LearnMoreUrl: 'url',
      Label: 'short',
      Title: 'short',
      Description: 'long',
    };
    const withResid = all.filter((e) => attr(e.node, 'resid'));
    expect(withResid.length).toBeGreaterThan(15);
    for (const { tag, node } of withResid) {
      const resid = attr(node, 'resid')!;
      expect(resid.length).toBeLessThanOrEqual(32);
      const kind = expected[tag];
      expect({ tag, resid, ok: kind !== undefined && kinds[kind].has(resid) }).toEqual({ tag, resid, ok: true });
    }
  });

  it('uses only https URLs', () => {
    // every attribute holding a URL, except the XML namespace declarations (xmlns…)
    const urls = all.flatMap(({ node }) =>
      Object.entries(node.$ ?? {})
        .filter(([k, v]) => !k.startsWith('xmlns') && /^[a-z]+:\/\//i.test(v))
        .map(([, v]) => v),
    );
    urls.push(...texts('AppDomain').map(String));
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(u).toMatch(/^https:\/\//);
  });

  it('references icons that exist with the declared pixel sizes', () => {
    const checks: { url: string; size: number }[] = [
      // task pane add-ins: IconUrl 32×32, HighResolutionIconUrl 64×64 (manifest reference)
      { url: attr(elements('IconUrl')[0], 'DefaultValue')!, size: 32 },
      { url: attr(elements('HighResolutionIconUrl')[0], 'DefaultValue')!, size: 64 },
    ];
    const images = new Map(
      elements('bt:Image')
        .filter((i) => attr(i, 'id'))
        .map((i) => [attr(i, 'id'), attr(i, 'DefaultValue')!]),
    );
    for (const use of elements('bt:Image').filter((i) => attr(i, 'size'))) {
      checks.push({ url: images.get(attr(use, 'resid'))!, size: Number(attr(use, 'size')) });
    }
    expect(new Set(checks.map((c) => c.size))).toEqual(new Set([16, 32, 64, 80]));
    for (const { url, size } of checks) {
      const file = join(ROOT, 'assets/icons', url.split('/').pop()!);
      expect(existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ w: size, h: size });
    }
  });

  it('has an en-US override for every Vietnamese string', () => {
    const localized = [
      ...elements('DisplayName'),
      ...elements('Description').filter((d) => attr(d, 'DefaultValue')),
      ...elements('bt:String'),
    ];
    expect(localized.length).toBeGreaterThan(8);
    for (const s of localized) {
      const overrides = ((s.Override ?? s['bt:Override']) as Node[] | undefined) ?? [];
      const en = overrides.find((o) => attr(o, 'Locale') === 'en-US');
      expect({ vi: attr(s, 'DefaultValue'), en: en ? attr(en, 'Value') : undefined }).toEqual({
        vi: attr(s, 'DefaultValue'),
        en: expect.stringMatching(/\S/),
      });
      expect(attr(en!, 'Value')).not.toBe(attr(s, 'DefaultValue'));
    }
    // short strings ≤ 125, long ≤ 250 characters
    for (const s of (elements('bt:ShortStrings')[0] as Node)['bt:String'] as Node[])
      expect(attr(s, 'DefaultValue')!.length).toBeLessThanOrEqual(125);
    for (const s of (elements('bt:LongStrings')[0] as Node)['bt:String'] as Node[])
      expect(attr(s, 'DefaultValue')!.length).toBeLessThanOrEqual(250);
  });

  it('gets the production URL from the build, leaving no localhost behind', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { swapUrl } = require('../../webpack.config.js') as { swapUrl: (t: string, u: string) => string };
    const out = swapUrl(xml, 'https://baocao.sonoivu.example.gov.vn/addin/');
    expect(out).not.toMatch(/localhost/);
    expect(out).toContain('<AppDomain>https://baocao.sonoivu.example.gov.vn/addin</AppDomain>');
    expect(out).toContain('DefaultValue="https://baocao.sonoivu.example.gov.vn/addin/taskpane.html"');
  });
});
