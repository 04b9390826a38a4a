/**
 * One report generation at a time in this runtime.
 *
 * The ribbon command and the task pane run in ONE shared runtime (manifest
 * SharedRuntime 1.1) and load this module once (webpack shares a module
 * between the entry and the lazily loaded service chunk), so this flag is
 * shared by both. Two generations at once would each add the chart and the
 * notes to the same report sheet (Excel then fails with "the cell already has
 * a note"); the second one is refused instead, before it reads anything.
 */
let running = false;

/** True while a generation holds the lock. */
export function generationRunning(): boolean {
  return running;
}

/** Runs `work` holding the lock; `busy()` is thrown (nothing run) when another generation holds it. */
export async function withGenerationLock<T>(work: () => Promise<T>, busy: () => Error): Promise<T> {
  if (running) throw busy();
  running = true;
  try {
    return await work();
  } finally {
    running = false;
  }
}
