/**
 * The reporting chain as pure functions: conversion of a monthly workbook
 * (convert.ts) and consolidation of the units' returns (consolidate.ts), and
 * the layouts a host writes for them (the template's yearly sheets).
 */
import { infoTemplateLayout, yearlySectorLayout, type TemplateOptions } from '../template';
import type { CellStyle, LayoutCell } from '../layout/types';
import { consolidatedRows, type ConsolidateResult } from './consolidate';
import type { SheetLayout } from '../layout/types';
import { normalizeLabel } from '../normalize';
import { safeSheetName, type ConvertResult } from './convert';
import { ABSENT_SUFFIX, BREAKDOWN_HEADERS, BREAKDOWN_SHEET, TOTAL_LABELS } from './unitTable';

export * from './unitTable';

export * from './findings';
export { convertMonthlyWorkbook, monthOfSheetName, safeSheetName } from './convert';
export type { ConvertResult, ConvertedSector } from './convert';
export { consolidateReturns, consolidatedRows } from './consolidate';
export type { ConsolidateResult, ConsolidatedIndicator, ConsolidatedSector, UnitReturn } from './consolidate';

/** The converted workbook: Thông tin (year, agency lines found) and one yearly sheet per sector. */
export function convertedLayouts(result: ConvertResult): SheetLayout[] {
  if (result.year === null) throw new Error('convertedLayouts: no year');
  const year = result.year;
  const used = new Set<string>([normalizeLabel('Thông tin')]);
  const info = infoTemplateLayout({
    year,
    parent: result.agency.coQuanChuQuan,
    unit: result.agency.tenCoQuan,
    scope: '',
  });
  const sheets = result.sectors.map((s, i) =>
    yearlySectorLayout(safeSheetName(`${i + 1}. ${s.title}`, used), s.title, s.rows, { year, extraRows: 0 }),
  );
  return [info, ...sheets];
}

/**
 * The consolidated workbook: Thông tin (the consolidating agency, from the
 * options), one yearly sheet per sector with the sums (incomplete months noted
 * on the cell and in Ghi chú), and "Chi tiết đơn vị", each unit's figures per
 * indicator (the program's own sheet: marked, so the engine never reads it as
 * a sector).
 */
export function consolidatedLayouts(
  result: ConsolidateResult,
  info: Omit<TemplateOptions, 'year' | 'sectors'> = {},
): SheetLayout[] {
  if (result.year === null) throw new Error('consolidatedLayouts: no year');
  const year = result.year;
  const used = new Set<string>([normalizeLabel('Thông tin'), normalizeLabel(BREAKDOWN_SHEET)]);
  const sheets = result.sectors.map((s) =>
    yearlySectorLayout(safeSheetName(s.sheet, used), s.title, consolidatedRows(s), {
      year,
      unit: info.unit,
      extraRows: 0,
    }),
  );
  return [infoTemplateLayout({ ...info, year }), ...sheets, breakdownLayout(result)];
}

const B_STYLES: Record<string, CellStyle> = {
  title: { bold: true, size: 13, numberFormat: '@' },
  header: {
    bold: true,
    hAlign: 'center',
    vAlign: 'middle',
    wrap: true,
    border: true,
    fill: 'DDEBF7',
    numberFormat: '@',
  },
  text: { border: true, wrap: true, numberFormat: '@' },
  bold: { border: true, wrap: true, bold: true, numberFormat: '@' },
  count: { border: true, numberFormat: '#,##0.##' },
  total: { border: true, bold: true, numberFormat: '#,##0.##' },
};

function breakdownLayout(result: ConsolidateResult): SheetLayout {
  const cells: LayoutCell[] = [
    {
      row: 0,
      col: 0,
      value: `SỐ LIỆU CHI TIẾT THEO ĐƠN VỊ NĂM ${result.year} (${result.units.length} đơn vị)`,
      style: 'title',
    },
  ];
  BREAKDOWN_HEADERS.forEach((h, col) => cells.push({ row: 2, col, value: h, style: 'header' }));
  let row = 3;
  for (const sec of result.sectors) {
    for (const ind of sec.indicators) {
      for (const u of result.units) {
        const v = ind.byUnit.get(u);
        cells.push({ row, col: 0, value: sec.title, style: 'text' });
        cells.push({ row, col: 1, value: ind.code, style: 'text' });
        cells.push({ row, col: 2, value: ind.name, style: 'text' });
        cells.push({ row, col: 3, value: ind.unit, style: 'text' });
        cells.push({ row, col: 4, value: v ? u : `${u}${ABSENT_SUFFIX}`, style: 'text' });
        for (let m = 1; m <= 12; m++) cells.push({ row, col: 4 + m, value: v?.[m] ?? null, style: 'count' });
        row++;
      }
      cells.push({ row, col: 0, value: sec.title, style: 'bold' });
      cells.push({ row, col: 1, value: ind.code, style: 'bold' });
      cells.push({ row, col: 2, value: ind.name, style: 'bold' });
      cells.push({ row, col: 3, value: ind.unit, style: 'bold' });
      cells.push({ row, col: 4, value: ind.kind === 'rate' ? TOTAL_LABELS[1] : TOTAL_LABELS[0], style: 'bold' });
      for (let m = 1; m <= 12; m++) cells.push({ row, col: 4 + m, value: ind.months[m] ?? null, style: 'total' });
      row++;
    }
  }
  const widths = [22, 9, 40, 10, 28];
  for (let m = 1; m <= 12; m++) widths.push(9);
  return {
    name: BREAKDOWN_SHEET,
    styles: B_STYLES,
    cells,
    merges: [],
    columnWidths: widths,
    freeze: { rows: 3, cols: 5 },
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: 1,
      repeatRows: { from: 2, to: 2 },
      margins: { top: 0.5, bottom: 0.5, left: 0.4, right: 0.4, header: 0.3, footer: 0.3 },
    },
    conditional: [],
  };
}
