import { describe, expect, it } from 'vitest'
import { emptyMeta } from '../../../shared/article/meta'
import type { Result } from '../../../shared/contract/errors'
import { ArticleAutosave, type Draft, type SaveAck, type SaveRequest, type SaveTimer } from './autosave'

const ID = '7f1c2a52-8c1e-4a8e-9b7e-2f3a4b5c6d7e'

/** A clock the test advances by hand: no real time, no timed assertions. */
class ManualTimer implements SaveTimer {
  private now = 0
  private next = 1
  private readonly due = new Map<number, { at: number; run: () => void }>()
  set(run: () => void, ms: number): unknown {
    const handle = this.next++
    this.due.set(handle, { at: this.now + ms, run })
    return handle
  }
  clear(handle: unknown): void {
    this.due.delete(handle as number)
  }
  advance(ms: number): void {
    this.now += ms
    for (const [handle, entry] of [...this.due].sort((a, b) => a[1].at - b[1].at)) {
      if (entry.at <= this.now && this.due.has(handle)) {
        this.due.delete(handle)
        entry.run()
      }
    }
  }
}

/**
 * The transport boundary (the contract's saveArticle), answering like the
 * back side does: it refuses a stale base version and bumps the version on
 * every commit. Each answer is held until the test releases it.
 */
class FakeBackend {
  stored = { version: 1, headline: '' }
  requests: SaveRequest[] = []
  inFlight = 0
  maxInFlight = 0
  failNext: Result<SaveAck> | null = null
  private held: (() => void)[] = []

  save = (request: SaveRequest): Promise<Result<SaveAck>> => {
    this.requests.push(structuredClone(request))
    this.inFlight++
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight)
    return new Promise((resolve) => {
      this.held.push(() => {
        this.inFlight--
        if (this.failNext) {
          const failure = this.failNext
          this.failNext = null
          resolve(failure)
          return
        }
        if (request.baseVersion !== this.stored.version) {
          resolve({ ok: false, error: { code: 'stale_version', message: 'نسخة أحدث محفوظة' } })
          return
        }
        this.stored = { version: this.stored.version + 1, headline: request.meta.headline }
        resolve({ ok: true, value: { version: this.stored.version, updatedAt: `2025-01-01T00:00:0${this.stored.version}Z`, wordCount: 0 } })
      })
    })
  }

  get pending(): number {
    return this.held.length
  }

  /** Lets the oldest held save answer, and waits until its answer is handled. */
  async answer(): Promise<void> {
    const release = this.held.shift()
    if (!release) throw new Error('no save is waiting for an answer')
    release()
    await settle()
  }
}

const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve()
}

function setup() {
  const backend = new FakeBackend()
  const timer = new ManualTimer()
  let draft: Draft = { meta: { ...emptyMeta }, body: { type: 'doc', content: [{ type: 'paragraph' }] } }
  const autosave = new ArticleAutosave({
    articleId: ID,
    version: 1,
    updatedAt: '2025-01-01T00:00:00Z',
    save: backend.save,
    readDraft: () => draft,
    timer
  })
  const type = (headline: string) => {
    draft = { ...draft, meta: { ...draft.meta, headline } }
    autosave.edit()
  }
  return { backend, timer, autosave, type }
}

