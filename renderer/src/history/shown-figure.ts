import { Figure, type FigureAttrs } from '../../../shared/schema/figure'

/** A figure as the history shows it: its picture from the back side, its caption and credit, nothing to edit. */
export const shownFigure = (mediaUrl: (mediaId: string) => string) =>
  Figure.extend({
    renderHTML({ node }) {
      const { mediaId, alt, caption, credit } = node.attrs as FigureAttrs
      const children: unknown[] = []
      if (mediaId) children.push(['img', { src: mediaUrl(mediaId), alt }])
      if (caption || credit) children.push(['figcaption', {}, [caption, credit].filter(Boolean).join(' — ')])
      return ['figure', { class: 'shown-figure' }, ...children] as never
    }
  })
