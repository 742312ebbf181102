import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { Transaction } from '@tiptap/pm/state'
import { AddMarkStep, AddNodeMarkStep, ReplaceAroundStep, ReplaceStep } from '@tiptap/pm/transform'
import { SUGGESTION_MARK_NAMES } from '../../../shared/schema/review-marks'

const isSuggestionMark = (mark: Mark) => (SUGGESTION_MARK_NAMES as readonly string[]).includes(mark.type.name)

/**
 * The suggestion ids a transaction wrote: read from its steps, so a keystroke
 * in a long article costs the size of the keystroke, not of the article.
 */
export function suggestionIdsIn(tr: Transaction): string[] {
  const ids = new Set<string>()
  const collect = (marks: readonly Mark[]) => {
    for (const mark of marks) if (isSuggestionMark(mark)) ids.add(String(mark.attrs.id))
  }
  const walk = (node: ProseMirrorNode) => {
    collect(node.marks)
    node.descendants((child) => collect(child.marks))
  }
  for (const step of tr.steps) {
    if (step instanceof AddMarkStep || step instanceof AddNodeMarkStep) collect([step.mark])
    else if (step instanceof ReplaceStep || step instanceof ReplaceAroundStep) step.slice.content.forEach(walk)
  }
  return [...ids]
}
