import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readArticleFile } from './read-article-file'
import { failureOf } from '../testing/failure-of'

describe('readArticleFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'midad-import-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('reads an article file from disk', async () => {
    const path = join(dir, 'article.txt')
    writeFileSync(path, 'العنوان\n\nالفقرة')
    expect((await readArticleFile(path)).meta.headline).toBe('العنوان')
  })

  it('says a missing file or a folder cannot be read', async () => {
    const missing = await failureOf(() => readArticleFile(join(dir, 'nope.txt')))
    expect(missing.code).toBe('file_unreadable')
    expect(missing.params).toEqual({ fileName: 'nope.txt' })
    expect((await failureOf(() => readArticleFile(dir))).code).toBe('file_unreadable')
  })

  it('refuses a file too large to be an article', async () => {
    const path = join(dir, 'huge.txt')
    writeFileSync(path, Buffer.alloc(3 * 1024 * 1024, 'ا'))
    expect((await failureOf(() => readArticleFile(path))).code).toBe('import_too_large')
  })

  it('names the limit of the file’s own kind, the same however large the file', async () => {
    for (const megabytes of [3, 25]) {
      const path = join(dir, `big-${megabytes}.txt`)
      writeFileSync(path, Buffer.alloc(megabytes * 1024 * 1024, 'a'))
      expect((await failureOf(() => readArticleFile(path))).params).toEqual({ fileName: `big-${megabytes}.txt`, limitMb: 2 })
    }
  })
})
