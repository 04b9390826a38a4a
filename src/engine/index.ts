/** The engine's public API (pure functions over plain data; see README.md). */
export * from './types';
export { parseWorkbook, readFigure } from './parse';
export { computeReport, computeIndicator, latestMonthWithData, flattenComputed } from './compute';
export { reportToJson } from './json';
export {
  parsePeriodKey,
  periodKey,
  periodSheetSuffix,
  monthPeriod,
  quarterPeriod,
  halfPeriod,
  nineMonthsPeriod,
  yearPeriod,
  allPeriods,
  ALL_PERIOD_KEYS,
} from './periods';
export { normalizeLabel, headerKey, cleanText, columnLetter, a1, qualifiedCell, stripNumbering } from './normalize';
export { parseViNumber, parsePlanText, meetsTarget, round2 } from './numbers';
export { KNOWN_PLACEHOLDERS, templatePlaceholders, unknownPlaceholders } from './placeholders';
export type { Placeholder } from './placeholders';
export { findingsSummary, hasErrors, officialFindings, ERROR_CODES, INFO_CODES } from './findings';
export type { FindingsSummary } from './findings';
export { defaultUnitInfo, INFO_KEYS, INFO_SHEET, CONTENT_SHEET } from './info';
export { isCountUnit, isPercentUnit, COUNT_UNITS } from './units';
export { classifyHeaderCell, findHeader, FIELD_ALIASES } from './headers';
export { looksCumulative } from './checks';
export { explainSheet, layoutParts } from './explain';
export type { ExplainLang, LayoutPart } from './explain';
