#!/usr/bin/env node
/**
 * `npm run report` / `npm run demo` (and, with `--entry=<name>` first,
 * `npm run template|convert|consolidate`): runs the command line compiled to plain
 * JavaScript in build/ (tsconfig.cli.json; `npm ci` compiles it through the
 * `prepare` script, `npm run build` too). No TypeScript loader at run time.
 *
 * So that what runs is always what src/ says, it compiles first (once, with a
 * note on standard error) when build/ is missing or a TypeScript file of the
 * command line is newer than the compiled main.js — e.g. after editing src/ or
 * pulling. The check reads the list of source files tsc recorded in
 * build/.tsbuildinfo and compares modification times (a few milliseconds).
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..');
const BUILD = path.join(ROOT, 'build');
const MAIN = path.join(BUILD, 'src/cli/main.js');
/** The reporting-chain commands: `node bin/report.js --entry=template …` runs build/src/cli/template.js. */
const ENTRIES = ['template', 'convert', 'consolidate'];
const CONFIG = path.join(ROOT, 'tsconfig.cli.json');

function mtime(file) {
  const st = fs.statSync(file, { throwIfNoEntry: false });
  return st ? st.mtimeMs : Infinity; // a source file gone = rebuild
}

/** True when build/ holds a main.js at least as new as every source file it was compiled from. */
function upToDate() {
  const built = fs.statSync(MAIN, { throwIfNoEntry: false });
  if (!built) return false;
  let info;
  try {
    info = JSON.parse(fs.readFileSync(path.join(BUILD, '.tsbuildinfo'), 'utf8'));
  } catch {
    return false; // no build yet, or an unreadable one: compile
  }
  const sources = (info.fileNames || [])
    .map((f) => path.resolve(BUILD, f))
    .filter((f) => !f.includes(`${path.sep}node_modules${path.sep}`));
  sources.push(CONFIG, path.join(ROOT, 'tsconfig.json'));
  return sources.every((f) => mtime(f) <= built.mtimeMs);
}

/** Compiles the command line into build/ (tsc -p tsconfig.cli.json). */
function build(quiet) {
  if (!quiet) process.stderr.write('Đang biên dịch công cụ dòng lệnh (compiling the command line)…\n');
  const tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
  const r = spawnSync(process.execPath, [tsc, '-p', CONFIG], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) {
    process.stderr.write('Lỗi: không biên dịch được công cụ dòng lệnh (tsc -p tsconfig.cli.json failed).\n');
    process.exit(1);
  }
  // tsc leaves an unchanged output file as it was: mark the build as fresh.
  const now = new Date();
  fs.utimesSync(MAIN, now, now);
}

function ensureBuilt(quiet = false) {
  if (!upToDate()) build(quiet);
  return MAIN;
}

module.exports = { ensureBuilt, MAIN };

if (require.main === module) {
  const entry = /^--entry=(.*)$/.exec(process.argv[2] || '');
  if (process.argv[2] === '--build-only') {
    ensureBuilt(true);
  } else if (entry) {
    if (!ENTRIES.includes(entry[1])) {
      process.stderr.write(`Lỗi: không có lệnh "${entry[1]}" (unknown entry; ${ENTRIES.join(', ')}).\n`);
      process.exit(1);
    }
    process.argv.splice(2, 1); // the command sees only the user's arguments
    const file = path.join(path.dirname(ensureBuilt()), `${entry[1]}.js`);
    if (!fs.existsSync(file)) build(false); // a build from before this entry existed
    require(file).main();
  } else {
    require(ensureBuilt()).main();
  }
}
