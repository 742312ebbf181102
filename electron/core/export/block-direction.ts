import { Extension } from '@tiptap/core'

/**
 * The page sets `lang="ar" dir="rtl"` once on <html> (ARABIC.md), so a block
 * carries `dir` only where it differs: an explicit left-to-right paragraph, or
 * `auto` where the editor stored it. An editor running with
 * `textDirection: 'rtl'` stores `dir: "rtl"` on every block; writing that back
 * on each element would be noise, while dropping every `dir` (the static
 * renderer's default) would lose the LTR blocks.
 */
export const BlockDirection = Extension.create({
  name: 'exportBlockDirection',

  addGlobalAttributes() {
    const types = this.extensions.filter((e) => e.type === 'node' && e.name !== 'text').map((e) => e.name)
    return [
      {
        types,
        attributes: {
          dir: {
            default: null,
            renderHTML: (attributes) =>
              attributes.dir === 'ltr' || attributes.dir === 'auto' ? { dir: attributes.dir as string } : {}
          }
        }
      }
    ]
  }
})