describe('article autosave', () => {
  it('starts saved and says nothing needs saving', () => {
    const { autosave } = setup()
    expect(autosave.current.state).toBe('saved')
    expect(autosave.hasUnsavedWork()).toBe(false)
  })

  it('coalesces a burst of edits into one save, sent after the pause', async () => {
    const { backend, timer, autosave, type } = setup()
    type('ا')
    timer.advance(300)
    type('اق')
    timer.advance(300)
    type('اقت')
    expect(autosave.current.state).toBe('dirty')
    timer.advance(599)
    expect(backend.requests).toHaveLength(0)
    timer.advance(1)
    expect(backend.requests).toHaveLength(1)
    expect(backend.requests[0]?.meta.headline).toBe('اقت')
    expect(autosave.current.state).toBe('saving')
    await backend.answer()
    expect(autosave.current).toMatchObject({ state: 'saved', version: 2, error: null })
    expect(backend.stored.headline).toBe('اقت')
  })

  it('saves at once on flush (blur, navigation, close) without waiting for the pause', async () => {
    const { backend, autosave, type } = setup()
    type('عاجل')
    const flushed = autosave.flush()
    expect(backend.requests).toHaveLength(1)
    await backend.answer()
    expect(await flushed).toBe(true)
    expect(autosave.current.state).toBe('saved')
    expect(autosave.hasUnsavedWork()).toBe(false)
  })

  it('does not send a save when nothing changed', async () => {
    const { backend, autosave } = setup()
    expect(await autosave.flush()).toBe(true)
    expect(backend.requests).toHaveLength(0)
  })

  it('never has two saves of one article in flight, and saves edits made during a save on the new version', async () => {
    const { backend, timer, autosave, type } = setup()
    type('الأول')
    timer.advance(600)
    expect(backend.pending).toBe(1)

    type('الأول والثاني')
    timer.advance(600)
    void autosave.flush()
    expect(backend.pending).toBe(1)
    expect(autosave.current.state).toBe('saving')

    await backend.answer()
    expect(backend.requests).toHaveLength(2)
    expect(backend.requests[1]).toMatchObject({ baseVersion: 2, meta: { headline: 'الأول والثاني' } })
    await backend.answer()

    expect(backend.maxInFlight).toBe(1)
    expect(autosave.current).toMatchObject({ state: 'saved', version: 3 })
    expect(backend.stored.headline).toBe('الأول والثاني')
  })

  it('keeps an edit typed during a save dirty until its own save is acknowledged', async () => {
    const { backend, timer, autosave, type } = setup()
    type('أ')
    timer.advance(600)
    type('أب')
    await backend.answer()
    // The first save is committed, but it did not contain the second edit.
    expect(autosave.current.state).toBe('dirty')
    expect(autosave.hasUnsavedWork()).toBe(true)
    timer.advance(600)
    await backend.answer()
    expect(autosave.current.state).toBe('saved')
    expect(backend.stored.headline).toBe('أب')
  })

  it('a flush during a save waits for it and then sends what was typed meanwhile', async () => {
    const { backend, timer, autosave, type } = setup()
    type('١')
    timer.advance(600)
    type('١٢')
    const flushed = autosave.flush()
    await backend.answer()
    expect(backend.pending).toBe(1)
    await backend.answer()
    expect(await flushed).toBe(true)
    expect(backend.stored.headline).toBe('١٢')
  })

  it('shows a failure with its message, keeps the draft unsaved, and a retry saves it', async () => {
    const { backend, timer, autosave, type } = setup()
    type('نص')
    backend.failNext = { ok: false, error: { code: 'internal', message: 'حدث خطأ غير متوقع' } }
    timer.advance(600)
    await backend.answer()
    expect(autosave.current).toMatchObject({ state: 'failed', error: { code: 'internal', message: 'حدث خطأ غير متوقع' } })
    expect(autosave.hasUnsavedWork()).toBe(true)

    // Typing on does not hide the failure until a save actually succeeds.
    type('نص آخر')
    expect(autosave.current.state).toBe('failed')

    const retried = autosave.flush()
    await backend.answer()
    expect(await retried).toBe(true)
    expect(autosave.current).toMatchObject({ state: 'saved', error: null, version: 2 })
    expect(backend.stored.headline).toBe('نص آخر')
  })

  it('treats a transport that throws as a failed save, not a saved one', async () => {
    const timer = new ManualTimer()
    const autosave = new ArticleAutosave({
      articleId: ID,
      version: 1,
      updatedAt: '2025-01-01T00:00:00Z',
      save: () => Promise.reject(new Error('connection reset')),
      readDraft: () => ({ meta: { ...emptyMeta }, body: { type: 'doc' } }),
      timer
    })
    autosave.edit()
    expect(await autosave.flush()).toBe(false)
    expect(autosave.current.state).toBe('failed')
    expect(autosave.current.error?.message).toBe('connection reset')
  })

  it('stops at a stale version: stale state, no further saves, work still unsaved', async () => {
    const { backend, timer, autosave, type } = setup()
    backend.stored.version = 5 // saved elsewhere meanwhile
    type('نسختي')
    timer.advance(600)
    await backend.answer()
    expect(autosave.current.state).toBe('stale')
    expect(autosave.current.error?.code).toBe('stale_version')

    type('نسختي وأكثر')
    timer.advance(600)
    expect(await autosave.flush()).toBe(false)
    expect(backend.requests).toHaveLength(1)
    expect(autosave.hasUnsavedWork()).toBe(true)
    expect(backend.stored.version).toBe(5)
  })

  it('stops when the article was deleted elsewhere, keeping the work unsaved', async () => {
    const { backend, timer, autosave, type } = setup()
    type('قبل الحذف')
    backend.failNext = { ok: false, error: { code: 'not_found', message: 'المقال غير موجود' } }
    timer.advance(600)
    await backend.answer()
    expect(autosave.current).toMatchObject({ state: 'missing', error: { code: 'not_found' } })

    // Blur, navigation or close must not keep sending saves that cannot succeed.
    type('بعد الحذف')
    timer.advance(600)
    expect(await autosave.flush()).toBe(false)
    expect(backend.requests).toHaveLength(1)
    expect(autosave.current.state).toBe('missing')
    expect(autosave.hasUnsavedWork()).toBe(true)
  })

  it('after reloading the stored article, saves go out on its version again', async () => {
    const { backend, timer, autosave, type } = setup()
    backend.stored.version = 5
    type('قديم')
    timer.advance(600)
    await backend.answer()
    expect(autosave.current.state).toBe('stale')

    autosave.adopt(5, '2025-01-01T00:00:05Z')
    expect(autosave.current).toMatchObject({ state: 'saved', version: 5, updatedAt: '2025-01-01T00:00:05Z', error: null })
    expect(autosave.hasUnsavedWork()).toBe(false)

    type('جديد')
    const flushed = autosave.flush()
    await backend.answer()
    expect(await flushed).toBe(true)
    expect(backend.requests[1]?.baseVersion).toBe(5)
    // The screen's "edited" date follows the back side's commit time.
    expect(autosave.current).toMatchObject({ state: 'saved', version: 6, updatedAt: '2025-01-01T00:00:06Z' })
  })

  it('tells subscribers every change of state, in order', async () => {
    const { backend, autosave, type } = setup()
    const seen: string[] = []
    autosave.subscribe((status) => seen.push(status.state))
    type('خبر')
    const flushed = autosave.flush()
    await backend.answer()
    await flushed
    expect(seen).toEqual(['dirty', 'saving', 'saved'])
  })

  it('tells subscribers nothing while typing goes on: one "dirty" for a burst of keystrokes', () => {
    const { autosave, type } = setup()
    const seen: string[] = []
    autosave.subscribe((status) => seen.push(status.state))
    for (const letter of 'اندلع حريق') type(letter)
    expect(seen).toEqual(['dirty'])
  })
})
