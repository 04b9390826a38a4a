/**
 * The reporting chain as pure functions: conversion of a monthly workbook
 * (convert.ts) and consolidation of the units' returns (consolidate.ts), and
 * the layouts a host writes for them (the template's yearly sheets).
 */
import { infoTemplateLayout, yearlySectorLayout } from '../template';
import type { SheetLayout } from '../layout/types';
import { normalizeLabel } from '../normalize';
import { safeSheetName, type ConvertResult } from './convert';

export * from './findings';
export { convertMonthlyWorkbook, monthOfSheetName, safeSheetName } from './convert';
export type { ConvertResult, ConvertedSector } from './convert';

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
