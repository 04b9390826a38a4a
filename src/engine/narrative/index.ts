/** The narrative: document model, builder, renderers and period wording. */
export type { Block, NarrativeDoc, Run } from './model';
export { buildNarrative } from './build';
export { narrativeToText, narrativeToHtml, escapeHtml } from './render';
export { nextPeriodLabel, ytdLabel, subjectLine, resultsHeading, tasksHeading } from './periods';
export { TEMPLATE_PLACEHOLDERS, renderTemplate } from './template';
