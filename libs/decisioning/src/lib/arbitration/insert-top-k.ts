/** Inserts a value into a descending, fixed-size list of the largest values seen (no allocation). */
export function insertTopK(top: Float64Array, value: number): void {
  let k = top.length - 1;
  if (value <= top[k]) return;
  while (k > 0 && top[k - 1] < value) {
    top[k] = top[k - 1];
    k--;
  }
  top[k] = value;
}
