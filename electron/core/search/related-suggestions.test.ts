// Related-article suggestions on a real SQLite file: an article's own distinctive words find the
// archive's articles on its subject, never itself nor those already chosen, five at most.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dispatch } from '../../../shared/contract/dispatch'
import { contract } from '../../../shared/contract/operations'
import type { Highlighted } from '../../../shared/search/search-views'
import { openCore, type Core } from '../core'
import { createHandlers } from '../handlers'
import { failureOf } from '../testing/failure-of'
import { handlerOptionsIn } from '../testing/handler-options'
import { archiveCorpus } from './testing/archive-corpus'
import { generatedArticle } from './testing/generated-archive'

const paragraphs = (...texts: string[]) => ({ type: 'doc' as const, content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) })
const marked = (pieces: Highlighted) => pieces.filter((piece) => piece.match).map((piece) => piece.text)

// Six reports of one earthquake, each in its own words; and a piece on another subject that mentions it once.
const quakeReports: [headline: string, body: string][] = [
  ['زلزال بقوة ست درجات يضرب مدينة الحسيمة', 'ضرب زلزال بقوة ست درجات مدينة الحسيمة فجر اليوم، وخرج السكان إلى الشوارع خوفًا من الهزات الارتدادية.'],
  ['فرق الإنقاذ تبحث عن ناجين تحت أنقاض الحسيمة', 'تواصل فرق الإنقاذ البحث تحت الأنقاض بعد الزلزال الذي هز الحسيمة، وسط هزات ارتدادية متتالية.'],
  ['ارتفاع حصيلة ضحايا زلزال الحسيمة', 'ارتفعت حصيلة ضحايا الزلزال في الحسيمة إلى ثلاثين، بينما تواصل فرق الإنقاذ رفع الأنقاض.'],
  ['خبراء: الهزات الارتدادية في الحسيمة قد تستمر أسابيع', 'قال خبراء الزلازل إن الهزات الارتدادية التي تلت زلزال الحسيمة طبيعية وقد تستمر أسابيع.'],
  ['مساعدات عاجلة لمنكوبي زلزال الحسيمة', 'وصلت قوافل المساعدات إلى منكوبي الزلزال في الحسيمة، وأقيمت خيام لمن فقدوا بيوتهم تحت الأنقاض.'],
  ['مدارس الحسيمة تستأنف الدراسة بعد الزلزال', 'استأنفت مدارس الحسيمة الدراسة في خيام مؤقتة، بعد أسبوعين من الزلزال والهزات الارتدادية.'],
  ['مهندسون يفحصون المباني المتصدعة في الحسيمة بعد الزلزال', 'يفحص مهندسون المباني التي تصدعت في زلزال الحسيمة، ويقررون ما يُرمم منها وما يُهدم.']
]
const passingMention: [string, string] = ['موسم سياحي واعد في شمال البلاد', 'تتوقع الفنادق موسمًا سياحيًا واعدًا هذا الصيف، رغم أثر زلزال الحسيمة على حجوزات الربيع.']

let dir: string
let core: Core
let quakes: string[]
let mention: string
const offSubject: string[] = []

