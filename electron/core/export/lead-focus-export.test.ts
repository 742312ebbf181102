import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { emptyMeta } from '../../../shared/article/meta'
import { openCore, type Core } from '../core'

let dir: string
let core: Core
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-lead-focus-'))
  core = openCore({ dbPath: join(dir, 'midad.sqlite') })
})
afterEach(() => {
  core.close()
  rmSync(dir, { recursive: true, force: true })
})

// A 1600×900 photograph whose left half is red and right half blue.
const halves = () =>
  sharp({ create: { width: 1600, height: 900, channels: 3, background: '#0000ff' } })
    .composite([{ input: { create: { width: 800, height: 900, channels: 3, background: '#ff0000' } }, left: 0, top: 0 }])
    .jpeg()
    .toBuffer()

async function squareCropRedness(focusX: number, folder: string): Promise<number> {
  const picture = await core.addImage('halves.jpg', await halves())
  const leadImage = { mediaId: picture.mediaId, caption: 'صورة', credit: 'أ ف ب', alt: 'نصفان', focus: { x: focusX, y: 0.5 } }
  const body = { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'نص المقال' }] }] }
  const article = core.createArticle({ ...emptyMeta, headline: 'بؤرة الصورة', leadImage }, body)
  const { folder: out } = await core.exportArticle(article.id, join(dir, folder))
  const stem = picture.mediaId.replace(/\.[a-z]+$/, '')
  const { channels } = await sharp(join(out, 'images', `${stem}-1x1.jpg`)).stats()
  return channels[0]!.mean - channels[2]!.mean
}

it('the exported 1×1 crop keeps the focal point the journalist set on the lead image', async () => {
  // Focus on the left edge: the square (900 of 1600 px) is cut mostly from the red half; on the
  // right edge, from the blue one. A centred crop would be half and half (difference 0).
  expect(await squareCropRedness(0, 'left')).toBeGreaterThan(150)
  expect(await squareCropRedness(1, 'right')).toBeLessThan(-150)
})
