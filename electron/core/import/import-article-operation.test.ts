import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Article } from '../../../shared/article/article'
import { dispatch } from '../../../shared/contract/dispatch'
import type { Result } from '../../../shared/contract/errors'
import { openCore, type Core } from '../core'
import { createHandlers } from '../handlers'
import { handlerOptionsIn } from '../testing/handler-options'

const sample = readFileSync(fileURLToPath(new URL('./fixtures/world-news.txt', import.meta.url)))
const base64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64')

let dir: string
let core: Core
let call: (payload: unknown) => Promise<Result<unknown>>

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-import-op-'))
  core = openCore({ dbPath: join(dir, 'midad.sqlite') })
  const handlers = createHandlers(core, handlerOptionsIn(dir))
  call = (payload) => dispatch(handlers, 'importArticle', payload, { locale: 'ar' })
})
afterEach(() => {
  core.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('importArticle through the contract', () => {
  it('stores the world-news sample as an article the library lists and reopens', async () => {
    const result = await call({ fileName: 'world-news.txt', dataBase64: base64(sample) })
    if (!result.ok) throw new Error(result.error.message)
    const article = result.value as Article
    expect(core.listArticles().map((a) => a.id)).toEqual([article.id])
    const stored = core.getArticle(article.id)
    expect(stored.meta.section).toBe('أخبار العالم')
    expect(stored.meta.headline).toBe('بوتين وشي: التحالف الروسي الصيني ركيزة استقرار عالمي')
    expect(stored.body.content?.filter((n) => n.type === 'heading')).toHaveLength(3)
    expect(stored.body.content?.find((n) => n.type === 'figure')?.attrs).toMatchObject({ mediaId: null, credit: 'أ ف ب' })
    expect(stored.wordCount).toBeGreaterThan(250)
  })

  it('refuses a damaged Word file, an unknown format and bad base64 with an Arabic message, and creates nothing', async () => {
    core.createArticle({ headline: 'موجود' })
    const before = core.listArticles()
    const refused = [
      [{ fileName: 'تقرير.docx', dataBase64: base64('ليس مستند Word') }, 'import_docx_damaged', /«تقرير.docx» ليس مستند Word سليمًا/],
      [{ fileName: 'scan.pdf', dataBase64: base64('%PDF-1.7') }, 'import_unsupported_format', /لا يمكن استيراد «scan.pdf»/],
      [{ fileName: 'a.txt', dataBase64: 'not base64!' }, 'invalid_input', /./],
      [{ fileName: '', dataBase64: base64('x') }, 'invalid_input', /./]
    ] as const
    for (const [payload, code, message] of refused) {
      const result = await call(payload)
      if (result.ok) throw new Error(`expected ${code}`)
      expect(result.error.code).toBe(code)
      expect(result.error.message).toMatch(message)
    }
    expect(core.listArticles()).toEqual(before)
  })
})
