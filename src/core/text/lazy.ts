/**
 * A value built on first use. Tables and combined regexes that the analysis needs are built this way, not
 * when the module loads: the extension loads the whole core when it activates, and activation has a budget.
 */
export function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}
