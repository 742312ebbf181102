import { nullLog, type Log } from '../log/log'

/** How long an article rests after its last committed edit before its row is written from its document. */
export const PROJECTION_IDLE_MS = 1000

/**
 * Keeps each article's row (what lists, checks and exports read) following
 * its document without writing it on every keystroke's update: an article's
 * row is written once it has rested, or at once when something asks to read it.
 */
export interface Projector {
  /** An edit of the article was committed. */
  touch(articleId: string): void
  /** Writes the article's row now if an edit is waiting for it. */
  flush(articleId: string): void
  flushAll(): void
  /** Drops what waits for an article that no longer exists. */
  drop(articleId: string): void
  /** Writes the article's row now, whether or not an edit waits here (one left by another program). */
  run(articleId: string): void
}

export function createProjector(project: (articleId: string) => void, log: Log = nullLog, idleMs = PROJECTION_IDLE_MS): Projector {
  const waiting = new Map<string, ReturnType<typeof setTimeout>>()

  const projectNow = (articleId: string) => {
    try {
      project(articleId)
    } catch (error) {
      // The document keeps the edit; the row stays as it last was until a later edit projects cleanly.
      log.error('an article’s row could not be written from its document', { articleId, error })
    }
  }

  const run = (articleId: string) => {
    const timer = waiting.get(articleId)
    if (timer === undefined) return
    clearTimeout(timer)
    waiting.delete(articleId)
    projectNow(articleId)
  }

  return {
    touch(articleId) {
      const timer = waiting.get(articleId)
      if (timer !== undefined) clearTimeout(timer)
      const next = setTimeout(() => run(articleId), idleMs)
      // A program that is done (the CLI) does not wait for it: close flushes instead.
      next.unref?.()
      waiting.set(articleId, next)
    },
    flush: run,
    flushAll: () => {
      for (const articleId of [...waiting.keys()]) run(articleId)
    },
    drop(articleId) {
      clearTimeout(waiting.get(articleId))
      waiting.delete(articleId)
    },
    run: (articleId) => {
      clearTimeout(waiting.get(articleId))
      waiting.delete(articleId)
      projectNow(articleId)
    }
  }
}
