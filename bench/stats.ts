/** The nearest-rank percentile of `values` (p in 0…1): the value at or below which a share p of them lie; 0 for none. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]
}

export const median = (values: readonly number[]) => percentile(values, 0.5)
