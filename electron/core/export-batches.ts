import { randomUUID } from 'node:crypto'
import { MidadError } from '../../shared/contract/errors'

// A journalist runs one batch at a time; a few are kept so a batch started in
// a second window does not end the first.
const KEPT_BATCHES = 8

/**
 * The export folders chosen for batches, by id. The renderer only ever holds
 * the id: the path stays on the back side, so a page cannot name a folder to
 * write into.
 */
export function createExportBatches(): {
  begin(folder: string): string
  folderOf(batchId: string): string
} {
  const batches = new Map<string, string>()
  return {
    begin(folder) {
      const batchId = randomUUID()
      batches.set(batchId, folder)
      while (batches.size > KEPT_BATCHES) batches.delete(batches.keys().next().value!)
      return batchId
    },
    folderOf(batchId) {
      const folder = batches.get(batchId)
      if (folder === undefined) throw new MidadError('export_batch_expired')
      return folder
    }
  }
}
