import { Mark } from '@tiptap/core'

/** Languages a Latin run may be tagged with; the body itself is Arabic. */
export const latinRunLanguages = ['en', 'fr'] as const
export type LatinRunLanguage = (typeof latinRunLanguages)[number]

export const isLatinRunLanguage = (value: unknown): value is LatinRunLanguage =>
  typeof value === 'string' && (latinRunLanguages as readonly string[]).includes(value)

/**
 * A Latin run inside Arabic copy ("the Reuters report", a brand name): `lang`
 * lets screen readers and hyphenation treat it as English, and `dir="ltr"`
 * keeps its punctuation on the right side.
 */
export const LangMark = Mark.create({
  name: 'lang',

  addAttributes() {
    return {
      lang: {
        default: 'en',
        parseHTML: (el) => el.getAttribute('lang')?.toLowerCase(),
        renderHTML: () => ({})
      }
    }
  },

  parseHTML() {
    return [
      {
        tag: 'span[lang]',
        getAttrs: (el) => (isLatinRunLanguage(el.getAttribute('lang')?.toLowerCase()) ? null : false)
      }
    ]
  },

  renderHTML({ mark }) {
    return ['span', { lang: String(mark.attrs.lang), dir: 'ltr' }, 0]
  }
})
