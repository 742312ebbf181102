const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR
const WEEK = 7 * DAY

export interface ThinnableRevision {
  id: string
  at: string
  /** Named, status, import and restore revisions are kept for ever. */
  keep: boolean
}

/**
 * The timed and closing revisions that age has made redundant: after a day
 * one an hour is enough, after a week one a day. The newest of each hour or
 * day stays. Returns their ids.
 */
export function thinnedOut(revisions: ThinnableRevision[], now: Date): Set<string> {
  const newestIn = new Map<string, { id: string; at: number }>()
  const bucketed: { id: string; bucket: string }[] = []
  for (const revision of revisions) {
    if (revision.keep) continue
    const at = Date.parse(revision.at)
    const age = now.getTime() - at
    if (!(age > DAY)) continue
    const bucket = age > WEEK ? `d${Math.floor(at / DAY)}` : `h${Math.floor(at / HOUR)}`
    bucketed.push({ id: revision.id, bucket })
    const newest = newestIn.get(bucket)
    if (!newest || at >= newest.at) newestIn.set(bucket, { id: revision.id, at })
  }
  return new Set(bucketed.filter(({ id, bucket }) => newestIn.get(bucket)!.id !== id).map(({ id }) => id))
}
