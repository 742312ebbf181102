import type { ArticleBody } from '../../../shared/article/body'
import type { ArticleMeta } from '../../../shared/article/meta'
import type { MidadFailure, Result } from '../../../shared/contract/errors'
import type { OperationOutput } from '../../../shared/contract/operations'

/**
 * What the save indicator shows. `saved` is only ever reached when the back
 * side acknowledged a commit of everything typed so far. `stale` (a newer
 * version was saved elsewhere) and `missing` (the article was deleted
 * elsewhere) stop saving: retrying could never succeed, and the screen offers
 * the way out instead.
 */
export type SaveState = 'saved' | 'dirty' | 'saving' | 'failed' | 'stale' | 'missing'

const stopsSaving = (state: SaveState) => state === 'stale' || state === 'missing'

export interface Draft {
  meta: ArticleMeta
  body: ArticleBody
}

export type SaveRequest = { id: string; baseVersion: number } & Draft
export type SaveAck = OperationOutput<'saveArticle'>

export interface SaveTimer {
  set(run: () => void, ms: number): unknown
  clear(handle: unknown): void
}

export interface AutosaveOptions {
  articleId: string
  version: number
  updatedAt: string
  /** The transport boundary: the contract's saveArticle. */
  save: (request: SaveRequest) => Promise<Result<SaveAck>>
  /** Reads the draft as it is at the moment a save starts. */
  readDraft: () => Draft
  delayMs?: number
  timer?: SaveTimer
}

export interface SaveProgress {
  state: SaveState
  version: number
  /** When the back side last committed the article (ISO); the screen shows it as "edited". */
  updatedAt: string
  error: MidadFailure | null
}

export const AUTOSAVE_DELAY_MS = 600

const browserTimer: SaveTimer = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
}

/**
 * Autosave for one open article, independent of React so it can be tested.
 *
 * Edits are counted rather than copied: a save reads the draft when it starts
 * and records which edit it covers, so anything typed while it is in flight
 * is still dirty afterwards and goes out next, on the version just written.
 * Only one save per article is ever in flight, and a failure never discards
 * the draft (the editor still holds it).
 */
export class ArticleAutosave {
  private readonly articleId: string
  private readonly save: AutosaveOptions['save']
  private readonly readDraft: () => Draft
  private readonly delayMs: number
  private readonly timer: SaveTimer

  private progress: SaveProgress
  private editCount = 0
  private savedEditCount = 0
  private pendingTimer: unknown = null
  private inFlight: Promise<boolean> | null = null
  private saveWanted = false
  // Bumped when the stored article is adopted again, so an answer to a save
  // sent before that can no longer change what the indicator says.
  private generation = 0
  private readonly listeners = new Set<(progress: SaveProgress) => void>()

  constructor(options: AutosaveOptions) {
    this.articleId = options.articleId
    this.save = options.save
    this.readDraft = options.readDraft
    this.delayMs = options.delayMs ?? AUTOSAVE_DELAY_MS
    this.timer = options.timer ?? browserTimer
    this.progress = { state: 'saved', version: options.version, updatedAt: options.updatedAt, error: null }
  }

  get current(): SaveProgress {
    return this.progress
  }

  subscribe(listener: (progress: SaveProgress) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** True while something typed is not yet acknowledged by the back side. */
  hasUnsavedWork(): boolean {
    return this.isDirty() || this.inFlight !== null
  }

  /** Something in the article changed: save it soon. */
  edit(): void {
    this.editCount++
    if (stopsSaving(this.progress.state)) return
    // While saving, the indicator keeps saying so; a failure stays visible
    // until a retry succeeds, so the journalist is not told all is well.
    if (this.progress.state === 'saved' || this.progress.state === 'dirty') {
      this.update({ state: 'dirty' })
    }
    this.clearTimer()
    this.pendingTimer = this.timer.set(() => {
      this.pendingTimer = null
      this.onDebounceElapsed()
    }, this.delayMs)
  }

  /**
   * Save now (blur, navigation, window close, retry). Resolves true once
   * everything typed before the call is committed, false if it could not be.
   */
  async flush(): Promise<boolean> {
    this.clearTimer()
    for (;;) {
      if (this.inFlight) {
        this.saveWanted = true
        const ok = await this.inFlight
        if (!ok) return false
        continue
      }
      if (stopsSaving(this.progress.state)) return false
      if (!this.isDirty()) return true
      if (!(await this.startSave())) return false
    }
  }

  /**
   * The stored article was loaded again (after a stale refusal): its version
   * becomes the base and the editor content is, by definition, saved.
   */
  adopt(version: number, updatedAt: string): void {
    this.generation++
    this.clearTimer()
    this.inFlight = null
    this.saveWanted = false
    this.editCount = 0
    this.savedEditCount = 0
    this.update({ state: 'saved', version, updatedAt, error: null })
  }

  dispose(): void {
    this.clearTimer()
    this.listeners.clear()
  }

  private isDirty(): boolean {
    return this.editCount !== this.savedEditCount
  }

  private onDebounceElapsed(): void {
    if (this.inFlight) {
      this.saveWanted = true
      return
    }
    if (stopsSaving(this.progress.state) || !this.isDirty()) return
    void this.startSave()
  }

  private startSave(): Promise<boolean> {
    const generation = this.generation
    const covers = this.editCount
    const request: SaveRequest = { id: this.articleId, baseVersion: this.progress.version, ...this.readDraft() }
    this.saveWanted = false
    this.update({ state: 'saving' })
    const attempt = this.send(request).then((result) => {
      if (generation !== this.generation) return false
      this.inFlight = null
      return this.settle(result, covers)
    })
    this.inFlight = attempt
    return attempt
  }

  private async send(request: SaveRequest): Promise<Result<SaveAck>> {
    try {
      return await this.save(request)
    } catch (error) {
      // A transport that throws instead of answering is still a failed save,
      // never a silent one.
      const message = error instanceof Error ? error.message : String(error)
      return { ok: false, error: { code: 'internal', message } }
    }
  }

  private settle(result: Result<SaveAck>, covers: number): boolean {
    if (!result.ok) {
      const code = result.error.code
      const state = code === 'stale_version' ? 'stale' : code === 'not_found' ? 'missing' : 'failed'
      this.update({ state, error: result.error })
      return false
    }
    this.savedEditCount = covers
    const { version, updatedAt } = result.value
    if (!this.isDirty()) {
      this.update({ state: 'saved', version, updatedAt, error: null })
      return true
    }
    this.update({ state: 'dirty', version, updatedAt, error: null })
    // Edits arrived during the save. If their debounce already ran out (or a
    // flush is waiting), they go out now; otherwise the pending timer sends them.
    if (this.saveWanted || this.pendingTimer === null) void this.startSave()
    return true
  }

  private clearTimer(): void {
    if (this.pendingTimer !== null) {
      this.timer.clear(this.pendingTimer)
      this.pendingTimer = null
    }
  }

  private update(patch: Partial<SaveProgress>): void {
    const next = { ...this.progress, ...patch }
    // Every keystroke asks for "dirty"; only a real change is news. (A new
    // object each time re-rendered the article screen once per letter.)
    if ((Object.keys(next) as (keyof SaveProgress)[]).every((key) => next[key] === this.progress[key])) return
    this.progress = next
    for (const listener of this.listeners) listener(this.progress)
  }
}
