import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openCore } from '../core'
import { failureOf } from '../testing/failure-of'
import { readArticleFile } from './read-article-file'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-imports-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('an import in two steps', () => {
  it('reads a file without touching any database, then stores what it read as a new article', async () => {
    const file = join(dir, 'خبر.txt')
    writeFileSync(file, 'العنوان\n\nالفقرة الأولى')
    const read = await readArticleFile(file)
    expect(readdirSync(dir)).toEqual(['خبر.txt'])

    const core = openCore({ dbPath: join(dir, 'midad.sqlite') })
    try {
      const stored = await core.storeImportedArticle(read)
      expect(stored.meta.headline).toBe('العنوان')
      expect(stored.unkept).toEqual({ pictures: 0, objects: 0, comments: 0, footnotes: 0 })
      expect(core.findArticle(stored.id)?.meta.headline).toBe('العنوان')
    } finally {
      core.close()
    }
  })

  it('stores nothing when cancelled before the article is created', async () => {
    const file = join(dir, 'خبر.txt')
    writeFileSync(file, 'العنوان\n\nالفقرة')
    const read = await readArticleFile(file)
    const core = openCore({ dbPath: join(dir, 'midad.sqlite') })
    try {
      const cancel = new AbortController()
      cancel.abort()
      expect((await failureOf(() => core.storeImportedArticle(read, { signal: cancel.signal }))).code).toBe('cancelled')
      expect(core.listArticles()).toEqual([])
    } finally {
      core.close()
    }
    expect(existsSync(join(dir, 'midad.sqlite'))).toBe(true)
  })
})
