/** The maximal runs of consecutive items that pass the test, as [first, last] index pairs. */
export function runs<T>(items: readonly T[], test: (item: T) => boolean): [number, number][] {
  const found: [number, number][] = [];
  items.forEach((item, i) => {
    if (!test(item)) return;
    const last = found.at(-1);
    if (last && last[1] === i - 1) last[1] = i;
    else found.push([i, i]);
  });
  return found;
}
