/**
 * The engine is pure: it must run unchanged in the task pane (browser), in
 * Node (command line) and in tests. These checks keep host code out of it.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';

const root = join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(name) ? [p] : [];
  });
}

const engineFiles = sourceFiles(join(root, 'src', 'engine'));

describe('src/engine stays host-agnostic', () => {
  it('has source files to check', () => {
    expect(engineFiles.length).toBeGreaterThan(3);
  });

  it.each(engineFiles.map((f) => [relative(root, f), f]))('%s imports no host library', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const imports = [...text.matchAll(/(?:from\s+|require\(\s*|import\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]);
    const forbidden = imports.filter((m) =>
      /^(fs|node:|path|os|child_process|exceljs|docx|react|@fluentui|office)/.test(m) || m.includes('/hosts/') || m.includes('/taskpane/'),
    );
    expect(forbidden).toEqual([]);
  });

  it.each(engineFiles.map((f) => [relative(root, f), f]))('%s uses no Office.js or DOM globals', (_name, file) => {
    const code = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    expect(code).not.toMatch(/\b(Office|Excel)\.(context|run|onReady)|\bdocument\.|\bwindow\.|\bnavigator\./);
  });
});

describe('src/pipeline is the one pipeline, shared by every host', () => {
  const read = (p: string) => readFileSync(join(root, p), 'utf8');

  it('pipeline.ts and service.ts import only the engine (no Office.js, DOM, ExcelJS, React)', () => {
    for (const file of ['src/pipeline/pipeline.ts', 'src/pipeline/service.ts']) {
      const imports = [...read(file).matchAll(/(?:from\s+|import\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]);
      expect({ file, bad: imports.filter((m) => !m.startsWith('../engine') && !m.startsWith('./')) }).toEqual({ file, bad: [] });
    }
  });

  it.each(['src/cli/main.ts', 'src/hosts/office/service.ts'])('%s runs the pipeline, not its own copy of the steps', (file) => {
    const text = read(file);
    expect(text).toMatch(/from '(\.\.\/)+pipeline\/pipeline'/);
    // The steps themselves are called only in src/pipeline.
    expect(text).not.toMatch(/\b(parseWorkbook|computeReport|buildNarrative|buildReportLayout|buildNarrativeLayout)\(/);
  });

  it.each(['src/cli/template.ts', 'src/cli/convert.ts', 'src/cli/consolidate.ts', 'src/hosts/office/chain.ts', 'src/hosts/file/chain.ts'])(
    '%s runs the reporting chain through src/pipeline/chain.ts, not its own copy',
    (file) => {
      const text = read(file);
      expect(text).toMatch(/from '(\.\.\/)+pipeline\/chain'/);
      expect(text).not.toMatch(
        /\b(convertMonthlyWorkbook|consolidateReturns|buildTemplateLayouts|convertedLayouts|consolidatedLayouts)\(/,
      );
    },
  );

  it('src/pipeline/chain.ts imports only the engine and the service contract', () => {
    const imports = [...read('src/pipeline/chain.ts').matchAll(/(?:from\s+|import\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]);
    expect(imports.filter((m) => !m.startsWith('../engine') && m !== './service')).toEqual([]);
  });
});
