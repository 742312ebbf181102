// Review never leaves the newsroom: no comment and no suggestion reaches the
// page, the CMS fragment, ninjs or the preview; suggestions still waiting stop
// export for publishing, and a draft export leaves them out and says so.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openCore, type Core } from '../core'
import { failureOf } from '../testing/failure-of'
import { body, deleted, inserted, paragraph, suggest, text } from './testing/review-bodies'

let dir: string
let core: Core

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-review-publishing-'))
  core = openCore({ dbPath: join(dir, 'midad.sqlite'), projectionIdleMs: 5 })
})
afterEach(() => {
  core.close()
  rmSync(dir, { recursive: true, force: true })
})

// Words only a suggestion adds: they must never be published while it waits.
const SUGGESTED = ['بصورة نهائية', 'فقرة مقترحة لم يقبلها أحد', 'مؤقتا']
const reviewTraces = ['data-thread', 'comment-anchor', '<ins', '<del', 'data-suggestion', 'suggested-', 'insertion', 'deletion']

/** An article full of review: comments, overlapping ones, a replacement, an addition, a whole paragraph suggested, a heading's words suggested out. */
function articleUnderReview(): string {
  core.saveProfile({ name: 'ليلى', role: 'journalist' })
  const { id } = core.createArticle(
    { headline: 'الحكومة تقر الموازنة', section: 'اقتصاد', bylines: ['ليلى'] },
    body(paragraph('قال الوزير إن الاتفاق قريب.'), { type: 'heading', attrs: { level: 2 }, content: [text('تفاصيل الاتفاق الأولية')] }, paragraph('وأضاف أن الجلسة انتهت.'))
  )
  suggest(
    core,
    id,
    body(
      paragraph('قال الوزير ', deleted('إن', 'e1f2a3b4-0000-4000-8000-000000000001'), inserted('أن', 'e1f2a3b4-0000-4000-8000-000000000001'), ' الاتفاق قريب', inserted(' بصورة نهائية', 'e1f2a3b4-0000-4000-8000-000000000002'), '.'),
      { ...paragraph('فقرة مقترحة لم يقبلها أحد.'), marks: [{ type: 'insertion', attrs: { id: 'e1f2a3b4-0000-4000-8000-000000000003' } }] },
      { type: 'heading', attrs: { level: 2 }, content: [text('تفاصيل الاتفاق '), deleted('الأولية', 'e1f2a3b4-0000-4000-8000-000000000004'), inserted('مؤقتا', 'e1f2a3b4-0000-4000-8000-000000000004')] },
      paragraph('وأضاف أن الجلسة انتهت.')
    )
  )
  core.saveProfile({ name: 'سارة القاسم', role: 'editor' })
  core.addComment(id, { quote: 'الوزير', text: 'أي وزير؟' })
  core.addComment(id, { quote: 'قال الوزير', text: 'نقل حرفي؟' })
  core.addComment(id, { quote: 'الجلسة انتهت', text: 'متى؟' })
  return id
}

function exportedFiles(folder: string) {
  const read = (name: string) => readFileSync(join(folder, name), 'utf8')
  return { page: read('index.html'), fragment: read('fragment.html'), ninjs: read('ninjs.json') }
}

function expectNoReview(published: Record<string, string>) {
  for (const [name, content] of Object.entries(published)) {
    for (const trace of [...reviewTraces, ...SUGGESTED]) expect(content, `${name} holds ${trace}`).not.toContain(trace)
  }
}

describe('review is never published', () => {
  it('the check refuses export for publishing while suggestions wait, and warns of open threads', async () => {
    const id = articleUnderReview()
    const findings = core.checkArticle(id).filter((finding) => finding.rule === 'suggestions_pending' || finding.rule === 'threads_open')
    expect(findings.map((finding) => [finding.rule, finding.severity, finding.params])).toEqual([
      ['suggestions_pending', 'error', { count: 4 }],
      ['threads_open', 'warning', { count: 3 }]
    ])
    const refused = await failureOf(() => core.exportArticle(id, join(dir, 'out')))
    expect(refused.code).toBe('export_blocked_by_check')
    expect(() => readFileSync(join(dir, 'out', 'index.html'))).toThrow()
  })

  it('a draft export shows the text with every suggestion left out, says so, and holds no comment or suggestion', async () => {
    const id = articleUnderReview()
    const folder = join(dir, 'draft')
    const exported = await core.exportArticle(id, folder, 'all', { draft: true })
    expect(exported.notices).toEqual([{ code: 'suggestions_left_out', count: 4 }])

    const published = exportedFiles(folder)
    expectNoReview(published)
    // The text as it stood before anyone suggested.
    expect(published.fragment).toContain('قال الوزير إن الاتفاق قريب.')
    expect(published.fragment).toContain('تفاصيل الاتفاق الأولية</h2>')
    expect(JSON.parse(published.ninjs).bodies[0].value).toBe(published.fragment.trimEnd())
    expectNoReview({ preview: await core.previewArticle(id, (mediaId) => `/media/${mediaId}`) })
  })

  it('once the suggestions are decided the article exports for publishing, comments still left out', async () => {
    const id = articleUnderReview()
    core.decideSuggestions(id, 'accept', { all: true })
    const exported = await core.exportArticle(id, join(dir, 'out'))
    expect(exported.notices).toBeUndefined()

    const published = exportedFiles(join(dir, 'out'))
    for (const [name, content] of Object.entries(published)) {
      for (const trace of reviewTraces) expect(content, `${name} holds ${trace}`).not.toContain(trace)
    }
    expect(published.fragment).toContain('قال الوزير أن الاتفاق قريب بصورة نهائية.')
    expect(published.fragment).toContain('<p>فقرة مقترحة لم يقبلها أحد.</p>')
    expect(published.fragment).toContain('تفاصيل الاتفاق مؤقتا</h2>')
    // The threads are still the desk's: only the published text is without them.
    expect(core.listCommentThreads(id).map((thread) => thread.anchored)).toEqual([true, true, true])
  })
})
