import { Node } from '@tiptap/core'

/**
 * A quotation with its attribution. The attribution is published outside the
 * quote itself (<figure><blockquote/><figcaption><cite/></figcaption></figure>),
 * because who said it is not part of what was said.
 */
export const Quote = Node.create({
  name: 'quote',
  group: 'block',
  content: 'paragraph+',
  defining: true,

  addAttributes() {
    return { attribution: { default: '' } }
  },

  parseHTML() {
    return [
      {
        tag: 'figure[data-type="quote"]',
        contentElement: 'blockquote',
        getAttrs: (el) => ({ attribution: el.querySelector('cite')?.textContent?.trim() ?? '' })
      },
      { tag: 'blockquote' }
    ]
  },

  renderHTML({ node, HTMLAttributes }) {
    const attribution = String(node.attrs.attribution ?? '')
    // The block's `dir` (block-direction.ts) rides on the figure: an English
    // quote switched to left-to-right is published and copied that way.
    const own = { ...Object.fromEntries(Object.entries(HTMLAttributes).filter(([k]) => k !== 'attribution')), 'data-type': 'quote' }
    const quote = ['blockquote', 0]
    return (attribution
      ? ['figure', own, quote, ['figcaption', {}, ['cite', {}, attribution]]]
      : ['figure', own, quote]) as never
  },

  addCommands() {
    return {
      toggleQuote:
        () =>
        ({ commands }) =>
          commands.toggleWrap(this.name)
    }
  }
})

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    quote: { toggleQuote: () => ReturnType }
  }
}
