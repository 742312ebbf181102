import { join } from 'node:path'
import { hostMediaUrl } from '../../../shared/contract/wire'
import type { HandlerOptions } from '../handlers'

/**
 * What the browser host gives the handlers, inside a test's own folder:
 * single and batch exports under `<dir>/exports/<article id>`, review bundles
 * in `<dir>/bundles/`, pictures at /media/.
 */
export function handlerOptionsIn(dir: string): HandlerOptions {
  const exports = join(dir, 'exports')
  return {
    mediaUrl: hostMediaUrl,
    exportsFolderFor: () => exports,
    exportBatchFolder: () => exports,
    bundleFolder: () => join(dir, 'bundles')
  }
}
