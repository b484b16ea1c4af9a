import { max, sqrt } from '../common/fast-math';
/**
 * Inverse of a symmetric positive-definite n × n matrix (row-major) by Cholesky factorisation.
 * Returns null when the matrix is not positive definite (a flat or saddle direction at the
 * "optimum"), so callers can report missing standard errors instead of NaN.
 */
export function invertSymmetricPositiveDefinite(matrix: Float64Array, n: number): Float64Array | null {
  const lower = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = matrix[i * n + j];
      for (let k = 0; k < j; k++) sum -= lower[i * n + k] * lower[j * n + k];
      if (i === j) {
        if (!(sum > 0)) return null;
        lower[i * n + i] = sqrt(sum);
      } else {
        lower[i * n + j] = sum / lower[j * n + j];
      }
    }
  }
  // Invert L column by column, then A⁻¹ = L⁻ᵀ L⁻¹.
  const lowerInverse = new Float64Array(n * n);
  for (let col = 0; col < n; col++) {
    for (let i = col; i < n; i++) {
      let sum = i === col ? 1 : 0;
      for (let k = col; k < i; k++) sum -= lower[i * n + k] * lowerInverse[k * n + col];
      lowerInverse[i * n + col] = sum / lower[i * n + i];
    }
  }
  const inverse = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let sum = 0;
      for (let k = max(i, j); k < n; k++) sum += lowerInverse[k * n + i] * lowerInverse[k * n + j];
      inverse[i * n + j] = sum;
    }
  }
  return inverse;
}
