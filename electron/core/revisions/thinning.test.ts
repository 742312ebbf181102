import { describe, expect, it } from 'vitest'
import { thinnedOut, type ThinnableRevision } from './thinning'

const now = new Date('2026-12-03T12:00:00.000Z')
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString()
const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

describe('thinning timed revisions with age', () => {
  it('keeps every revision of the last day', () => {
    const today: ThinnableRevision[] = Array.from({ length: 30 }, (_, i) => ({ id: `t${i}`, at: ago(i * 10 * MINUTE), keep: false }))
    expect(thinnedOut(today, now).size).toBe(0)
  })

  it('keeps the newest of each hour after a day, and of each day after a week', () => {
    const revisions: ThinnableRevision[] = [
      // Two days ago, one hour apart by the bucket: 10:00, 10:10, 10:50 and 11:05.
      { id: 'a', at: '2026-12-01T10:00:00.000Z', keep: false },
      { id: 'b', at: '2026-12-01T10:10:00.000Z', keep: false },
      { id: 'c', at: '2026-12-01T10:50:00.000Z', keep: false },
      { id: 'd', at: '2026-12-01T11:05:00.000Z', keep: false },
      // Ten days ago: three in one day.
      { id: 'e', at: '2026-11-23T08:00:00.000Z', keep: false },
      { id: 'f', at: '2026-11-23T15:00:00.000Z', keep: false },
      { id: 'g', at: '2026-11-23T20:00:00.000Z', keep: false }
    ]
    expect([...thinnedOut(revisions, now)].sort()).toEqual(['a', 'b', 'e', 'f'])
  })

  it('never thins a named, status, import or restore revision', () => {
    const kept: ThinnableRevision[] = Array.from({ length: 5 }, (_, i) => ({ id: `k${i}`, at: ago(30 * DAY + i * MINUTE), keep: true }))
    expect(thinnedOut(kept, now).size).toBe(0)
  })
})
