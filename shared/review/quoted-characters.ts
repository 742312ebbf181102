import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import * as Y from 'yjs'
import { bodyFragment } from '../document/article-document'

/**
 * Which characters a thread is about, by their Yjs ids (an id names a
 * character wherever merges move it, and says when it was deleted): the
 * thread's words are read from these characters, never from its mark alone.
 *
 * A comment's anchor is a mark, and a mark in Yjs is a pair of format items
 * around the words. Two desks can break the pair between them: words pasted
 * without the comment inside the commented words leave an item that opens
 * the comment again after them, while the other desk deletes the commented
 * words and, with them, the item that closed it. Merged, the comment runs on
 * over whatever follows, to the end of the paragraph, on both desks alike;
 * a broken pair can as well take the mark off quoted words still there. The
 * mark is what the editor draws; the characters are what the thread is
 * about: the quoted ones while they are in the text, and words core itself
 * writes back under the thread's mark (a restored revision, a new version).
 * A thread with no record (opened by a desk that does not keep one) is read
 * from its mark alone.
 */

type IdRun = [client: number, clock: number, length: number]

interface QuotedRecord {
  /** The thread's characters, as runs of consecutive ids. */
  characters: IdRun[]
}

const recordsOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('commentQuotes')

const isIdRun = (value: unknown): value is IdRun => Array.isArray(value) && value.length === 3 && value.every((n) => Number.isInteger(n) && n >= 0)
const isRecord = (value: unknown): value is QuotedRecord =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as QuotedRecord).characters) &&
  (value as QuotedRecord).characters.every(isIdRun)

/** Every text of the body in reading order, as the binding keeps them: one shared text per run of a block's words. */
function bodyTexts(doc: Y.Doc): Y.XmlText[] {
  const texts: Y.XmlText[] = []
  const visit = (parent: Y.XmlFragment | Y.XmlElement) => {
    for (const child of parent.toArray()) {
      if (child instanceof Y.XmlText) texts.push(child)
      else if (child instanceof Y.XmlElement) visit(child)
    }
  }
  visit(bodyFragment(doc))
  return texts
}

/** One visible character of a text, with the threads whose mark it carries. */
interface Character {
  client: number
  clock: number
  character: string
  threads: Set<string>
}

const threadOf = (key: string, value: unknown): string | null =>
  key === 'comment' || key.startsWith('comment--') ? String((value as { thread?: unknown } | null)?.thread ?? '') : null

/** A text's visible characters in order, read from its items (the binding keeps a mark as format items, `comment--<hash>`). */
function charactersOf(text: Y.XmlText): Character[] {
  const out: Character[] = []
  const open = new Map<string, string>()
  for (let item = text._start; item !== null; item = item.right) {
    if (item.deleted) continue
    const content = item.content
    if (content instanceof Y.ContentFormat) {
      const thread = threadOf(content.key, content.value)
      if (thread === null) continue
      if (content.value === null) open.delete(content.key)
      else open.set(content.key, thread)
      continue
    }
    if (!item.countable) continue
    const threads = new Set(open.values())
    const str = content instanceof Y.ContentString ? content.str : ''
    for (let i = 0; i < item.length; i++) out.push({ client: item.id.client, clock: item.id.clock + i, character: str[i] ?? '\uFFFC', threads })
  }
  return out
}

/** The shared text of a block's words at a position of `body` (the document holds exactly `body`), and the index there. */
function textAt(doc: Y.Doc, body: ProseMirrorNode, pos: number): { text: Y.XmlText; index: number } | null {
  const $pos = body.resolve(pos)
  let parent: Y.XmlFragment | Y.XmlElement = bodyFragment(doc)
  for (let depth = 0; depth < $pos.depth; depth++) {
    const child: unknown = parent.get($pos.index(depth))
    if (!(child instanceof Y.XmlElement)) return null
    parent = child
  }
  // A block's words are one shared text per run between inline nodes (a line break), each of those one position.
  let offset = $pos.parentOffset
  for (const child of parent.toArray()) {
    const size = child instanceof Y.XmlText ? child.length : 1
    if (child instanceof Y.XmlText && offset < size) return { text: child, index: offset }
    offset -= size
  }
  return null
}

/**
 * Records the characters a thread was opened on, `from`–`to` of `body`, which
 * the document must hold as just written with the thread's mark. Called in
 * the same edit as the mark.
 */
export function recordQuotedCharacters(doc: Y.Doc, thread: string, body: ProseMirrorNode, place: { from: number; to: number }): void {
  const runs: IdRun[] = []
  body.nodesBetween(place.from, place.to, (node, pos) => {
    if (!node.isText) return true
    const from = Math.max(place.from, pos)
    const to = Math.min(place.to, pos + node.nodeSize)
    const at = textAt(doc, body, from)
    if (at) addTo(runs, charactersOf(at.text).slice(at.index, at.index + (to - from)))
    return false
  })
  recordsOf(doc).set(thread, { characters: runs })
}

function addTo(runs: IdRun[], characters: readonly Character[]): void {
  for (const c of characters) {
    const last = runs.at(-1)
    if (last && last[0] === c.client && last[1] + last[2] === c.clock) last[2]++
    else runs.push([c.client, c.clock, 1])
  }
}

/**
 * After core has written a body into the document (a restored revision, a
 * new version, a whole draft), in the same edit: the words that edit wrote
 * under a recorded thread's mark are that thread's too. `before` is the
 * document's state vector from before the edit.
 */
export function keepWordsWrittenUnderComments(doc: Y.Doc, before: Map<number, number>): void {
  const records = recordsOf(doc)
  const recorded = [...records.entries()].filter((entry): entry is [string, QuotedRecord] => isRecord(entry[1]))
  if (recorded.length === 0) return
  const written = bodyTexts(doc)
    .flatMap(charactersOf)
    .filter((c) => c.clock >= (before.get(c.client) ?? 0) && c.threads.size > 0)
  for (const [thread, record] of recorded) {
    const under = written.filter((c) => c.threads.has(thread))
    if (under.length === 0) continue
    const runs = record.characters.map((run): IdRun => [...run])
    addTo(runs, under)
    records.set(thread, { characters: runs })
  }
}

/**
 * The words of each thread with a record, by thread: its characters still in
 * the text, in reading order, unbroken runs joined by a space as
 * comment-anchors.ts joins them; '' when none are left.
 */
export function quotedWords(doc: Y.Doc): Map<string, string> {
  const recorded = [...recordsOf(doc).entries()].filter((entry): entry is [string, QuotedRecord] => isRecord(entry[1]))
  const words = new Map<string, string>()
  if (recorded.length === 0) return words
  const texts = bodyTexts(doc).map(charactersOf)
  for (const [thread, record] of recorded) {
    const ours = (c: Character) => record.characters.some(([client, clock, length]) => c.client === client && c.clock >= clock && c.clock < clock + length)
    const runs: string[] = []
    for (const characters of texts) {
      let run = ''
      for (const c of characters) {
        if (c.character === '\u200B') continue
        if (ours(c)) run += c.character
        else if (run) {
          runs.push(run)
          run = ''
        }
      }
      if (run) runs.push(run)
    }
    words.set(thread, runs.join(' '))
  }
  return words
}
