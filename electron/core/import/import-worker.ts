// The import worker's entry: reads one article file off the thread that
// serves the app (import-off-thread.ts starts it, once per file).
import { parentPort, workerData } from 'node:worker_threads'
import { MidadError } from '../../../shared/contract/errors'
import { importArticleFile } from './import-article-file'

const { fileName, bytes } = workerData as { fileName: string; bytes: Uint8Array }

importArticleFile(fileName, bytes).then(
  (article) => parentPort!.postMessage({ ok: true, article }),
  (error: unknown) =>
    parentPort!.postMessage(
      error instanceof MidadError
        ? { ok: false, code: error.code, params: error.params, detail: error.message }
        : { ok: false, detail: error instanceof Error ? (error.stack ?? error.message) : String(error) }
    )
)
