import { diffArrays } from 'diff'
import type { ArticleBody } from '../../../../shared/article/body'
import type { ComparedBlock, DiffSpan } from '../../../../shared/revisions/comparison'
import { bodyBlocks, type BodyBlock } from './body-blocks'
import { essentialText } from './minor-change'
import { wordDiff } from './word-diff'

// Below this share of words in common, a removed block and an added one are
// two different paragraphs, not one paragraph rewritten.
const SAME_BLOCK_SHARE = 0.35

const blockKey = (block: BodyBlock) => `${block.kind}\u0000${block.text}`

function words(text: string): Set<string> {
  return new Set(essentialText(text).split(/[\s،,.؛;:!?؟«»"'()[\]{}-]+/u).filter(Boolean))
}

function share(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1
  let common = 0
  for (const word of a) if (b.has(word)) common++
  return common / Math.max(a.size, b.size)
}

const whole = (change: 'equal' | 'added' | 'removed' | 'moved', block: BodyBlock): ComparedBlock => ({
  change,
  kind: block.kind,
  spans: block.text ? [{ op: change === 'added' ? 'insert' : change === 'removed' ? 'delete' : 'equal', text: block.text, minor: false }] : []
})

// A split or a join is taken when the run of blocks holds at least this share
// of the other side's words, and clearly more than the single block did.
const SPLIT_SHARE = 0.6
const SPLIT_GAIN = 0.1
// Stands between the parts of a split or a join while they are compared as one text.
const PART_BREAK = '\n'

/** Blocks on the two sides that are one text: a block rewritten (one and one), split (one and several) or joined (several and one). */
interface Match {
  removed: number[]
  added: number[]
}

const joinedWords = (blocks: BodyBlock[]) => words(blocks.map((block) => block.text).join(' '))

/**
 * Grows a pair into a split (more added blocks after or before the one
 * paired) or a join (more removed blocks), while the run holds clearly more
 * of the other side's words. Only blocks of the same kind, not taken and not
 * moved, join the run.
 */
function grow(match: Match, removed: BodyBlock[], added: BodyBlock[], free: (side: 'removed' | 'added', index: number) => boolean): Match {
  const kind = removed[match.removed[0]!]!.kind
  const fits = (side: 'removed' | 'added', index: number) => {
    const blocks = side === 'removed' ? removed : added
    return index >= 0 && index < blocks.length && blocks[index]!.kind === kind && free(side, index)
  }
  const shareOf = (m: Match) => share(joinedWords(m.removed.map((i) => removed[i]!)), joinedWords(m.added.map((i) => added[i]!)))
  let current = match
  for (;;) {
    const candidates: Match[] = []
    if (current.removed.length === 1) {
      const [first, last] = [current.added[0]!, current.added.at(-1)!]
      if (fits('added', last + 1)) candidates.push({ removed: current.removed, added: [...current.added, last + 1] })
      if (fits('added', first - 1)) candidates.push({ removed: current.removed, added: [first - 1, ...current.added] })
    }
    if (current.added.length === 1) {
      const [first, last] = [current.removed[0]!, current.removed.at(-1)!]
      if (fits('removed', last + 1)) candidates.push({ removed: [...current.removed, last + 1], added: current.added })
      if (fits('removed', first - 1)) candidates.push({ removed: [first - 1, ...current.removed], added: current.added })
    }
    const now = shareOf(current)
    const better = candidates.map((m) => ({ m, s: shareOf(m) })).filter(({ s }) => s >= SPLIT_SHARE && s >= now + SPLIT_GAIN)
    if (better.length === 0) return current
    current = better.reduce((a, b) => (b.s > a.s ? b : a)).m
  }
}

/** The word diff of a match, one list of spans per added block: a split's parts each get the words that fell to them. */
function matchSpans(match: Match, removed: BodyBlock[], added: BodyBlock[]): DiffSpan[][] {
  const before = match.removed.map((i) => removed[i]!.text).join(PART_BREAK)
  const parts = match.added.map((i) => added[i]!.text)
  const spans = wordDiff(before, parts.join(PART_BREAK))
  // A join: the break between the old paragraphs is not a word anyone removed.
  const kept = spans
    .map((span) => (span.op === 'delete' ? { ...span, text: span.text.replaceAll(PART_BREAK, ' ') } : span))
    .filter((span) => !(span.op === 'delete' && span.text.trim() === ''))
  if (parts.length === 1) return [kept]
  // A split: walk the new text and cut it where one part ends and the next begins.
  const out: DiffSpan[][] = parts.map(() => [])
  let part = 0
  for (const span of kept) {
    if (span.op === 'delete') {
      out[part]!.push(span)
      continue
    }
    const pieces = span.text.split(PART_BREAK)
    pieces.forEach((piece, i) => {
      if (i > 0) part = Math.min(part + 1, parts.length - 1)
      if (piece !== '') out[part]!.push({ ...span, text: piece })
    })
  }
  return out
}

/**
 * One stretch of blocks taken out and put in at the same place: a rewritten
 * block is paired with the block it most resembles, of the same kind, and
 * compared word by word; a paragraph split in two, or two joined into one, is
 * compared as the one text it was; the rest were added or removed outright.
 */
function pairHunk(removed: BodyBlock[], added: BodyBlock[], moved: Set<string>): ComparedBlock[] {
  const removedWords = removed.map((block) => words(block.text))
  const matchOf: (Match | undefined)[] = []
  const taken = new Set<number>()
  const placed = new Set<number>()
  const free = (side: 'removed' | 'added', index: number) =>
    side === 'removed' ? !taken.has(index) && !moved.has(blockKey(removed[index]!)) : !placed.has(index) && !moved.has(blockKey(added[index]!))
  let from = 0
  // Matches keep their order: a block rewritten further down never pairs with one above an earlier match.
  for (const [index, block] of added.entries()) {
    if (placed.has(index) || moved.has(blockKey(block))) continue
    const blockWords = words(block.text)
    let best = -1
    let bestShare = SAME_BLOCK_SHARE
    for (let i = from; i < removed.length; i++) {
      if (removed[i]!.kind !== block.kind || !free('removed', i)) continue
      const s = share(removedWords[i]!, blockWords)
      if (s >= bestShare) [best, bestShare] = [i, s]
    }
    if (best < 0) continue
    const match = grow({ removed: [best], added: [index] }, removed, added, (side, i) => (side === 'removed' ? i >= from && free(side, i) : free(side, i)))
    for (const i of match.removed) taken.add(i)
    for (const i of match.added) {
      placed.add(i)
      matchOf[i] = match
    }
    from = match.removed.at(-1)! + 1
  }

  const out: ComparedBlock[] = []
  let next = 0
  // What was taken out is shown where it stood: before whatever came after it.
  const flushRemovedBefore = (limit: number) => {
    for (; next < limit; next++) {
      if (!taken.has(next) && !moved.has(blockKey(removed[next]!))) out.push(whole('removed', removed[next]!))
    }
  }
  const spansOf = new Map<Match, DiffSpan[][]>()
  for (const [index, block] of added.entries()) {
    const match = matchOf[index]
    const laterMatch = matchOf.slice(index + 1).find((value) => value !== undefined)
    flushRemovedBefore(match?.removed[0] ?? laterMatch?.removed[0] ?? removed.length)
    if (moved.has(blockKey(block))) out.push(whole('moved', block))
    else if (match === undefined) out.push(whole('added', block))
    else {
      if (!spansOf.has(match)) spansOf.set(match, matchSpans(match, removed, added))
      out.push({ change: 'changed', kind: block.kind, spans: spansOf.get(match)![match.added.indexOf(index)]! })
      next = Math.max(next, match.removed.at(-1)! + 1)
    }
  }
  flushRemovedBefore(removed.length)
  return out
}

/**
 * The body's blocks, `after` against `before`: blocks are matched first, then
 * only the changed ones are compared word by word. (Comparing the whole body
 * word by word takes seconds on a long article and pairs words across
 * paragraphs that have nothing to do with each other.)
 */
export function compareBodies(before: ArticleBody, after: ArticleBody): ComparedBlock[] {
  const a = bodyBlocks(before)
  const b = bodyBlocks(after)
  const parts = diffArrays(a.map(blockKey), b.map(blockKey))

  // A block taken out in one place and put back unchanged in another was moved.
  const removedKeys = new Set<string>()
  const addedKeys = new Set<string>()
  for (const part of parts) {
    if (part.removed) for (const key of part.value) removedKeys.add(key)
    if (part.added) for (const key of part.value) addedKeys.add(key)
  }
  const moved = new Set([...removedKeys].filter((key) => addedKeys.has(key) && key.split('\u0000')[1]!.trim() !== ''))

  const out: ComparedBlock[] = []
  let ai = 0
  let bi = 0
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!
    if (!part.added && !part.removed) {
      for (let k = 0; k < part.count!; k++) out.push(whole('equal', b[bi + k]!))
      ai += part.count!
      bi += part.count!
      continue
    }
    // A hunk is a removed run, an added run, or one of each side by side.
    const following = parts[i + 1]
    const removedCount = part.removed ? part.count! : 0
    const addedCount = part.added ? part.count! : following?.added && part.removed ? following.count! : 0
    if (part.removed && following?.added) i++
    out.push(...pairHunk(a.slice(ai, ai + removedCount), b.slice(bi, bi + addedCount), moved))
    ai += removedCount
    bi += addedCount
  }
  return out
}
