// performance.now() exists in browsers and Node but is not in the ES lib this pure lib builds
// against; fall back to Date.now() where it is missing.
const monotonic = (globalThis as { performance?: { now(): number } }).performance;

/** Milliseconds from an arbitrary origin, sub-millisecond where the platform allows. */
export function nowMs(): number {
  return monotonic ? monotonic.now() : Date.now();
}
