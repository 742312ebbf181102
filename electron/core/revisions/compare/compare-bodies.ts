import { diffArrays } from 'diff'
import type { ArticleBody } from '../../../../shared/article/body'
import type { ComparedBlock } from '../../../../shared/revisions/comparison'
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

/**
 * One stretch of blocks taken out and put in at the same place: a rewritten
 * block is paired with the block it most resembles, of the same kind, and
 * compared word by word; the rest were added or removed outright.
 */
function pairHunk(removed: BodyBlock[], added: BodyBlock[], moved: Set<string>): ComparedBlock[] {
  const removedWords = removed.map((block) => words(block.text))
  const pairOf: (number | undefined)[] = []
  const taken = new Set<number>()
  let from = 0
  // Pairs keep their order: a block rewritten further down never pairs with one above an earlier pair.
  for (const [index, block] of added.entries()) {
    if (moved.has(blockKey(block))) continue
    const blockWords = words(block.text)
    let best = -1
    let bestShare = SAME_BLOCK_SHARE
    for (let i = from; i < removed.length; i++) {
      if (removed[i]!.kind !== block.kind || moved.has(blockKey(removed[i]!))) continue
      const s = share(removedWords[i]!, blockWords)
      if (s >= bestShare) [best, bestShare] = [i, s]
    }
    if (best < 0) continue
    pairOf[index] = best
    taken.add(best)
    from = best + 1
  }

  const out: ComparedBlock[] = []
  let next = 0
  // What was taken out is shown where it stood: before whatever came after it.
  const flushRemovedBefore = (limit: number) => {
    for (; next < limit; next++) {
      if (!taken.has(next) && !moved.has(blockKey(removed[next]!))) out.push(whole('removed', removed[next]!))
    }
  }
  for (const [index, block] of added.entries()) {
    const pair = pairOf[index]
    const laterPair = pairOf.slice(index + 1).find((value) => value !== undefined)
    flushRemovedBefore(pair ?? laterPair ?? removed.length)
    if (moved.has(blockKey(block))) out.push(whole('moved', block))
    else if (pair === undefined) out.push(whole('added', block))
    else {
      out.push({ change: 'changed', kind: block.kind, spans: wordDiff(removed[pair]!.text, block.text) })
      next = Math.max(next, pair + 1)
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
