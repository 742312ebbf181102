import { Node } from '@tiptap/core'

/**
 * A pull quote: a line lifted from the story and set large beside it, with who
 * said it. Published as an aside, because it repeats the copy rather than
 * adding to it; the attribution sits outside the quoted words.
 */
export const PullQuote = Node.create({
  name: 'pullQuote',
  group: 'block',
  content: 'paragraph+',
  defining: true,

  addAttributes() {
    return { attribution: { default: '' } }
  },

  parseHTML() {
    return [
      {
        tag: 'aside.pull-quote',
        contentElement: 'blockquote',
        getAttrs: (el) => ({ attribution: el.querySelector('cite')?.textContent?.trim() ?? '' })
      }
    ]
  },

  renderHTML({ node, HTMLAttributes }) {
    const attribution = String(node.attrs.attribution ?? '')
    const own = Object.fromEntries(Object.entries(HTMLAttributes).filter(([k]) => k !== 'attribution'))
    const quote = ['blockquote', 0]
    return (attribution
      ? ['aside', { ...own, class: 'pull-quote' }, quote, ['p', {}, ['cite', {}, attribution]]]
      : ['aside', { ...own, class: 'pull-quote' }, quote]) as never
  }
})
