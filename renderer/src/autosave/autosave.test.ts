import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { emptyMeta } from '../../../shared/article/meta'
import type { Result } from '../../../shared/contract/errors'
import { readMeta, writeMeta } from '../../../shared/document/article-document'
import { ArticleReplica, FROM_BACK_SIDE, type Acknowledged } from '../replica/article-replica'
import { ArticleAutosave, type SaveTimer } from './autosave'

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
 * The back side of the contract, holding the article's document: it commits
 * each update it is sent. Each answer is held until the test releases it.
 */
class FakeBackend {
  readonly doc = new Y.Doc()
  sent = 0
  inFlight = 0
  maxInFlight = 0
  failNext: Result<Acknowledged> | null = null
  private held: (() => void)[] = []

  constructor() {
    writeMeta(this.doc, { ...emptyMeta })
  }

  get stored() {
    return { headline: readMeta(this.doc).headline }
  }

  open = async (since?: string) => {
    const known = since === undefined ? undefined : Buffer.from(since, 'base64')
    return { ok: true as const, value: { state: Buffer.from(Y.encodeStateAsUpdateV2(this.doc, known)).toString('base64') } }
  }

  send = (update: string): Promise<Result<Acknowledged>> => {
    this.sent++
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
        Y.applyUpdateV2(this.doc, Buffer.from(update, 'base64'), FROM_BACK_SIDE)
        resolve({ ok: true, value: { committedAt: `2025-01-01T00:00:0${this.sent}Z` } })
      })
    })
  }

  get pending(): number {
    return this.held.length
  }

  /** Lets the oldest held commit answer, and waits until its answer is handled. */
  async answer(): Promise<void> {
    const release = this.held.shift()
    if (!release) throw new Error('no commit is waiting for an answer')
    release()
    await settle()
  }
}

const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve()
}

async function setup() {
  const backend = new FakeBackend()
  const timer = new ManualTimer()
  const opened = await ArticleReplica.open({ open: backend.open, send: backend.send })
  if (!opened.ok) throw new Error(opened.error.message)
  const replica = opened.value
  const autosave = new ArticleAutosave({ updatedAt: '2025-01-01T00:00:00Z', commit: () => replica.commit(), timer })
  replica.onEdit(() => autosave.edit())
  // The headline field: what the journalist typed goes into the replica, as the article screen writes it.
  const type = (headline: string) => writeMeta(replica.doc, { ...readMeta(replica.doc), headline })
  return { backend, timer, autosave, type, replica }
}

describe('article autosave', () => {
  it('starts saved and says nothing needs saving', async () => {
    const { autosave } = await setup()
    expect(autosave.current.state).toBe('saved')
    expect(autosave.hasUnsavedWork()).toBe(false)
  })

  it('coalesces a burst of edits into one save, sent after the pause', async () => {
    const { backend, timer, autosave, type } = await setup()
    type('ا')
    timer.advance(300)
    type('اق')
    timer.advance(300)
    type('اقت')
    expect(autosave.current.state).toBe('dirty')
    timer.advance(599)
    expect(backend.sent).toBe(0)
    timer.advance(1)
    expect(backend.sent).toBe(1)
    expect(autosave.current.state).toBe('saving')
    await backend.answer()
    expect(autosave.current).toMatchObject({ state: 'saved', version: 1, updatedAt: '2025-01-01T00:00:01Z', error: null })
    expect(backend.stored.headline).toBe('اقت')
  })

  it('saves at once on flush (blur, navigation, close) without waiting for the pause', async () => {
    const { backend, autosave, type } = await setup()
    type('عاجل')
    const flushed = autosave.flush()
    expect(backend.sent).toBe(1)
    await backend.answer()
    expect(await flushed).toBe(true)
    expect(autosave.current.state).toBe('saved')
    expect(backend.stored.headline).toBe('عاجل')
    expect(autosave.hasUnsavedWork()).toBe(false)
  })

  it('does not send a save when nothing changed', async () => {
    const { backend, autosave } = await setup()
    expect(await autosave.flush()).toBe(true)
    expect(backend.sent).toBe(0)
  })

  it('never has two saves of one article in flight, and sends edits made during a save in the next', async () => {
    const { backend, timer, autosave, type } = await setup()
    type('الأول')
    timer.advance(600)
    expect(backend.pending).toBe(1)

    type('الأول والثاني')
    timer.advance(600)
    void autosave.flush()
    expect(backend.pending).toBe(1)
    expect(autosave.current.state).toBe('saving')

    await backend.answer()
    expect(backend.stored.headline).toBe('الأول')
    expect(backend.sent).toBe(2)
    await backend.answer()

    expect(backend.maxInFlight).toBe(1)
    expect(autosave.current).toMatchObject({ state: 'saved', version: 2 })
    expect(backend.stored.headline).toBe('الأول والثاني')
  })

  it('keeps an edit typed during a save dirty until its own save is acknowledged', async () => {
    const { backend, timer, autosave, type } = await setup()
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
    const { backend, timer, autosave, type } = await setup()
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
    const { backend, timer, autosave, type } = await setup()
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
    expect(autosave.current).toMatchObject({ state: 'saved', error: null, version: 1 })
    // The edit whose send failed went out again with the one typed after it.
    expect(backend.stored.headline).toBe('نص آخر')
  })

  it('treats a transport that throws as a failed save, not a saved one, and keeps the edit waiting', async () => {
    const { timer, type, replica } = await setup()
    const failing = new ArticleAutosave({ updatedAt: '2025-01-01T00:00:00Z', commit: () => Promise.reject(new Error('connection reset')), timer })
    replica.onEdit(() => failing.edit())
    type('خبر')
    expect(await failing.flush()).toBe(false)
    expect(failing.current.state).toBe('failed')
    expect(failing.current.error?.message).toBe('connection reset')
    expect(replica.waitingEdits).toBe(1)
  })

  it('stops when the article was deleted elsewhere, keeping the work unsaved', async () => {
    const { backend, timer, autosave, type } = await setup()
    type('قبل الحذف')
    backend.failNext = { ok: false, error: { code: 'not_found', message: 'المقال غير موجود' } }
    timer.advance(600)
    await backend.answer()
    expect(autosave.current).toMatchObject({ state: 'missing', error: { code: 'not_found' } })

    // Blur, navigation or close must not keep sending saves that cannot succeed.
    type('بعد الحذف')
    timer.advance(600)
    expect(await autosave.flush()).toBe(false)
    expect(backend.sent).toBe(1)
    expect(autosave.current.state).toBe('missing')
    expect(autosave.hasUnsavedWork()).toBe(true)
  })

  it('a change caught up from elsewhere moves what follows the stored article, and leaves the indicator as it was', async () => {
    const { autosave, type } = await setup()
    type('خبر')
    autosave.storedChanged()
    expect(autosave.current).toMatchObject({ state: 'dirty', version: 1 })
  })

  it('tells subscribers every change of state, in order', async () => {
    const { backend, autosave, type } = await setup()
    const seen: string[] = []
    autosave.subscribe((status) => seen.push(status.state))
    type('خبر')
    const flushed = autosave.flush()
    await backend.answer()
    await flushed
    expect(seen).toEqual(['dirty', 'saving', 'saved'])
  })

  it('tells subscribers nothing while typing goes on: one "dirty" for a burst of keystrokes', async () => {
    const { autosave, type } = await setup()
    const seen: string[] = []
    autosave.subscribe((status) => seen.push(status.state))
    for (const letter of 'اندلع حريق') type(letter)
    expect(seen).toEqual(['dirty'])
  })
})