const suggested = (id: string, leaveOut?: string[]) => core.suggestRelated({ id, ...(leaveOut ? { leaveOut } : {}) }).results.map((result) => result.article.id)

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-related-'))
  core = openCore({ dbPath: join(dir, 'midad.sqlite') })
  // The rest of the archive, on other subjects: the test corpus, and a background of generated news
  // in which the words of everyday reporting (the government, the city, today) are common, as they are in a real one.
  for (const { meta, body } of archiveCorpus()) offSubject.push(core.createArticle(meta, body).id)
  for (let n = 0; n < 30; n++) {
    const { meta, body } = generatedArticle(n)
    offSubject.push(core.createArticle(meta, body).id)
  }
  quakes = quakeReports.map(([headline, body]) => core.createArticle({ headline, section: 'محليات' }, paragraphs(body)).id)
  mention = core.createArticle({ headline: passingMention[0], section: 'اقتصاد' }, paragraphs(passingMention[1])).id
})
afterAll(() => {
  core.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('suggestions for the related block', () => {
  it('are articles on the same subject, five at most, never the article itself', () => {
    const [first, ...others] = quakes
    const found = suggested(first!)
    expect(found).toHaveLength(5)
    expect(found).not.toContain(first)
    // Six other reports of the quake for five places: every place goes to one of them.
    for (const id of found) expect(others).toContain(id)
  })

  it('rank the articles about the subject above one that only mentions it', () => {
    // Four reports left once two are chosen: they come first, the passing mention after them, nothing off the subject.
    const chosen = quakes.slice(1, 3)
    const found = suggested(quakes[0]!, chosen)
    expect(found.slice(0, 4).sort()).toEqual(quakes.slice(3).sort())
    expect(found.slice(4)).toEqual([mention])
    for (const id of chosen) expect(found).not.toContain(id)
  })

  it('pass over articles that share a word or two of everyday reporting with it', () => {
    const shareOne = core.createArticle({ headline: 'ملعب جديد في الحسيمة' }, paragraphs('افتتح ملعب لكرة السلة بسعة ألف متفرج.')).id
    try {
      // Left: the piece that names the quake, and articles sharing a word or two of everyday reporting
      // (a city, "today", "the inhabitants"): only the first is on the subject.
      expect(suggested(quakes[0]!, quakes.slice(1))).toEqual([mention])
    } finally {
      core.deleteArticle(shareOne)
    }
  })

  it('leave out the articles the article’s stored related blocks already hold', () => {
    const held = quakes[4]!
    const body = {
      type: 'doc' as const,
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'وصلت فرق الإنقاذ إلى أحياء الحسيمة القديمة بعد الزلزال، ورفعت الأنقاض عن عشرات البيوت.' }] },
        { type: 'relatedArticles', attrs: { articles: [{ id: held, headline: quakeReports[4]![0] }] } }
      ]
    }
    const id = core.createArticle({ headline: 'الإنقاذ في أحياء الحسيمة القديمة' }, body).id
    try {
      const found = suggested(id)
      expect(found.length).toBeGreaterThan(0)
      expect(found).not.toContain(held)
      expect(found).not.toContain(id)
    } finally {
      core.deleteArticle(id)
    }
  })

  it('mark in each headline the words it shares with the article', () => {
    const answer = core.suggestRelated({ id: quakes[2]! })
    const shared = answer.results.flatMap((result) => marked(result.headline))
    // زلزال and الحسيمة (in any spelling the headlines use) are what the reports share.
    expect(shared.some((word) => word.includes('زلزال'))).toBe(true)
    expect(shared).toContain('الحسيمة')
  })

  it('are none for an article of only common words, or of words no other article has', () => {
    const common = core.createArticle({ headline: 'في من على' }, paragraphs('هذا ما كان بين ذلك، ثم إن هذه التي قد لا.')).id
    const alone = core.createArticle({ headline: 'Zorblax quimtrel' }, paragraphs('Vexnor zorblax quimtrel.')).id
    try {
      expect(suggested(common)).toEqual([])
      expect(suggested(alone)).toEqual([])
    } finally {
      core.deleteArticle(common)
      core.deleteArticle(alone)
    }
  })

  it('refuses an article that does not exist', async () => {
    expect((await failureOf(() => core.suggestRelated({ id: '00000000-0000-4000-8000-000000000000' }))).code).toBe('not_found')
  })
})

describe('suggestRelatedArticles through the contract', () => {
  const call = (payload: unknown, locale: 'ar' | 'en' = 'en') => dispatch(createHandlers(core, handlerOptionsIn(dir)), 'suggestRelatedArticles', payload, { locale })

  it('answers what the contract accepts, and refuses a bad or unknown id in words', async () => {
    const answer = await call({ id: quakes[1]!.toUpperCase(), leaveOut: [quakes[0]!] })
    expect(answer.ok).toBe(true)
    if (!answer.ok) return
    const suggestions = contract.suggestRelatedArticles.output.parse(answer.value)
    expect(suggestions).toEqual(answer.value)
    expect(suggestions.results.length).toBeGreaterThan(0)
    expect(suggestions.results.map((result) => result.article.id)).not.toContain(quakes[0])
    expect(await call({ id: 'not-an-id' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(await call({ id: quakes[1], leaveOut: ['x'] })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(await call({ id: '00000000-0000-4000-8000-000000000000' }, 'ar')).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringContaining('المقال') } })
  })
})

describe('a read-only database', () => {
  it('gives the same suggestions without writing to the file', () => {
    const path = join(dir, 'shelf', 'midad.sqlite')
    const writer = openCore({ dbPath: path })
    const ids = quakeReports.slice(0, 3).map(([headline, body]) => writer.createArticle({ headline }, paragraphs(body)).id)
    writer.createArticle(archiveCorpus()[0]!.meta, archiveCorpus()[0]!.body)
    const expected = writer.suggestRelated({ id: ids[0]! }).results.map((result) => result.article.id)
    writer.close()
    chmodSync(path, 0o444)
    const reader = openCore({ dbPath: path })
    try {
      expect(expected.sort()).toEqual(ids.slice(1).sort())
      expect(reader.suggestRelated({ id: ids[0]! }).results.map((result) => result.article.id).sort()).toEqual(expected)
    } finally {
      reader.close()
      chmodSync(path, 0o644)
    }
  })
})
