import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state'
import { firstStrongDirection } from '../../../shared/text/typography'

/**
 * Blocks without a letter yet whose direction the journalist set with the
 * toggle. A new paragraph after an English block takes its direction from the
 * first letter typed into it (typing-typography.ts), except where the
 * journalist has already said which way it runs. Positions are block starts,
 * followed through every edit and forgotten once the block has a letter (the
 * rule is over then).
 */
const chosenDirectionKey = new PluginKey<number[]>('chosenDirection')

/** Records, in the toggle's own transaction, the blocks it switched. */
export function rememberChosenDirection(tr: Transaction, blockStarts: number[]): Transaction {
  return tr.setMeta(chosenDirectionKey, blockStarts)
}

export function isDirectionChosen(state: EditorState, blockStart: number): boolean {
  return chosenDirectionKey.getState(state)?.includes(blockStart) ?? false
}

const isLetterlessBlockAt = (tr: Transaction, pos: number): boolean => {
  const node = pos >= 0 && pos < tr.doc.content.size ? tr.doc.nodeAt(pos) : null
  return node !== null && node.isBlock && firstStrongDirection(node.textContent) === null
}

export const chosenDirectionPlugin = () =>
  new Plugin<number[]>({
    key: chosenDirectionKey,
    state: {
      init: () => [],
      apply(tr, chosen) {
        const added = (tr.getMeta(chosenDirectionKey) as number[] | undefined) ?? []
        if (!tr.docChanged && added.length === 0) return chosen
        const mapped = chosen.flatMap((pos) => {
          const result = tr.mapping.mapResult(pos, 1)
          return result.deleted ? [] : [result.pos]
        })
        return [...new Set([...mapped, ...added])].filter((pos) => isLetterlessBlockAt(tr, pos))
      }
    }
  })
