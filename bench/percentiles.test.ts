import { describe, expect, it } from 'vitest'
import { percentile } from './percentiles'

describe('percentiles for the benchmark table', () => {
  it('reports a median and a p95 that are measured values', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i) // 100 … 1, unsorted on purpose
    expect(percentile(samples, 50)).toBe(50)
    expect(percentile(samples, 95)).toBe(95)
    expect(percentile([7, 1, 3], 50)).toBe(3)
    expect(percentile([4], 95)).toBe(4)
  })

  it('refuses to summarise nothing', () => {
    expect(() => percentile([], 50)).toThrow(RangeError)
  })
})
