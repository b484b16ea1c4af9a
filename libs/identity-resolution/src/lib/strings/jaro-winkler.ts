// Reused across calls so the inner loop allocates nothing; strings longer than the buffer
// grow it once. Single-threaded JS makes module-level scratch space safe.
let matchedA = new Uint8Array(64);
let matchedB = new Uint8Array(64);

function ensureCapacity(n: number): void {
  if (matchedA.length < n) {
    const size = Math.max(n, matchedA.length * 2);
    matchedA = new Uint8Array(size);
    matchedB = new Uint8Array(size);
  }
}

/**
 * Jaro similarity in [0, 1] over UTF-16 code units. Two empty strings are identical (1);
 * one empty string shares nothing with anything (0).
 */
export function jaro(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  ensureCapacity(Math.max(la, lb));
  matchedA.fill(0, 0, la);
  matchedB.fill(0, 0, lb);
  const window = Math.max(0, (Math.max(la, lb) >> 1) - 1);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const lo = i > window ? i - window : 0;
    const hi = i + window + 1 < lb ? i + window + 1 : lb;
    const ca = a.charCodeAt(i);
    for (let j = lo; j < hi; j++) {
      if (matchedB[j] === 0 && b.charCodeAt(j) === ca) {
        matchedA[i] = 1;
        matchedB[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (matchedA[i] === 0) continue;
    while (matchedB[k] === 0) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions++;
    k++;
  }
  const m = matches;
  return (m / la + m / lb + (m - transpositions / 2) / m) / 3;
}

/**
 * Jaro-Winkler similarity: Jaro boosted by a shared prefix of up to 4 characters
 * (scaling 0.1, applied only above Winkler's 0.7 boost threshold).
 */
export function jaroWinkler(a: string, b: string): number {
  const j = jaro(a, b);
  if (j <= 0.7) return j;
  const limit = Math.min(4, a.length, b.length);
  let prefix = 0;
  while (prefix < limit && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return j + prefix * 0.1 * (1 - j);
}
