import { join } from 'node:path'
import type { HandlerOptions } from '../handlers'

/**
 * What the browser host gives the handlers, inside a test's own folder:
 * single and batch exports under `<dir>/exports/<article id>`, pictures at /media/.
 */
export function handlerOptionsIn(dir: string): HandlerOptions {
  const exports = join(dir, 'exports')
  return {
    mediaUrl: (mediaId) => `/media/${mediaId}`,
    exportsFolderFor: () => exports,
    exportBatchFolder: () => exports
  }
}
