// Comment anchors through merges. Two replicas of an article with comments
// type and delete Arabic text apart (much of it in and around the commented
// words) and merge at random moments; then the back side lists the threads.
// Every thread is still listed; one whose words partly survive is anchored on
// exactly the surviving characters of its quote, and one whose words are all
// gone is detached and shows its quote. The edits are made on the shared text
// the way the editor's binding sends them, by index; an insertion carries no
// comment mark (pasted or typed words are not part of what was commented), so
// the words under an anchor can only ever be the quote's own characters.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as Y from 'yjs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { bodyFragment } from '../../../shared/document/article-document'
import { keepWordsWrittenUnderComments } from '../../../shared/review/quoted-characters'
import { openCore, type Core } from '../core'
import { openWindow, plainBody, sendEdit } from './testing/review-bodies'

let dir: string
let core: Core

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-anchors-merge-'))
  core = openCore({ dbPath: join(dir, 'midad.sqlite'), projectionIdleMs: 5 })
  core.saveProfile({ name: 'سارة القاسم', role: 'editor' })
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

const paragraphs = [
  'قالَ الوزيرُ إنّ الاتفاقَ قريبٌ، وإن الوفود ستعود إلى القاعة غدًا.',
  'وأكد المتحدث باسم الحكومة أن الموازنة الجديدة تُقرّ الأسبوع المقبل.',
  'وفي بكين، انتهت القمة بإعلان مشترك عن التعاون في الطاقة.',
  'ونقلت وكالة الأنباء عن مصادر مطلعة قولها إن المحادثات مستمرة.'
]
// Some overlap: two threads on the same words, one inside another.
const quotes = ['الوزيرُ', 'قالَ الوزيرُ', 'الاتفاقَ قريبٌ', 'الموازنة الجديدة', 'القمة', 'التعاون في الطاقة', 'مصادر مطلعة', 'المحادثات']
const typed = ['و', 'قد', 'الرئيسُ', '«عاجل»', 'بحسب', 'المسؤولين', '٢٠٢٦', 'ـــ', 'مُدُن', 'وبالكتاب']

/** One visible character of a paragraph: the item it belongs to, and the threads whose comment mark it carries. */
interface Character {
  id: string
  threads: Set<string>
}

const paragraphTexts = (doc: Y.Doc): Y.XmlText[] =>
  bodyFragment(doc)
    .toArray()
    .map((block) => (block as Y.XmlElement).get(0) as Y.XmlText)
    .filter((text) => text instanceof Y.XmlText)

/**
 * A paragraph's visible characters with their Yjs ids, read from the items
 * themselves (an id names a character wherever merges put it). Comment marks
 * are kept as format attributes `comment--<hash>` whose value names the thread.
 */
function charactersOf(text: Y.XmlText): Character[] {
  const out: Character[] = []
  const attributes = new Map<string, unknown>()
  for (let item = text._start; item !== null; item = item.right) {
    if (item.deleted) continue
    if (item.content instanceof Y.ContentFormat) {
      if (item.content.value === null) attributes.delete(item.content.key)
      else attributes.set(item.content.key, item.content.value)
    } else if (item.content instanceof Y.ContentString) {
      const threads = new Set<string>()
      for (const [key, value] of attributes) if (key.startsWith('comment') && value) threads.add(String((value as { thread?: unknown }).thread))
      for (let i = 0; i < item.length; i++) out.push({ id: `${item.id.client}:${item.id.clock + i}`, threads })
    }
  }
  return out
}

/** The characters each thread's words were made of when they were commented. */
function quoteCharacters(doc: Y.Doc): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>()
  for (const text of paragraphTexts(doc)) {
    for (const character of charactersOf(text)) {
      for (const thread of character.threads) found.set(thread, (found.get(thread) ?? new Set()).add(character.id))
    }
  }
  return found
}

/** The quote's characters still in the text, as the review lists them: each unbroken run once, runs joined by a space. */
function survivingWords(doc: Y.Doc, original: Set<string>): string {
  const runs: string[] = []
  for (const text of paragraphTexts(doc)) {
    const characters = charactersOf(text)
    const plain = text.toString().replace(/<[^>]*>/g, '')
    let run = ''
    characters.forEach((character, index) => {
      if (original.has(character.id)) run += plain[index]
      else if (run) {
        runs.push(run)
        run = ''
      }
    })
    if (run) runs.push(run)
  }
  return runs.join(' ')
}

