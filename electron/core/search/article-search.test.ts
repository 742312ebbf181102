// The archive's search on a real SQLite file: Arabic spellings finding each other, ranking,
// filters, bad queries, highlighting, and the index following every write.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Highlighted, SearchRequest } from '../../../shared/search/search-views'
import { openCore, type Core } from '../core'
import { failureOf } from '../testing/failure-of'
import { archiveCorpus } from './testing/archive-corpus'
import { writeBody } from '../../../shared/document/article-document'
import { bodyNode } from '../documents/document-from-article'
import { underReview } from '../testing'

const paragraphs = (...texts: string[]) => ({ type: 'doc' as const, content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) })
const marked = (pieces: Highlighted) => pieces.filter((piece) => piece.match).map((piece) => piece.text)

let dir: string
let core: Core
const ids: Record<string, string> = {}
const search = (query: string, more: Omit<SearchRequest, 'query'> = {}) => core.searchArticles({ query, ...more })
const found = (query: string, more: Omit<SearchRequest, 'query'> = {}) => search(query, more).results.map((result) => result.article.id)

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-search-'))
  core = openCore({ dbPath: join(dir, 'midad.sqlite') })
  for (const { key, meta, body } of archiveCorpus()) ids[key] = core.createArticle(meta, body).id
})
afterAll(() => {
  core.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('one word however it is written', () => {
  // Each pair: one spelling in an article, the other in the query, and the other way round.
  const pairs: [rule: string, one: string, other: string][] = [
    ['harakat inside a word', 'المُسْتَشْفَى', 'المستشفي'],
    ['the superscript alef', 'الرحمٰن', 'الرحمن'],
    ['tatweel', 'البرلمـــان', 'البرلمان'],
    ['alef with hamza above', 'أحمدي', 'احمدي'],
    ['alef with hamza below', 'إصلاحات', 'اصلاحات'],
    ['alef madda', 'آبار', 'ابار'],
    ['alef wasla', 'ٱستقلال', 'استقلال'],
    ['alef maqsura', 'مصطفى', 'مصطفي'],
    ['teh marbuta', 'مدرسة', 'مدرسه'],
    ['hamza on waw', 'مسؤولون', 'مسوولون'],
    ['hamza on yeh', 'رئيسة', 'رييسة'],
    ['Arabic-Indic digits', '١٩٤٨', '1948'],
    ['Persian digits', '۲۰۳۰', '2030'],
    ['Persian yeh and kaf', 'کرملی', 'كرملي'],
    ['a direction mark inside a word', 'طرا\u200Fبلس', 'طرابلس'],
    ['Latin case', 'UNESCO', 'unesco'],
    ['the article', 'الجسور', 'جسور'],
    ['conjunction, preposition and article', 'وبالمحاصيل', 'محاصيل'],
    ['masculine plural', 'المهندسون', 'مهندس'],
    ['feminine plural', 'الطائرات', 'طائرة'],
    ['an attached pronoun', 'حقولها', 'حقول']
  ]

  it.each(pairs)('%s: each spelling finds the article with the other', (_rule, one, other) => {
    const withOne = core.createArticle({ headline: `خبر عن ${one}` }, paragraphs('نص قصير.')).id
    const withOther = core.createArticle({ headline: 'خبر آخر' }, paragraphs(`ذُكر ${other} في المتن.`)).id
    expect(found(other)).toContain(withOne)
    expect(found(one)).toContain(withOther)
    core.deleteArticle(withOne)
    core.deleteArticle(withOther)
  })
})

describe('what a query can say', () => {
  it('needs every word, in any order', () => {
    expect(found('الاقتصاد الصادرات')).toEqual([ids.economy])
    expect(found('الصادرات المدرسة')).toEqual([])
  })

  it('finds an exact phrase only with its words side by side', () => {
    expect(found('"الأمن الغذائي"')).toEqual([ids.food])
    expect(found('"الغذائي الأمن"')).toEqual([])
  })

  it('finds words by their beginning', () => {
    expect(found('اقتصا*').sort()).toEqual([ids.economy, ids.food].sort())
    // A prefix longer than the stem still finds the longer word (اقتصادية → اقتصاد).
    expect(found('اقتصادي*')).toContain(ids.economy)
  })

  it('leaves out what a minus excludes, also with nothing else asked', () => {
    expect(found('التعليم')).toEqual(expect.arrayContaining([ids.school, ids.health, ids.tech]))
    expect(found('التعليم -الصحة')).not.toContain(ids.health)
    expect(found('-رياضة', { section: 'رياضة' })).toEqual([])
    expect(found('-الدوري')).not.toContain(ids.football)
  })

  it('searches bylines, tags, captions and sections too', () => {
    expect(found('القاسم').sort()).toEqual([ids.economy, ids.tech].sort())
    expect(found('الزراعة')).toContain(ids.food)
    const pictured = core.createArticle({ headline: 'صورة اليوم' }, { type: 'doc', content: [{ type: 'figure', attrs: { mediaId: null, alt: '', caption: 'قوارب الصيادين في الميناء', credit: 'وكالة الأنباء' } }] }).id
    expect(found('قوارب')).toEqual([pictured])
    expect(found('وكالة الأنباء')).toContain(pictured)
    core.deleteArticle(pictured)
  })
})

describe('ranking', () => {
  it('puts a headline match above a body match', () => {
    // The headline match is written first: recency cannot be what puts it on top.
    const inHeadline = core.createArticle({ headline: 'خبراء يحذرون من الزلازل' }, paragraphs('قال خبراء إن المنطقة تحتاج إلى خطة.')).id
    const inBody = core.createArticle({ headline: 'جلسة عادية للمجلس' }, paragraphs('وناقش المجلس ملف الزلازل في المنطقة ضمن بنود أخرى.')).id
    expect(found('زلازل')).toEqual([inHeadline, inBody])
    core.deleteArticle(inBody)
    core.deleteArticle(inHeadline)
  })

  it('sorts by date on request, newest edit first', () => {
    const byDate = found('التعليم', { sort: 'date' })
    const times = search('التعليم', { sort: 'date' }).results.map((result) => result.article.updatedAt)
    expect(byDate.length).toBeGreaterThan(2)
    expect([...times].sort().reverse()).toEqual(times)
  })
})

describe('filters', () => {
  it('narrows by section, status, author, tag and date', () => {
    expect(found('الاقتصاد', { section: 'اقتصاد' }).sort()).toEqual([ids.economy, ids.food].sort())
    expect(found('', { section: 'رياضة' })).toEqual([ids.football])
    expect(found('', { author: 'احمد مصطفي' }).sort()).toEqual([ids.school, ids.food].sort())
    expect(found('', { tag: 'البلديات' }).sort()).toEqual([ids.school, ids.water].sort())
    core.setArticleStatus(ids.culture!, 'in_review')
    expect(found('', { status: 'in_review' })).toEqual([ids.culture])
    const today = new Date().toISOString().slice(0, 10)
    expect(search('', { from: today, to: today }).total).toBeGreaterThanOrEqual(archiveCorpus().length)
    expect(search('', { to: '2001-01-01' }).total).toBe(0)
  })
})

describe('bad queries are safe', () => {
  it.each(['"غير مغلق', 'NEAR(مدرسة', 'مدرسة AND OR NOT', '{headline}: مدرسة', 'مدرسة^ ()*:', "مدرسة' ; DROP TABLE articles"])('%s is searched as plain words', (query) => {
    expect(search(query).total).toBeGreaterThanOrEqual(0)
  })

  it('searches an unbalanced quote as plain words', () => {
    expect(found('"المدرسة الابتدائية')).toEqual([ids.school])
  })

  it('refuses a query of only common words or symbols, saying so', async () => {
    expect(await failureOf(() => search('في من على'))).toMatchObject({ code: 'search_query_unusable' })
    expect(await failureOf(() => search('"" * - ( )'))).toMatchObject({ code: 'search_query_unusable' })
    expect(search('في المدرسة').ignored).toEqual(['في'])
  })

  it('takes a query of 10,000 characters, and refuses a longer one', async () => {
    const long = 'مدرسة '.repeat(1667).slice(0, 10_000)
    expect(found(long)).toContain(ids.school)
    const varied = Array.from({ length: 2000 }, (_, i) => `كلمة${i}`).join(' ').slice(0, 10_000)
    expect(search(varied).total).toBe(0)
    expect(await failureOf(() => search('م'.repeat(10_001)))).toMatchObject({ code: 'search_query_too_long' })
  })

  it('refuses a date range that ends before it starts', async () => {
    expect(await failureOf(() => search('مدرسة', { from: '2025-05-02', to: '2025-05-01' }))).toMatchObject({ code: 'search_date_range_reversed' })
  })
})

describe('highlighting', () => {
  it('marks the words as the article spells them when the match came through normalization, a prefix or a stem', () => {
    const [hit] = search('مدرسه').results.filter((result) => result.article.id === ids.school)
    expect(marked(hit!.headline)).toEqual(['المدرسة'])
    expect(hit!.headline.map((piece) => piece.text).join('')).toBe('المدرسة الابتدائية في الحيّ القديم تفتح أبوابها من جديد')
    expect(marked(hit!.snippet)).toEqual(expect.arrayContaining(['مدرسة']))
    const [prefixed] = search('اقتصا*').results.filter((result) => result.article.id === ids.economy)
    expect(marked(prefixed!.headline)).toEqual(['الاقتصاد'])
    expect(marked(prefixed!.snippet)).toEqual(['اقتصاديون'])
  })

  it('cuts about thirty words around the first match of a long body', () => {
    const filler = Array.from({ length: 200 }, (_, i) => `كلمة${i}`).join(' ')
    const id = core.createArticle({ headline: 'تقرير طويل' }, paragraphs(`${filler} ثم ظهر النيزك فوق الصحراء ${filler}`)).id
    const [hit] = search('النيزك').results
    expect(hit!.article.id).toBe(id)
    const words = hit!.snippet.map((piece) => piece.text).join('').split(/\s+/).filter((word) => word !== '…')
    expect(words.length).toBeGreaterThanOrEqual(25)
    expect(words.length).toBeLessThanOrEqual(32)
    expect(marked(hit!.snippet)).toEqual(['النيزك'])
    core.deleteArticle(id)
  })
})

describe('the index follows the articles', () => {
  it('follows saves, edits through the document, deletions and reindexing', () => {
    const article = core.createArticle({ headline: 'مهرجان السينما' }, paragraphs('افتتاح المهرجان.'))
    expect(found('السينما')).toEqual([article.id])
    core.saveArticle({ id: article.id, baseVersion: article.version, meta: { ...article.meta, headline: 'مهرجان المسرح' }, body: article.body })
    expect(found('السينما')).toEqual([])
    expect(found('المسرح')).toEqual([article.id])
    core.reindexArticles()
    expect(found('المسرح')).toEqual([article.id])
    core.deleteArticle(article.id)
    expect(found('المسرح')).toEqual([])
  })

  it('keeps the words through a save that changes none of them, and writes them again after another program changed them', () => {
    const article = core.createArticle({ headline: 'سوق الذهب' }, paragraphs('ارتفع سعر الذهب.'))
    const retitled = core.saveArticle({ id: article.id, baseVersion: article.version, meta: { ...article.meta, seoTitle: 'أسعار اليوم' }, body: article.body })
    expect(found('الذهب')).toEqual([article.id])
    // The command line, on the same file, changes the words.
    const other = openCore({ dbPath: join(dir, 'midad.sqlite') })
    const changed = (() => {
      try {
        return other.saveArticle({ id: article.id, baseVersion: retitled.version, meta: { ...article.meta, headline: 'سوق الفضة' }, body: paragraphs('ارتفع سعر الفضة.') })
      } finally {
        other.close()
      }
    })()
    expect(found('الذهب')).toEqual([])
    // This program then saves the words it had saved before: they are written again.
    core.saveArticle({ id: article.id, baseVersion: changed.version, meta: article.meta, body: article.body })
    expect(found('الذهب')).toEqual([article.id])
    expect(found('الفضة')).toEqual([])
    core.deleteArticle(article.id)
  })

  it('finds the words of a live edit at once, before the row has caught up with the document by itself', () => {
    const live = openCore({ dbPath: join(dir, 'live', 'midad.sqlite'), projectionIdleMs: 60_000 })
    try {
      const id = live.createArticle({ headline: 'جلسة البرلمان' }, paragraphs('بدأت الجلسة.')).id
      underReview.sendEdit(live, id, underReview.openWindow(live, id), (doc) => writeBody(doc, bodyNode(paragraphs('صوّت النواب على الميزانية.'))))
      expect(live.searchArticles({ query: 'الميزانيه' }).results.map((result) => result.article.id)).toEqual([id])
    } finally {
      live.close()
    }
  })

  it('finds articles that arrive in a bundle from another desk', async () => {
    const other = openCore({ dbPath: join(dir, 'other', 'midad.sqlite') })
    try {
      other.saveProfile({ name: 'ليلى حداد', role: 'journalist' })
      const sent = other.createArticle({ headline: 'قافلة المساعدات تصل إلى القرية' }, paragraphs('وصلت القافلة فجرًا.')).id
      core.saveProfile({ name: 'سارة القاسم', role: 'editor' })
      await core.openBundle(await other.writeBundle([sent], 'review'))
      expect(found('قافلة')).toEqual([sent])
    } finally {
      other.close()
    }
  })
})
