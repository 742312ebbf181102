import { Extension } from '@tiptap/core'
import type { BodyNode } from '../../../shared/article/body'
import { isLatinText } from '../../../shared/text/typography'

/**
 * `lang="en"` on a published block that runs left-to-right in Latin letters:
 * an English paragraph typed in the editor and switched to LTR is English to
 * screen readers, hyphenation and translation tools, as a pasted English run
 * already is (its lang mark). Only the exporter knows this attribute; the
 * article stores the direction alone and the language follows from its text.
 */
export const BlockLanguage = Extension.create({
  name: 'blockLanguage',

  addGlobalAttributes() {
    const types = this.extensions.filter((e) => e.type === 'node' && e.name !== 'text' && e.name !== 'doc').map((e) => e.name)
    return [
      {
        types,
        attributes: {
          lang: {
            default: null,
            parseHTML: () => null,
            renderHTML: (attributes) => (attributes.lang === 'en' ? { lang: 'en' } : {})
          }
        }
      }
    ]
  }
})

// The words a reader sees in the block: its text and the words kept in
// attributes (a quote's attribution, a figure's caption and credit).
function wordsOf(node: BodyNode): string {
  const own = ['attribution', 'caption', 'credit'].map((name) => (typeof node.attrs?.[name] === 'string' ? ` ${node.attrs[name] as string}` : ''))
  return (node.text ?? '') + own.join('') + (node.content ?? []).map((child) => ` ${wordsOf(child)}`).join('')
}

/** The top-level block with `lang: 'en'` when it is an English left-to-right block. */
export function withBlockLanguage(node: BodyNode): BodyNode {
  if (node.attrs?.dir !== 'ltr' || !isLatinText(wordsOf(node))) return node
  return { ...node, attrs: { ...node.attrs, lang: 'en' } }
}
