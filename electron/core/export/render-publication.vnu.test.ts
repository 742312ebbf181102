import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import type { Article } from '../../../shared/article/article'
import {
  context,
  englishArticle,
  handBuiltPictures,
  hostile,
  hostileArticle,
  hostileStoredArticle,
  leadImageId,
  longArticle,
  manyFiguresArticle,
  manyFiguresPictures,
  minimalArticle,
  richArticle,
  siteSettings,
  tableArticle
} from './testing/export-fixtures'
import type { PublicationContext } from './publication-context'
import { renderPublication } from './render-publication'

const vnuJar = fileURLToPath(new URL('../../../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url))

interface VnuMessage {
  type: string
  subType?: string
  url?: string
  message: string
  extract?: string
}

// The Nu HTML Checker is what "valid" means for a published page
// (docs/publishing.md). It needs Java: where
// Java is missing this test fails rather than skips, so CI cannot pass unchecked.
// One Java run over the whole corpus; on a loaded two-core machine it has
// taken more than the usual 30 s.
describe('exported pages in the Nu HTML Checker', { timeout: 180_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'midad-vnu-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('have zero errors across the corpus: short, long, many figures, LTR, lists, related articles, tables, hostile input', () => {
    const withLead = richArticle()
    withLead.meta.leadImage = { mediaId: leadImageId, caption: 'الرئيسان عبر الفيديو', credit: 'أ ف ب', alt: 'بوتين أمام الشاشة' }
    withLead.meta.seoTitle = 'قمة بوتين وشي'
    withLead.meta.seoDescription = 'ما قاله الرئيسان.'
    const hostileLead = hostileArticle()
    hostileLead.meta.leadImage = { mediaId: leadImageId, caption: hostile.script, credit: hostile.script, alt: hostile.script }
    const site = { settings: siteSettings }
    const pages: Record<string, [Article, PublicationContext]> = {
      rich: [richArticle(), context()],
      'rich-site-renditions': [richArticle(), context({ ...site, pictures: handBuiltPictures() })],
      minimal: [minimalArticle(), context()],
      'minimal-site': [minimalArticle(), context(site)],
      long: [longArticle(), context(site)],
      'many-figures': [manyFiguresArticle(), context({ pictures: manyFiguresPictures() })],
      english: [englishArticle(), context(site)],
      'with-lead': [withLead, context({ ...site, pictures: handBuiltPictures() })],
      hostile: [hostileArticle(), context(site)],
      'hostile-lead': [hostileLead, context({ pictures: handBuiltPictures() })],
      'stored-by-hand': [hostileStoredArticle(), context({ ...site, pictures: handBuiltPictures() })],
      'library-emptied': [richArticle(), context({ articles: () => null })],
      tables: [tableArticle(), context(site)],
      draft: [richArticle(), context({ ...site, publishedAt: null })]
    }
    const files = Object.entries(pages).map(([name, [article, ctx]]) => {
      const file = join(dir, `${name}.html`)
      writeFileSync(file, renderPublication(article, ctx).page)
      return file
    })
    // One JVM for every page: starting Java is most of the cost.
    const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8' })
    expect(run.error, 'java must be installed to check exported HTML').toBeUndefined()
    const report = JSON.parse(run.stderr || run.stdout) as { messages: VnuMessage[] }
    const errors = report.messages.filter((m) => m.type === 'error' || m.subType === 'fatal' || m.type === 'non-document-error')
    expect(errors).toEqual([])
    expect(run.status).toBe(0)
  })
})
