/** One comparison: the thing Midad does, against the least it could cost. */
export interface Benchmark {
  name: string
  unit: 'ms' | 'MB' | 'KiB'
  /** Timings of Midad's path and of the baseline, measured in the same run. */
  measure(): Promise<{ samples: number[]; baseline: number[] }>
}

/** One row of out/bench/results.json. */
export interface BenchFigure {
  name: string
  unit: string
  p50: number
  p95: number
  baseline_p50: number
  baseline_p95: number
  ratio: number
}
