import { exportedImagePath } from '../../../shared/schema/figure'
import type { ExportPictures, PictureRenditions, Rendition } from './export-pictures'
import { escapeAttribute, escapeText } from './html-escape'
import { isSafeMediaId } from './media-id'

/** A picture with its words, from a body figure or the article's lead image. */
export interface FigureContent {
  mediaId: string | null
  alt: string
  caption: string
  credit: string
  /** The size the editor stored, used when the pipeline gives none. */
  width: number | null
  height: number | null
  /** `ltr` for a figure switched to left-to-right; otherwise the page's direction. */
  dir: 'ltr' | null
  /** `en` for an English left-to-right figure (block-language.ts). */
  lang?: 'en' | null
}

/**
 * How wide a picture is shown: the article column (resources/export/article.css:
 * 44rem less 1.25rem padding each side) once the screen is wider than it, the
 * screen less that padding below. The browser picks the rendition from this.
 */
export const pictureSizes = '(min-width: 44rem) 41.5rem, calc(100vw - 2.5rem)'

/** Between a caption and its credit: "… — أ ف ب", as newspapers set it. */
export const creditSeparator = ' — '

/** The `<img src>` fallback: the largest rendition no wider than a desktop column at 2x. */
const fallbackWidth = 1200

const srcset = (renditions: Rendition[]): string => renditions.map((rendition) => `${rendition.path} ${rendition.width}w`).join(', ')

function fallback(renditions: Rendition[]): Rendition | undefined {
  const fitting = renditions.filter((rendition) => rendition.width <= fallbackWidth)
  return fitting.at(-1) ?? renditions[0]
}

function imageAttributes(img: Record<string, string | number | null>): string {
  return Object.entries(img)
    .filter(([, value]) => value !== null)
    .map(([name, value]) => `${name}="${escapeAttribute(String(value))}"`)
    .join(' ')
}

function pictureHtml(figure: FigureContent & { mediaId: string }, picture: PictureRenditions | undefined, lead: boolean): string {
  // The lead picture is the first thing a reader sees: fetched at once and
  // first. Every other picture waits until it nears the screen.
  const loading: Record<string, string> = lead ? { fetchpriority: 'high' } : { loading: 'lazy' }
  const jpeg = picture?.jpeg ?? []
  const webp = picture?.webp ?? []
  const src = fallback(jpeg.length > 0 ? jpeg : webp)
  if (!src) {
    // No renditions for this picture: the stored file itself, at the size the editor knew.
    const img = imageAttributes({
      src: exportedImagePath(figure.mediaId),
      width: figure.width,
      height: figure.height,
      alt: figure.alt,
      ...loading,
      decoding: 'async'
    })
    return `<img ${img}>`
  }
  const img = imageAttributes({
    src: src.path,
    srcset: srcset(jpeg.length > 0 ? jpeg : webp),
    sizes: pictureSizes,
    width: src.width,
    height: src.height,
    alt: figure.alt,
    ...loading,
    decoding: 'async'
  })
  // WebP first for the browsers that take it; the JPEG <img> serves the rest.
  const source =
    jpeg.length > 0 && webp.length > 0 ? `<source ${imageAttributes({ type: 'image/webp', srcset: srcset(webp), sizes: pictureSizes })}>` : ''
  return `<picture>${source}<img ${img}></picture>`
}

/**
 * A published figure: `<figure><picture><source webp><img jpeg></picture>
 * <figcaption>caption — <span class="credit">credit</span></figcaption></figure>`.
 * A figure still waiting for its picture keeps its words; a picture id that
 * could not be the store's is treated the same (it names no file we export).
 */
export function figureHtml(figure: FigureContent, pictures: ExportPictures, options: { lead: boolean; className?: string }): string {
  const caption = figure.caption.trim()
  const credit = figure.credit.trim()
  // The separator is text, not CSS: it shows in a reader mode, a feed reader
  // and a CMS that strips the page's stylesheet, and in the stylesheet's colour.
  const words = [caption ? escapeText(caption) : '', credit ? `<span class="credit">${escapeText(credit)}</span>` : '']
    .filter(Boolean)
    .join(creditSeparator)
  const mediaId = isSafeMediaId(figure.mediaId) ? figure.mediaId : null
  const image = mediaId ? pictureHtml({ ...figure, mediaId }, pictures.pictures.get(mediaId), options.lead) : ''
  if (!image && !words) return ''
  const attributes = [
    options.className ? ` class="${options.className}"` : '',
    figure.dir === 'ltr' ? ' dir="ltr"' : '',
    figure.lang === 'en' ? ' lang="en"' : ''
  ].join('')
  return `<figure${attributes}>${image}${words ? `<figcaption>${words}</figcaption>` : ''}</figure>`
}
