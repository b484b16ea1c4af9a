// Three rolling rows, reused between calls: the optimal-string-alignment recurrence only
// looks two rows back, so memory is O(min length) and the inner loop allocates nothing.
let rowPrev2 = new Int32Array(64);
let rowPrev = new Int32Array(64);
let rowCur = new Int32Array(64);

/**
 * Damerau-Levenshtein distance (optimal string alignment variant: insertions, deletions,
 * substitutions and transpositions of adjacent characters, each costing 1).
 * `maxDistance` lets callers stop early: the result is then `maxDistance + 1` whenever the
 * true distance exceeds it, which is all a threshold comparison needs.
 */
export function damerauLevenshtein(a: string, b: string, maxDistance = Number.MAX_SAFE_INTEGER): number {
  if (a === b) return 0;
  // Keep the shorter string in the inner dimension.
  if (a.length < b.length) {
    const t = a;
    a = b;
    b = t;
  }
  const la = a.length;
  const lb = b.length;
  if (la - lb > maxDistance) return maxDistance + 1;
  if (lb === 0) return la;
  if (rowCur.length < lb + 1) {
    const size = Math.max(lb + 1, rowCur.length * 2);
    rowPrev2 = new Int32Array(size);
    rowPrev = new Int32Array(size);
    rowCur = new Int32Array(size);
  }
  for (let j = 0; j <= lb; j++) rowPrev[j] = j;
  for (let i = 1; i <= la; i++) {
    rowCur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let d = rowPrev[j] + 1;
      const ins = rowCur[j - 1] + 1;
      if (ins < d) d = ins;
      const sub = rowPrev[j - 1] + cost;
      if (sub < d) d = sub;
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        const tr = rowPrev2[j - 2] + 1;
        if (tr < d) d = tr;
      }
      rowCur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > maxDistance) return maxDistance + 1;
    const t = rowPrev2;
    rowPrev2 = rowPrev;
    rowPrev = rowCur;
    rowCur = t;
  }
  return rowPrev[lb];
}

/**
 * True when `a` and `b` are at most one edit apart (insertion, deletion, substitution or
 * adjacent transposition): `damerauLevenshtein(a, b) <= 1` in one linear pass.
 */
export function isWithinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  let la = a.length;
  let lb = b.length;
  if (la < lb) {
    const t = a;
    a = b;
    b = t;
    la = a.length;
    lb = b.length;
  }
  if (la - lb > 1) return false;
  let i = 0;
  while (i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    // Substitution at i, or transposition of i and i+1; the rest must match.
    if (i + 1 < la && a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i)) {
      let j = i + 2;
      while (j < la && a.charCodeAt(j) === b.charCodeAt(j)) j++;
      if (j === la) return true;
    }
    for (let j = i + 1; j < la; j++) if (a.charCodeAt(j) !== b.charCodeAt(j)) return false;
    return true;
  }
  // a is one longer: delete a[i].
  for (let j = i; j < lb; j++) if (a.charCodeAt(j + 1) !== b.charCodeAt(j)) return false;
  return true;
}
