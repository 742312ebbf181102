import { describe, expect, it } from 'vitest'
import { failureOf } from '../testing/failure-of'
import { importOffThread } from './import-off-thread'

const page = (paragraphs: number) =>
  new TextEncoder().encode(`<!doctype html><h1>عنوان</h1>${'<div class="x"><p>فقرة <b>من</b> تقرير المراسل عن الجلسة.</p></div>'.repeat(paragraphs)}`)

describe('importing off the thread that serves the app', () => {
  it('reads a file in a worker and hands back the article', async () => {
    const { meta, body } = await importOffThread('page.html', page(2))
    expect(meta.headline).toBe('عنوان')
    expect(body.content).toHaveLength(2)
  })

  it('stops a file that takes longer than its time limit, with a message naming the limit', async () => {
    const error = await failureOf(() => importOffThread('heavy.html', page(2), { timeLimitMs: 1 }))
    expect([error.code, error.params]).toEqual(['import_too_slow', { fileName: 'heavy.html', seconds: 1 }])
  })

  it('stops a file that needs more memory than allowed', async () => {
    const error = await failureOf(() => importOffThread('heavy.html', page(20_000), { memoryLimitMb: 16 }))
    expect([error.code, error.params]).toEqual(['import_too_much_memory', { fileName: 'heavy.html', limitMb: 16 }])
  })

  it('stops when cancelled', async () => {
    const cancel = new AbortController()
    const importing = importOffThread('page.html', page(2), { signal: cancel.signal })
    cancel.abort()
    expect((await failureOf(() => importing)).code).toBe('cancelled')
  })
})
