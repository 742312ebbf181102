import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { Transaction } from '@tiptap/pm/state'
import { doc, en, figure, h2, h3, item, p, quote, ul, cell, row, table, bold } from './article-builders'
import { schema } from './article-builders'
import { suggestionIds } from '../pending-suggestions'
import type { SuggestionChoice, SuggestionDecision } from '../suggestion-decisions'

/**
 * Random work on an article, the same every run for one seed: edits as a desk
 * in suggesting mode makes them, and decisions on what it suggested. Only a
 * seeded generator is used, so a failure names the seed that replays it.
 */

/** mulberry32: a tiny, fast generator of numbers in [0, 1) from a 32-bit seed. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export class Random {
  private readonly next: () => number
  constructor(seed: number) {
    this.next = mulberry32(seed)
  }
  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n)
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!
  }
  chance(p: number): boolean {
    return this.next() < p
  }
}

/** The articles a run starts from: each kind of block the newsroom writes. */
export const startingArticles: (() => ProseMirrorNode)[] = [
  () => doc(h2('الحكومة تعلن الموازنة'), p('قال الوزير إن الحكومة ستعلن الموازنة غدا'), p('وأضاف أن العجز بلغ ٢٠٢٤ مليون دينار')),
  () => doc(p('مقدمة الخبر'), ul(item('البند الأول'), item('البند الثاني')), p('خاتمة الخبر')),
  () => doc(quote({ attribution: 'الوزير' }, p('لن نتراجع عن القرار')), en('The minister said the budget would be announced'), h3('ردود الفعل')),
  () => doc(p('قبل الصورة'), figure({ caption: 'الوزير يتحدث' }), p('بعد الصورة', bold(' مهم'))),
  () => doc(table(row(cell('المدينة'), cell('الأصوات')), row(cell('الرياض'), cell('١٢٣٤'))), p('المصدر: اللجنة'))
]

const arabicWords = ['و', 'ال', 'كتاب', 'وبالكتاب', 'الحكومة ', ' قال', 'َ', 'ّ', 'ُ', 'مدينة', '٢٠٢٥']
const latinWords = ['the ', 'minister', ' said', 'AFP', 'a']

export type Operation =
  | { kind: 'edit'; name: string; edit: (tr: Transaction) => void }
  | { kind: 'decide'; name: string; decision: SuggestionDecision; choice: SuggestionChoice }

interface Textblock {
  pos: number
  node: ProseMirrorNode
}

const textblocksOf = (body: ProseMirrorNode): Textblock[] => {
  const found: Textblock[] = []
  body.descendants((node, pos) => {
    if (node.isTextblock) found.push({ pos, node })
    return !node.isTextblock
  })
  return found
}

/**
 * The block that holds the textblock at `pos` (a list, a quote, a table cell;
 * -1 for the article itself). Deletions and joins across blocks stay
 * inside one: one reaching out of a quote, a list or a table is suggested by
 * the library as those blocks deleted whole and a copy inserted, and a later
 * edit reaching into both could not be rejected (reported, not fuzzed).
 */
function containerOf(body: ProseMirrorNode, pos: number): number {
  const $pos = body.resolve(pos)
  for (let depth = $pos.depth - 1; depth > 0; depth--) if ($pos.node(depth).type.name !== 'listItem') return $pos.before(depth)
  // Not 0: a quote that opens the article starts at 0.
  return -1
}

/** A position between two characters of some textblock, its edges included. */
function textPosition(random: Random, body: ProseMirrorNode): number {
  const { pos, node } = random.pick(textblocksOf(body))
  return pos + 1 + random.int(node.content.size + 1)
}

