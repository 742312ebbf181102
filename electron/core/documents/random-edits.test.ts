// Seeded random editing of an article's document, as a window's replica makes
// it: the row core writes from the document always says what the replica
// holds, and the page exported after a reopen is the page exported before.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as Y from 'yjs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ArticleBody, BodyNode } from '../../../shared/article/body'
import { readContent, writeBody, writeMeta } from '../../../shared/document/article-document'
import { checkArticleBody } from '../articles/article-body-check'
import { openCore, type Core } from '../core'
import { bodyNode } from './document-from-article'

let dir: string
let core: Core

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-random-edits-'))
  core = openCore({ dbPath: join(dir, 'midad.sqlite'), projectionIdleMs: 5 })
})
afterEach(() => {
  core.close()
  rmSync(dir, { recursive: true, force: true })
})

function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 4294967296
  }
}

const words = ['قالَ', 'الوزيرُ', 'إنّ', 'الاتفاقَ', 'قريبٌ', 'ـــ', 'Reuters', 'مُدُن', '٢٠٢٦', '«عاجل»', 'وبالكتاب', 'the', 'summit']
const text = (t: string): BodyNode => ({ type: 'text', text: t })
const paragraph = (t: string, dir?: 'ltr'): BodyNode => ({ type: 'paragraph', ...(dir ? { attrs: { dir } } : {}), content: [text(t)] })
const listItem = (t: string): BodyNode => ({ type: 'listItem', content: [paragraph(t)] })
const cell = (type: 'tableHeader' | 'tableCell', t: string): BodyNode => ({ type, content: [paragraph(t)] })

function startingBody(): ArticleBody {
  return {
    type: 'doc',
    content: [
      paragraph('قالَ الوزيرُ إنّ الاتفاقَ قريبٌ.'),
      { type: 'bulletList', content: [listItem('أولًا'), listItem('ثانيًا')] },
      { type: 'figure', attrs: { mediaId: null, caption: 'الوفود في القاعة', credit: 'رويترز', alt: 'قاعة' } },
      {
        type: 'table',
        content: [
          { type: 'tableRow', content: [cell('tableHeader', 'المدينة'), cell('tableHeader', 'العدد')] },
          { type: 'tableRow', content: [cell('tableCell', 'دمشق'), cell('tableCell', '٣')] }
        ]
      },
      paragraph('The summit ends on Friday.', 'ltr')
    ]
  }
}

/** One edit a journalist might make, chosen by the seed. */
function randomEdit(body: ArticleBody, random: () => number): ArticleBody {
  const next = structuredClone(body)
  const blocks = next.content!
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!
  const word = () => pick(words)
  const paragraphs = blocks.filter((block) => block.type === 'paragraph')
  switch (Math.floor(random() * 7)) {
    case 0: {
      // Type or delete inside a paragraph, harakat included.
      const target = pick(paragraphs)
      const current = target.content?.[0]?.text ?? ''
      const at = Math.floor(random() * (current.length + 1))
      const changed = random() < 0.6 ? `${current.slice(0, at)} ${word()}${current.slice(at)}` : current.slice(0, at) + current.slice(at + 1 + Math.floor(random() * 3))
      target.content = changed.trim() ? [text(changed)] : [text(word())]
      break
    }
    case 1:
      blocks.splice(Math.floor(random() * (blocks.length + 1)), 0, paragraph(`${word()} ${word()} ${word()}.`, random() < 0.2 ? 'ltr' : undefined))
      break
    case 2: {
      const list = blocks.find((block) => block.type === 'bulletList')
      if (!list) break
      if (random() < 0.5 || list.content!.length < 2) list.content!.push(listItem(word()))
      else list.content!.splice(Math.floor(random() * list.content!.length), 1)
      break
    }
    case 3: {
      const figure = blocks.find((block) => block.type === 'figure')
      if (figure) figure.attrs = { ...figure.attrs, caption: `${String(figure.attrs?.caption ?? '')} ${word()}`.trim() }
      break
    }
    case 4: {
      const table = blocks.find((block) => block.type === 'table')
      const row = table ? pick(table.content!) : undefined
      const target = row ? pick(row.content!) : undefined
      if (target) target.content = [paragraph(`${word()} ${word()}`)]
      break
    }
    case 5: {
      const target = pick(paragraphs)
      target.attrs = target.attrs?.dir === 'ltr' ? {} : { dir: 'ltr' }
      break
    }
    default:
      if (paragraphs.length > 2) blocks.splice(blocks.indexOf(pick(paragraphs)), 1)
  }
  return next
}

describe('random edits of an article, seeded', () => {
  for (const seed of [1, 2, 3]) {
    it(`keeps the stored article equal to what the replica holds (seed ${seed}), and exports the same page after a reopen`, async () => {
      const random = seeded(seed)
      const article = core.createArticle({ headline: 'قمة المناخ', section: 'أخبار', bylines: ['سارة'] }, startingBody())
      const window = new Y.Doc()
      Y.applyUpdateV2(window, core.openArticleDocument(article.id))
      let body = startingBody()
      for (let step = 1; step <= 120; step++) {
        const before = Y.encodeStateVector(window)
        body = randomEdit(body, random)
        writeBody(window, bodyNode(checkArticleBody(body)))
        if (random() < 0.15) writeMeta(window, { ...readContent(window).meta, headline: `قمة المناخ ${step}` })
        core.applyArticleUpdate(article.id, Y.encodeStateAsUpdateV2(window, before))
        if (step % 20 === 0) {
          const stored = core.getArticle(article.id)
          expect(stored.body, `step ${step}`).toEqual(checkArticleBody(readContent(window).body))
          expect(stored.meta.headline).toBe(readContent(window).meta.headline)
        }
      }
      const first = await core.exportArticle(article.id, join(dir, 'before'), 'page', { draft: true })
      core.close()
      core = openCore({ dbPath: join(dir, 'midad.sqlite') })
      const second = await core.exportArticle(article.id, join(dir, 'after'), 'page', { draft: true })
      expect(readFileSync(join(second.folder, 'index.html'), 'utf8')).toBe(readFileSync(join(first.folder, 'index.html'), 'utf8'))
    })
  }
})
