/** Pure helpers for showing findings (no React, no Fluent: testable in Node). */
import type { Finding } from '../engine/types';
import { capitalize } from './i18n';

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;
const rank = (f: Finding): number => SEVERITY_RANK[f.severity];

export interface FindingGroup {
  sheet: string;
  items: Finding[];
  errors: number;
  warnings: number;
}

/**
 * Groups findings by sheet in first-seen order; errors before warnings inside a sheet.
 * Info findings (severity "info") are the caller's to show apart; here they count as neither.
 */
export function groupFindings(findings: Finding[]): FindingGroup[] {
  const map = new Map<string, FindingGroup>();
  for (const f of findings) {
    let g = map.get(f.sheet);
    if (!g) {
      g = { sheet: f.sheet, items: [], errors: 0, warnings: 0 };
      map.set(f.sheet, g);
    }
    g.items.push(f);
    if (f.severity === 'error') g.errors++;
    else if (f.severity === 'warning') g.warnings++;
  }
  const groups = [...map.values()];
  for (const g of groups) {
    // stable sort: errors first, order otherwise as the engine reported
    g.items = g.items
      .map((f, i) => ({ f, i }))
      .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
      .map((x) => x.f);
  }
  return groups;
}

/**
 * The message without a leading "Ô C7:" / "Cell C7:" — the pane already shows
 * the cell in its own column. What is left starts with a capital, as a sentence
 * of its own ("Ô L7: chỉ tiêu …" → "Chỉ tiêu …").
 */
export function messageWithoutCell(message: string, cell: string): string {
  const esc = cell.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const stripped = message.replace(new RegExp(`^\\s*(?:Ô|ô|Cell|cell)\\s+${esc}\\s*[:,.–—-]\\s*`), '');
  return stripped.length > 0 && stripped !== message ? capitalize(stripped) : message;
}
