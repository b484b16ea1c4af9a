// Math functions and constants bound once at module scope. Inside jest's sandbox (a vm context)
// every lookup of a global such as `Math` or `Infinity` goes through an interceptor costing about
// half a microsecond, which made the numeric hot loops ten to twenty times slower under test.
// Module-scope bindings avoid that; in plain Node or a browser they change nothing.
export const { log, log1p, exp, expm1, abs, sqrt, pow, max, min, floor, ceil, round, sin, tan, imul, PI } = Math;
export const INFINITY = Number.POSITIVE_INFINITY;
export const isFiniteNumber = Number.isFinite;
export const isInteger = Number.isInteger;
