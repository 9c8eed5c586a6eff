type Numbers = number[] | Float64Array;

/**
 * The k-th smallest value (0-based), in expected linear time; reorders `values` so that none
 * before position k is larger and none after it smaller.
 */
function select(values: Numbers, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = middleOfThree(values[lo] as number, values[(lo + hi) >> 1] as number, values[hi] as number);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k] as number;
  }
  return values[k] as number;
}

/** The middle one of three values (a pivot that is rarely the smallest or largest of a range). */
function middleOfThree(a: number, b: number, c: number): number {
  if (a < b) return b < c ? b : a < c ? c : a;
  return a < c ? a : b < c ? c : b;
}

/** The median, in expected linear time (no sort). NaN for no values. */
export function median(values: readonly number[] | Float64Array): number {
  return medianInPlace(values instanceof Float64Array ? values.slice() : [...values]);
}

/** `median`, reordering `values` instead of copying them. */
export function medianInPlace(values: Numbers): number {
  const n = values.length;
  if (n === 0) return NaN;
  const middle = n >> 1;
  const upper = select(values, middle);
  if (n % 2 === 1) return upper;
  // The lower middle value is the largest of those `select` left before the upper one.
  let lower = values[0] as number;
  for (let index = 1; index < middle; index++) if ((values[index] as number) > lower) lower = values[index] as number;
  return (lower + upper) / 2;
}
