import type { Page } from '@playwright/test'

/**
 * The page's JavaScript heap after a full collection, from a heap snapshot,
 * split into the objects the page holds and the code V8 has compiled for it.
 * Compiled code grows as the same screens are used again (functions become
 * hot and are optimized) and levels off; it says nothing about what the app
 * keeps, so figures about retained memory count objects only.
 */
export async function heapSnapshotMb(page: Page): Promise<{ objects: number; code: number }> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.enable')
  await cdp.send('HeapProfiler.collectGarbage')
  const chunks: string[] = []
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (event) => chunks.push(event.chunk))
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  await cdp.detach()
  const snapshot = JSON.parse(chunks.join('')) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[] }
  const fields = snapshot.snapshot.meta.node_fields
  const types = snapshot.snapshot.meta.node_types[0]
  const typeAt = fields.indexOf('type')
  const sizeAt = fields.indexOf('self_size')
  let objects = 0
  let code = 0
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const size = snapshot.nodes[i + sizeAt]!
    if (types[snapshot.nodes[i + typeAt]!] === 'code') code += size
    else objects += size
  }
  return { objects: objects / (1024 * 1024), code: code / (1024 * 1024) }
}
