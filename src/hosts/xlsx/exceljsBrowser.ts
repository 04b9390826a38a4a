/**
 * exceljsNode.ts for the offline page: ExcelJS's browser build (its package
 * entry resolves there through package.json "browser"). webpack.config.js
 * puts this file in place of exceljsNode.ts in the page's bundle.
 */
import ExcelJS from 'exceljs';

export const Workbook: typeof ExcelJS.Workbook = ExcelJS.Workbook;
export const ValueType: typeof ExcelJS.ValueType = ExcelJS.ValueType;
