/**
 * ExcelJS as the .xlsx read and write paths use it in Node: the workbook
 * class and the cell value types, required from ExcelJS's own files instead
 * of its package entry — the entry also loads the streaming reader and
 * writer (unzipper, binary, chainsaw, traverse and a chain of polyfills),
 * which nothing here uses: measured, requiring the entry takes 0.4–0.9 s on
 * the loaded 2-core machine and these two files 0.12–0.16 s, time every run
 * of the command line paid before reading a byte.
 *
 * The offline page's bundle (webpack.config.js, `browserNodeShims`) swaps
 * this file for exceljsBrowser.ts, ExcelJS's browser build.
 */
import type ExcelJS from 'exceljs';

export const Workbook: typeof ExcelJS.Workbook = require('exceljs/lib/doc/workbook');
export const ValueType: typeof ExcelJS.ValueType = require('exceljs/lib/doc/enums').ValueType;