/** Where a thread's words are in this replica now, as indexes into one paragraph's text. */
function rangeOf(doc: Y.Doc, thread: string): { text: Y.XmlText; from: number; to: number } | null {
  for (const text of paragraphTexts(doc)) {
    const characters = charactersOf(text)
    const first = characters.findIndex((character) => character.threads.has(thread))
    if (first < 0) continue
    let last = first
    characters.forEach((character, index) => {
      if (character.threads.has(thread)) last = index
    })
    return { text, from: first, to: last + 1 }
  }
  return null
}

/** One edit a desk might make, chosen by the seed; half of them at or inside commented words. */
function randomEdit(doc: Y.Doc, threads: string[], random: () => number): void {
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
  const texts = paragraphTexts(doc)
  if (texts.length === 0) return
  const near = random() < 0.5 ? rangeOf(doc, pick(threads)) : null
  const text = near?.text ?? pick(texts)
  const length = text.length
  const at = near ? near.from + Math.floor(random() * (near.to - near.from + 1)) : Math.floor(random() * (length + 1))
  const kind = random()
  if (kind < 0.45) {
    // Typed or pasted words: never part of the comment they land in.
    text.insert(at, random() < 0.5 ? ` ${pick(typed)}` : pick(typed), {})
  } else if (kind < 0.9) {
    const from = Math.max(0, Math.min(at - Math.floor(random() * 3), length - 1))
    const count = Math.min(1 + Math.floor(random() * 5), length - from)
    if (count > 0) text.delete(from, count)
  } else if (near) {
    // All of a thread's words selected and deleted.
    near.text.delete(near.from, near.to - near.from)
  }
}

function mergeBothWays(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdateV2(b, Y.encodeStateAsUpdateV2(a, Y.encodeStateVector(b)))
  Y.applyUpdateV2(a, Y.encodeStateAsUpdateV2(b, Y.encodeStateVector(a)))
}

describe('comment anchors through concurrent edits and merges', () => {
  const seeds = [11, 23, 37, 41, 59, 67, 71, 83, 97, 101]
  const seen = { anchored: 0, detached: 0 }

  it.each(seeds)('seed %i: no thread is lost; surviving words stay anchored exactly, the rest are detached with their quote', (seed) => {
    const random = seeded(seed)
    const { id } = core.createArticle({ headline: 'القمة' }, plainBody(...paragraphs))
    const opened = quotes.map((quote) => core.addComment(id, { quote, text: `عن «${quote}»` }))
    const replicas = [openWindow(core, id), openWindow(core, id)] as const
    const original = quoteCharacters(replicas[0])
    expect([...original.keys()].sort()).toEqual(opened.map((thread) => thread.id).sort())

    for (let step = 0; step < 150; step++) {
      randomEdit(replicas[random() < 0.5 ? 0 : 1], [...original.keys()], random)
      if (random() < 0.15) mergeBothWays(...replicas)
    }
    mergeBothWays(...replicas)
    expect(replicas[1].getXmlFragment('body').toString()).toBe(replicas[0].getXmlFragment('body').toString())
    // The merged replica's edits reach the back side as a window's autosave sends them.
    sendEdit(core, id, openWindow(core, id), (doc) => Y.applyUpdateV2(doc, Y.encodeStateAsUpdateV2(replicas[0])))

    const listed = core.listCommentThreads(id)
    expect(listed.map((thread) => thread.id).sort()).toEqual(opened.map((thread) => thread.id).sort())
    for (const thread of listed) {
      const words = survivingWords(replicas[0], original.get(thread.id)!)
      if (words === '') {
        expect(thread, `seed ${seed}: «${thread.quote}» lost all its words`).toMatchObject({ anchored: false, words: thread.quote })
        seen.detached++
      } else {
        expect(thread, `seed ${seed}: «${thread.quote}»`).toMatchObject({ anchored: true, words })
        seen.anchored++
      }
      expect(thread.replies.map((reply) => reply.text)).toEqual([`عن «${thread.quote}»`])
    }
    expect(core.listArticles()[0]!.openThreads).toBe(quotes.length)
  })

  it('the seeds above met both anchored and detached threads', () => {
    expect(seen.anchored).toBeGreaterThan(10)
    expect(seen.detached).toBeGreaterThan(3)
  })
})

