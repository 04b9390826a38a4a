/**
 * A bounded cache for a pure function of one string. The engine asks the same
 * question of the same name or unit many times in one report (a name is
 * cleaned for its subject, its verb phrase and its figures; a unit for every
 * figure), and real workbooks repeat names and units across sectors and
 * months. Only for functions whose result depends on the string alone (no
 * options, no state), so a cached answer is the answer. The cache is emptied
 * when it holds `limit` entries: memory stays small in a task pane that lives
 * all day, and the repeats that matter (the same name within one indicator's
 * sentences) are near each other.
 */
export function memoized<T>(fn: (s: string) => T, limit = 4096): (s: string) => T {
  const cache = new Map<string, T>();
  return (s: string): T => {
    let v = cache.get(s);
    if (v === undefined && !cache.has(s)) {
      if (cache.size >= limit) cache.clear();
      v = fn(s);
      cache.set(s, v);
    }
    return v as T;
  };
}
