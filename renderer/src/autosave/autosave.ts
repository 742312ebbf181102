import type { MidadFailure, Result } from '../../../shared/contract/errors'

/**
 * What the save indicator shows. `saved` is only ever reached when the back
 * side acknowledged a commit of everything typed so far. `missing` (the
 * article was deleted elsewhere) stops saving: retrying could never succeed,
 * and the screen offers the way out instead. Two windows on one article no
 * longer refuse each other: their edits merge.
 */
export type SaveState = 'saved' | 'dirty' | 'saving' | 'failed' | 'missing'

const stopsSaving = (state: SaveState) => state === 'missing'

/** The back side's answer to a commit. */
export interface Committed {
  /** When the back side committed it (ISO). */
  committedAt: string
}

export interface SaveTimer {
  set(run: () => void, ms: number): unknown
  clear(handle: unknown): void
}

export interface AutosaveOptions {
  updatedAt: string
  /**
   * The transport boundary: sends every edit not yet committed (the replica
   * knows which) and answers once the back side has committed them. A failed
   * commit leaves them waiting for the next.
   */
  commit: () => Promise<Result<Committed>>
  delayMs?: number
  timer?: SaveTimer
}

export interface SaveProgress {
  state: SaveState
  /**
   * Counts the changes of the stored article this window knows of: each of
   * its own commits and each change caught up from elsewhere. What follows
   * the stored article (the preview, the check) reads it again when it moves.
   */
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
 * Edits are counted rather than copied: a commit takes what is waiting when
 * it starts and records which edit it covers, so anything typed while it is
 * in flight is still dirty afterwards and goes out next. Only one commit per
 * article is ever in flight, and a failure never discards an edit (the
 * replica keeps it waiting).
 */
export class ArticleAutosave {
  private readonly commit: AutosaveOptions['commit']
  private readonly delayMs: number
  private readonly timer: SaveTimer

  private progress: SaveProgress
  private editCount = 0
  private savedEditCount = 0
  private pendingTimer: unknown = null
  private inFlight: Promise<boolean> | null = null
  private saveWanted = false
  private readonly listeners = new Set<(progress: SaveProgress) => void>()

  constructor(options: AutosaveOptions) {
    this.commit = options.commit
    this.delayMs = options.delayMs ?? AUTOSAVE_DELAY_MS
    this.timer = options.timer ?? browserTimer
    this.progress = { state: 'saved', version: 0, updatedAt: options.updatedAt, error: null }
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

  /** A change made elsewhere was caught up: what follows the stored article reads it again. */
  storedChanged(): void {
    this.update({ version: this.progress.version + 1 })
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
    const covers = this.editCount
    this.saveWanted = false
    this.update({ state: 'saving' })
    const attempt = this.send().then((result) => {
      this.inFlight = null
      return this.settle(result, covers)
    })
    this.inFlight = attempt
    return attempt
  }

  private async send(): Promise<Result<Committed>> {
    try {
      return await this.commit()
    } catch (error) {
      // A transport that throws instead of answering is still a failed save,
      // never a silent one.
      const message = error instanceof Error ? error.message : String(error)
      return { ok: false, error: { code: 'internal', message } }
    }
  }

  private settle(result: Result<Committed>, covers: number): boolean {
    if (!result.ok) {
      this.update({ state: result.error.code === 'not_found' ? 'missing' : 'failed', error: result.error })
      return false
    }
    this.savedEditCount = covers
    const version = this.progress.version + 1
    const updatedAt = result.value.committedAt
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
