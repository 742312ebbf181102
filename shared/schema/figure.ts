import { Node, mergeAttributes } from '@tiptap/core'

/** Where an exported page finds an image the app stores: next to index.html. */
export const exportedImagePath = (mediaId: string): string => `images/${mediaId}`

const text = (el: HTMLElement, selector: string): string =>
  el.querySelector(selector)?.textContent?.trim() ?? ''

/** What a figure node carries. */
export interface FigureAttrs {
  mediaId: string | null
  alt: string
  caption: string
  credit: string
  width: number | null
  height: number | null
}

/**
 * A news photo: the image the app stores (by content hash), its caption, the
 * agency credit and the alt text. One atom node, so caption and credit travel
 * with the picture when it is moved, copied or deleted.
 */
export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    return {
      mediaId: { default: null },
      alt: { default: '' },
      caption: { default: '' },
      credit: { default: '' },
      width: { default: null },
      height: { default: null }
    }
  },

  parseHTML() {
    return [
      {
        tag: 'figure[data-type="figure"]',
        getAttrs: (el) => {
          const img = el.querySelector('img')
          const num = (v: string | null | undefined) => (v && /^\d+$/.test(v) ? Number(v) : null)
          return {
            mediaId: img?.getAttribute('data-media-id') ?? null,
            alt: img?.getAttribute('alt') ?? el.getAttribute('data-alt') ?? '',
            caption: text(el, '[data-role="caption"]'),
            credit: text(el, '.credit'),
            width: num(img?.getAttribute('width')),
            height: num(img?.getAttribute('height'))
          }
        }
      }
    ]
  },

  renderHTML({ node, HTMLAttributes }) {
    const { mediaId, alt, caption, credit, width, height } = node.attrs as FigureAttrs
    const children: unknown[] = []
    if (mediaId) {
      const img: Record<string, string> = { src: exportedImagePath(mediaId), alt, 'data-media-id': mediaId }
      if (width) img.width = String(width)
      if (height) img.height = String(height)
      children.push(['img', img])
    }
    if (caption || credit) {
      const figcaption: unknown[] = ['figcaption', {}]
      if (caption) figcaption.push(['span', { 'data-role': 'caption' }, caption])
      if (caption && credit) figcaption.push(' ')
      if (credit) figcaption.push(['span', { class: 'credit' }, credit])
      children.push(figcaption)
    }
    // A figure waiting for its image has no <img> to carry the alt text the
    // journalist already wrote; it travels on the figure, so copy and paste
    // inside the editor keeps it.
    const waitingAlt = !mediaId && alt ? { 'data-alt': alt } : {}
    const attrs = mergeAttributes(
      { 'data-type': 'figure', ...waitingAlt },
      // The figure's own attributes are written as the elements above; the
      // block's `dir` (block-direction.ts) stays on the figure.
      Object.fromEntries(Object.entries(HTMLAttributes).filter(([k]) => k === 'dir' || !(k in node.attrs)))
    )
    return ['figure', attrs, ...children] as never
  }
})
