import { randomUUID } from 'node:crypto'
import type { Article } from '../../shared/article/article'
import { MidadError } from '../../shared/contract/errors'

/** Where each article of one batch goes, decided by the shell when the batch begins. */
export type BatchFolders = { folder: string; folderFor(article: Article): string }

// A journalist runs one batch at a time; a few are kept so a batch started in
// a second window does not end the first.
const KEPT_BATCHES = 8

/**
 * The export folders chosen for batches, by id. The renderer only ever holds
 * the id: the path stays on the back side, so a page cannot name a folder to
 * write into.
 */
export function createExportBatches(): {
  begin(folders: BatchFolders): string
  folderFor(batchId: string, article: Article): string
} {
  const batches = new Map<string, BatchFolders>()
  return {
    begin(folders) {
      const batchId = randomUUID()
      batches.set(batchId, folders)
      while (batches.size > KEPT_BATCHES) batches.delete(batches.keys().next().value!)
      return batchId
    },
    folderFor(batchId, article) {
      const batch = batches.get(batchId)
      if (!batch) throw new MidadError('export_batch_expired')
      return batch.folderFor(article)
    }
  }
}