describe('a comment mark broken by a merge', () => {
  it('runs on past its words in the body, and the thread still lists only its own words', () => {
    const { id } = core.createArticle({ headline: 'القمة' }, plainBody('قال الوزير إن الاتفاق قريب جدا.'))
    const thread = core.addComment(id, { quote: 'الاتفاق', text: 'أي اتفاق؟' })
    const [pasting, deleting] = [openWindow(core, id), openWindow(core, id)]
    const at = 'قال الوزير إن '.length
    // One desk pastes words without the comment inside the commented ones; the other deletes the commented words.
    paragraphTexts(pasting)[0]!.insert(at + 3, 'ـ', {})
    paragraphTexts(deleting)[0]!.delete(at, 'الاتفاق'.length)
    mergeBothWays(pasting, deleting)
    sendEdit(core, id, openWindow(core, id), (doc) => Y.applyUpdateV2(doc, Y.encodeStateAsUpdateV2(pasting)))

    // Yjs keeps a mark as a pair of format items: the pair broke, and the mark now covers the words after the quote.
    const marked = core.getArticle(id).body.content![0]!.content!.filter((node) => node.marks?.some((mark) => mark.type === 'comment'))
    expect(marked.map((node) => node.text)).toEqual([' قريب جدا.'])
    // The thread is about its own characters, all deleted: detached, with its quote.
    expect(core.listCommentThreads(id)).toEqual([{ ...thread, anchored: false, words: 'الاتفاق' }])
  })
})

describe('an undo in a window', () => {
  it('brings the words back as new characters: the window adds them to the thread, and the thread is anchored again', () => {
    const { id } = core.createArticle({ headline: 'الموازنة' }, plainBody('قال الوزير إن الاتفاق قريب.'))
    const thread = core.addComment(id, { quote: 'الاتفاق', text: 'أي اتفاق؟' })
    const window = openWindow(core, id)
    const text = paragraphTexts(window)[0]!
    const undo = new Y.UndoManager(bodyFragment(window))
    sendEdit(core, id, window, () => text.delete('قال الوزير إن '.length, 'الاتفاق'.length))
    expect(core.listCommentThreads(id)[0]).toMatchObject({ anchored: false })

    sendEdit(core, id, window, (doc) => {
      const before = Y.decodeStateVector(Y.encodeStateVector(doc))
      undo.undo()
      keepWordsWrittenUnderComments(doc, before)
    })
    expect(core.listCommentThreads(id)).toEqual([thread])
  })
})

describe('restoring a revision', () => {
  it('keeps the threads: they live in the document, and a restored text brings its anchors back', () => {
    const { id } = core.createArticle({ headline: 'الموازنة' }, plainBody('قال الوزير إن الاتفاق قريب.'))
    const thread = core.addComment(id, { quote: 'الاتفاق', text: 'أي اتفاق؟' })
    const commented = core.saveRevision(id, 'بعد التعليق')

    // The commented words deleted in a window: the thread is detached, not lost.
    sendEdit(core, id, openWindow(core, id), (doc) => {
      const text = paragraphTexts(doc)[0]!
      text.delete(text.toString().replace(/<[^>]*>/g, '').indexOf('الاتفاق'), 'الاتفاق '.length)
    })
    expect(core.listCommentThreads(id)).toEqual([{ ...thread, anchored: false, words: 'الاتفاق' }])

    core.restoreRevision(id, commented.id)
    expect(core.listCommentThreads(id)).toEqual([thread])
    expect(core.getArticle(id).body.content![0]!.content!.map((node) => node.text).join('')).toBe('قال الوزير إن الاتفاق قريب.')

    // Restoring a revision from before the comment keeps the thread too, detached.
    const before = core.articleHistory(id).find((revision) => revision.kind === 'before_restore')!
    core.restoreRevision(id, before.id)
    expect(core.listCommentThreads(id)).toEqual([{ ...thread, anchored: false, words: 'الاتفاق' }])
  })
})
