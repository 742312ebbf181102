import type { MidadApi } from '../../../shared/contract/api'
import type { MidadFailure } from '../../../shared/contract/errors'

/** The two operations a batch needs; the app passes its whole contract client. */
export type BatchApi = Pick<MidadApi, 'beginExportBatch' | 'exportArticle'>

export interface BatchArticle {
  id: string
  headline: string
}

export interface BatchProgress {
  /** Articles finished, exported or refused. */
  done: number
  total: number
  /** The article being exported now; null once the run is over. */
  current: BatchArticle | null
}

export interface BatchRefusal {
  article: BatchArticle
  failure: MidadFailure
}

export interface BatchReport {
  folder: string
  exported: BatchArticle[]
  refused: BatchRefusal[]
  /** Left out because the run stopped early (asked to, or the batch ended on the back side). */
  notAttempted: BatchArticle[]
  stopped: boolean
}

/** The batch never began (no folder, including a journalist who closed the folder picker: `cancelled`), or its report. */
export type BatchRun = { ok: true; report: BatchReport } | { ok: false; failure: MidadFailure }

export interface BatchEvents {
  /** The folder is chosen and the first article is about to go. */
  onBegun?: (folder: string) => void
  onProgress?: (progress: BatchProgress) => void
  /** Asked before each article: a stop lets the article in hand finish, never cuts it in half. */
  stopRequested?: () => boolean
}

/**
 * Exports the articles into one folder chosen once, one after another:
 * the pictures go through sharp, which takes a core to itself, so running
 * them side by side would only make each slower. An article the back side
 * refuses (the pre-publish check's errors, a damaged picture) is reported
 * with its reason and the batch goes on; a batch the back side no longer
 * knows ends the run, since every article after it would be refused too.
 */
export async function runExportBatch(api: BatchApi, articles: readonly BatchArticle[], events: BatchEvents = {}): Promise<BatchRun> {
  const begun = await api.beginExportBatch({})
  if (!begun.ok) return { ok: false, failure: begun.error }
  const { batchId, folder } = begun.value
  events.onBegun?.(folder)

  const report: BatchReport = { folder, exported: [], refused: [], notAttempted: [], stopped: false }
  const total = articles.length
  for (const [index, article] of articles.entries()) {
    if (report.stopped || events.stopRequested?.()) {
      report.stopped = true
      report.notAttempted.push(...articles.slice(index))
      break
    }
    events.onProgress?.({ done: index, total, current: article })
    const exported = await api.exportArticle({ id: article.id, batchId })
    if (exported.ok) report.exported.push(article)
    else {
      report.refused.push({ article, failure: exported.error })
      if (exported.error.code === 'export_batch_expired') report.stopped = true
    }
  }
  events.onProgress?.({ done: report.exported.length + report.refused.length, total, current: null })
  return { ok: true, report }
}
