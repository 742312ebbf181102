import type { ArticleBody, BodyNode } from '../shared/article/body'

// Seeded, so every run edits the same places and the figures compare run to run.
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const replacements = ['الحكومة', 'البرلمان', 'الاتفاق', 'المفاوضات', 'الوزير', 'الأسواق', 'المدينة', 'المواطنين']

/** A desk's revision of a long article: `changes` words replaced, inserted or removed across its paragraphs. */
export function reviseArticle(body: ArticleBody, changes: number, seed: number): ArticleBody {
  const random = seededRandom(seed)
  const content = (body.content ?? []).map((node) => ({ ...node }))
  const paragraphs = content.flatMap((node, i) => (node.type === 'paragraph' && node.content?.[0]?.text ? [i] : []))
  for (let change = 0; change < changes; change++) {
    const at = paragraphs[Math.floor(random() * paragraphs.length)]!
    const node = content[at]!
    const words = (node.content![0]!.text ?? '').split(' ')
    const where = Math.floor(random() * words.length)
    const word = replacements[Math.floor(random() * replacements.length)]!
    const kind = random()
    if (kind < 0.5) words[where] = word
    else if (kind < 0.8) words.splice(where, 0, word)
    else if (words.length > 3) words.splice(where, 1)
    content[at] = { type: 'paragraph', content: [{ type: 'text', text: words.join(' ') } as BodyNode] }
  }
  return { ...body, content }
}
