import { Extension } from '@tiptap/core'

/**
 * Per-block direction, as the article stores it. The article is Arabic, so the
 * document is right-to-left once (the editor's root, the page's <html>); a
 * block carries `dir` only where it differs — an English quote set to `ltr`.
 *
 * Why not Tiptap's `textDirection: 'rtl'` option: it stores `dir: "rtl"` on
 * every block, and core and the exporter would each need the editor's options
 * to keep it. One global attribute in the shared schema travels everywhere.
 * Word pastes `DIR=RTL` in upper case; values are read case-insensitively.
 * `auto` is never kept: the browser would flip Arabic paragraphs that start
 * with a Latin name or a number (docs/arabic-text.md).
 */
export type BlockDirectionValue = 'ltr' | null

export function parseBlockDirection(value: string | null | undefined): BlockDirectionValue {
  return value?.trim().toLowerCase() === 'ltr' ? 'ltr' : null
}

export const BlockDirection = Extension.create({
  name: 'blockDirection',

  addGlobalAttributes() {
    const types = this.extensions.filter((e) => e.type === 'node' && e.name !== 'text' && e.name !== 'doc').map((e) => e.name)
    return [
      {
        types,
        attributes: {
          dir: {
            default: null,
            parseHTML: (element) => parseBlockDirection(element.getAttribute('dir')),
            renderHTML: (attributes) => (attributes.dir === 'ltr' ? { dir: 'ltr' } : {})
          }
        }
      }
    ]
  }
})
