/**
 * Index of the first of `length` sorted items for which `before(i)` is false: a binary search over
 * items that `before` splits into a true run followed by a false run.
 */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (before(mid)) low = mid + 1;
    else high = mid;
  }
  return low;
}