function edit(random: Random, body: ProseMirrorNode): Operation {
  const blocks = textblocksOf(body)
  switch (random.int(8)) {
    case 0:
    case 1: {
      const at = textPosition(random, body)
      const words = random.chance(0.7) ? random.pick(arabicWords) : random.pick(latinWords)
      return { kind: 'edit', name: `type "${words}" at ${at}`, edit: (tr) => tr.insertText(words, at) }
    }
    case 2: {
      // Most deletions stay in one block; some cross into the next blocks.
      const from = textPosition(random, body)
      const far = textPosition(random, body)
      const to = random.chance(0.7) || containerOf(body, far) !== containerOf(body, from) ? Math.min(from + 1 + random.int(6), body.resolve(from).end()) : far
      const [a, b] = from <= to ? [from, to] : [to, from]
      return { kind: 'edit', name: `delete ${a}-${b}`, edit: (tr) => tr.delete(a, b) }
    }
    case 3: {
      const at = textPosition(random, body)
      const depth = body.resolve(at).node(-1).type.name === 'listItem' && random.chance(0.5) ? 2 : 1
      return { kind: 'edit', name: `Enter at ${at} (depth ${depth})`, edit: (tr) => tr.split(at, depth) }
    }
    case 4: {
      const index = 1 + random.int(Math.max(1, blocks.length - 1))
      const [first, second] = [blocks[index - 1], blocks[index]]
      if (!first || !second || containerOf(body, first.pos + 1) !== containerOf(body, second.pos + 1)) return edit(random, body)
      const from = first.pos + first.node.nodeSize - 1
      const to = second.pos + 1
      return { kind: 'edit', name: `join ${from}-${to}`, edit: (tr) => tr.delete(from, to) }
    }
    case 5: {
      const { pos, node } = random.pick(blocks)
      const from = pos + 1 + random.int(node.content.size + 1)
      const to = Math.min(pos + node.nodeSize - 1, from + 1 + random.int(8))
      const boldMark = schema.marks.bold!
      const isBold = body.rangeHasMark(from, to, boldMark)
      return {
        kind: 'edit',
        name: `${isBold ? 'unbold' : 'bold'} ${from}-${to}`,
        edit: (tr) => (isBold ? tr.removeMark(from, to, boldMark) : tr.addMark(from, to, boldMark.create()))
      }
    }
    case 6: {
      const { pos, node } = random.pick(blocks)
      const level = random.pick([2, 3])
      const [type, attrs] = node.type.name === 'heading' && random.chance(0.5) ? ['paragraph', { dir: node.attrs.dir }] : ['heading', { level, dir: node.attrs.dir }]
      return { kind: 'edit', name: `${type} ${type === 'heading' ? level : ''} at ${pos}`, edit: (tr) => tr.setBlockType(pos + 1, pos + 1, schema.nodes[type]!, attrs) }
    }
    default: {
      const candidates: { pos: number; node: ProseMirrorNode }[] = []
      body.descendants((node, pos) => {
        if (!node.isText && 'dir' in node.attrs) candidates.push({ pos, node })
        return true
      })
      const { pos, node } = random.pick(candidates)
      const dir = node.attrs.dir === 'ltr' ? null : 'ltr'
      return { kind: 'edit', name: `dir ${String(dir)} on ${node.type.name} at ${pos}`, edit: (tr) => tr.setNodeAttribute(pos, 'dir', dir) }
    }
  }
}

/** The next thing a desk does: mostly an edit, sometimes a decision on one suggestion or on all. */
export function randomOperation(random: Random, body: ProseMirrorNode): Operation {
  const ids = suggestionIds(body)
  const roll = random.int(100)
  if (ids.length > 0 && roll < 14) {
    const id = random.pick(ids)
    const decision = random.chance(0.5) ? 'accept' : 'reject'
    return { kind: 'decide', name: `${decision} ${id}`, decision, choice: { ids: [id] } }
  }
  if (ids.length > 0 && roll < 18) {
    const decision = random.chance(0.5) ? 'accept' : 'reject'
    return { kind: 'decide', name: `${decision} all`, decision, choice: { all: true } }
  }
  return edit(random, body)
}
