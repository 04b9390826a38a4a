/** The narrative: document model, builder, renderers and period wording. */
export type { Block, NarrativeDoc, Run } from './model';
export { buildNarrative } from './build';
export { narrativeToText, narrativeToHtml, type RenderOptions } from './render';
export { nextPeriodLabel } from './periods';
