import type { BodyNode } from '../../../../shared/article/body'
import { SUGGESTION_MARK_NAMES } from '../../../../shared/schema/review-marks'
import { bodyBlocks, blockText, excerptAround } from '../body-blocks'
import { finding, type Rule } from '../check-input'

const isSuggestion = (mark: { type: string }) => (SUGGESTION_MARK_NAMES as readonly string[]).includes(mark.type)

/** The ids of the suggestions on this node itself (a whole block) or on its own text. */
function suggestionsOn(node: BodyNode): string[] {
  const marks = [...(node.marks ?? []), ...(node.content ?? []).filter((child) => child.type === 'text').flatMap((child) => child.marks ?? [])]
  return marks.filter(isSuggestion).map((mark) => String(mark.attrs?.id))
}

/**
 * A suggestion nobody has decided is not the text anybody approved: it is
 * accepted or rejected before the article is exported for publishing. The
 * finding points at the first block that holds one and counts them all.
 */
export const pendingSuggestionsRule: Rule = ({ body }) => {
  const ids = new Set<string>()
  let first: { path: number[]; node: BodyNode } | null = null
  for (const block of bodyBlocks(body)) {
    const here = suggestionsOn(block.node)
    if (here.length === 0) continue
    first ??= block
    for (const id of here) ids.add(id)
  }
  if (!first) return []
  return [finding('suggestions_pending', { kind: 'body', path: first.path, excerpt: excerptAround(blockText(first.node).text) }, { count: ids.size })]
}

/**
 * Comment threads nobody has resolved are the desk's call, never a reason to
 * stop: a warning, pointing at the first open thread still on words (the
 * article as a whole when every open thread has lost its words).
 */
export const openThreadsRule: Rule = ({ body, openThreads = [] }) => {
  if (openThreads.length === 0) return []
  const open = new Set(openThreads)
  const anchorsOpen = (node: BodyNode) =>
    (node.content ?? []).some((child) => (child.marks ?? []).some((mark) => mark.type === 'comment' && open.has(String(mark.attrs?.thread))))
  const first = bodyBlocks(body).find((block) => anchorsOpen(block.node))
  const params = { count: open.size }
  if (!first) return [finding('threads_open', { kind: 'meta', field: 'status' }, params)]
  return [finding('threads_open', { kind: 'body', path: first.path, excerpt: excerptAround(blockText(first.node).text) }, params)]
}
