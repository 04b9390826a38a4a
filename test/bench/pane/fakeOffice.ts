/**
 * Stands in for office.js in the task-pane benchmark: the fake Excel API
 * (test/fakes/excel.ts) loaded with the workbook grid the benchmark puts in
 * `window.__BCN_BENCH_GRID` just before this script, installed synchronously
 * as the globals `Office` and `Excel` — as the real office.js is there before
 * the pane's own scripts run.
 */
import { FakeExcel } from '../../fakes/excel';
import type { WorkbookGrid } from '../../../src/engine/types';

const grid = (window as unknown as { __BCN_BENCH_GRID?: WorkbookGrid }).__BCN_BENCH_GRID;
FakeExcel.fromGrid(grid ?? { sheets: [] }).install();
