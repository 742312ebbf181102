import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { MidadError, type ErrorCode, type ErrorParams } from '../../../shared/contract/errors'
import type { ImportedArticle } from './imported-article'

export interface ImportBounds {
  /** Stops the import (the journalist cancelled, the client went away). */
  signal?: AbortSignal
  /** Wall-clock time one file may take to read. */
  timeLimitMs?: number
  /** Heap the reading may take; past it the worker is stopped. */
  memoryLimitMb?: number
}

// A 4.9 MB saved page takes some 15 s and 900 MB; a Word file inflating to
// 29 MB of XML took 35 s and 2.6 GB, and is no article.
export const IMPORT_TIME_LIMIT_MS = 60_000
export const IMPORT_MEMORY_LIMIT_MB = 1536

type WorkerReply =
  | { ok: true; article: ImportedArticle }
  | { ok: false; code?: ErrorCode; params?: ErrorParams; detail: string }

const here = dirname(fileURLToPath(import.meta.url))

// Built, the worker is its own file beside the bundled main, CLI and host
// (electron.vite.config.ts); from sources (the tests) it is TypeScript, so the
// worker registers tsx before loading it.
function startWorker(workerData: unknown, resourceLimits: { maxOldGenerationSizeMb: number }): Worker {
  const built = join(here, 'import-worker.js')
  if (existsSync(built)) return new Worker(built, { workerData, resourceLimits })
  const entry = pathToFileURL(join(here, 'import-worker.ts')).href
  const tsx = import.meta.resolve('tsx/esm/api')
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}) })`
  return new Worker(bootstrap, { eval: true, workerData, resourceLimits })
}

/**
 * Reads an article file in a worker thread, so the thread that answers the
 * app (or the host's other requests) is never blocked by a heavy file, and a
 * file that would take too long or too much memory is stopped and refused
 * with a message rather than freezing or crashing the app.
 */
export function importOffThread(fileName: string, bytes: Uint8Array, bounds: ImportBounds = {}): Promise<ImportedArticle> {
  const timeLimitMs = bounds.timeLimitMs ?? IMPORT_TIME_LIMIT_MS
  const memoryLimitMb = bounds.memoryLimitMb ?? IMPORT_MEMORY_LIMIT_MB
  return new Promise((resolve, reject) => {
    if (bounds.signal?.aborted) {
      reject(new MidadError('cancelled'))
      return
    }
    const worker = startWorker({ fileName, bytes }, { maxOldGenerationSizeMb: memoryLimitMb })
    let settled = false
    const settle = (outcome: () => void) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      bounds.signal?.removeEventListener('abort', onAbort)
      void worker.terminate()
      outcome()
    }
    const onAbort = () => settle(() => reject(new MidadError('cancelled')))
    const timer = setTimeout(
      () => settle(() => reject(new MidadError('import_too_slow', { fileName, seconds: Math.ceil(timeLimitMs / 1000) }))),
      timeLimitMs
    )
    bounds.signal?.addEventListener('abort', onAbort, { once: true })
    worker.on('message', (reply: WorkerReply) =>
      settle(() => {
        if (reply.ok) resolve(reply.article)
        else if (reply.code) reject(new MidadError(reply.code, reply.params, reply.detail))
        else reject(new Error(`import worker: ${reply.detail}`))
      })
    )
    worker.on('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new MidadError('import_too_much_memory', { fileName, limitMb: memoryLimitMb }, error.message)
            : error
        )
      )
    )
    worker.on('exit', (code) => settle(() => reject(new Error(`import worker exited with code ${code}`))))
  })
}
