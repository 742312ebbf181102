import type { Article } from '../../../shared/article/article'
import { namedBylines } from '../../../shared/article/meta'
import { seoTitleOf } from '../../../shared/article/seo-defaults'
import { articleUrl, authorUrl } from '../../../shared/publishing/article-address'
import { slugFromHeadline } from '../../../shared/text/slug'
import { exportedImagePath } from '../../../shared/schema/figure'
import { articleFigures, type ArticleFigure } from './article-figures'
import { cropRatios, type Rendition } from './export-pictures'
import { isSafeMediaId } from './media-id'
import { machineDate } from './page-dates'
import { pageDescription } from './page-description'
import type { PublicationContext } from './publication-context'

/** A picture as previews and structured data cite it. */
export interface CitedImage {
  url: string
  width: number | null
  height: number | null
  alt: string
  contentType: string | null
}

export interface Author {
  name: string
  url: string | null
}

/** What the head, the structured data and ninjs all say about the article, worked out once. */
export interface PublicationFacts {
  title: string
  description: string
  /** The canonical address, or null without a base URL. */
  canonical: string | null
  siteUrl: string | null
  sectionUrl: string | null
  authors: Author[]
  /** The picture link previews show (og:image), or null. */
  shareImage: CitedImage | null
  /** For NewsArticle.image: the lead crops when the pipeline made them, else each picture's largest rendition. */
  images: CitedImage[]
  /** Makes an export-folder path (`images/…`) absolute on the site, when it has an address. */
  absolute: (path: string) => string
  /** When the article was published, as a machine-readable date; null for a draft. */
  published: string | null
  /** Not published (or exported as a draft): no publish date, noindex, withheld. */
  draft: boolean
}

// Exported pages are Arabic whatever the interface language is.
const untitled = 'مقال بلا عنوان'

const contentTypes: Record<string, string> = { jpeg: 'image/jpeg', webp: 'image/webp' }

/**
 * The article's address is a folder on the site (index.html with images/
 * inside it), so its pictures resolve under the canonical URL read as a
 * folder, the way the page's own relative `images/…` resolve when it is
 * served there.
 */
function absoluteOn(canonical: string | null): (path: string) => string {
  if (!canonical) return (path) => path
  const folder = canonical.endsWith('/') ? canonical : `${canonical}/`
  return (path) => new URL(path, folder).href
}

function largest(renditions: Rendition[]): Rendition | undefined {
  return renditions.reduce<Rendition | undefined>((best, r) => (!best || r.width > best.width ? r : best), undefined)
}

/** The chosen lead image shares the article; without one, the body's first picture does. */
function sharedFigure(article: Article, figures: ArticleFigure[]): ArticleFigure | undefined {
  const lead = article.meta.leadImage
  if (!lead) return figures[0]
  const inBody = figures.find((figure) => figure.mediaId === lead.mediaId)
  return { mediaId: lead.mediaId, alt: lead.alt, caption: lead.caption, credit: lead.credit, width: inBody?.width ?? null, height: inBody?.height ?? null }
}

export function publicationFacts(article: Article, context: PublicationContext): PublicationFacts {
  const { settings, pictures } = context
  const published = context.publishedAt ? machineDate(context.publishedAt) : null
  const canonical = articleUrl(settings, article)
  const absolute = absoluteOn(canonical)
  const siteUrl = settings.siteBaseUrl ? `${settings.siteBaseUrl}/` : null
  const sectionSlug = slugFromHeadline(article.meta.section, article.meta.slugScript)
  const figures = articleFigures(article.body).filter((figure) => isSafeMediaId(figure.mediaId))

  const cite = (figure: ArticleFigure): CitedImage => {
    const rendition = largest(pictures.pictures.get(figure.mediaId)?.jpeg ?? []) ?? largest(pictures.pictures.get(figure.mediaId)?.webp ?? [])
    return rendition
      ? { url: absolute(rendition.path), width: rendition.width, height: rendition.height, alt: figure.alt, contentType: contentTypes[rendition.format] ?? null }
      : { url: absolute(exportedImagePath(figure.mediaId)), width: figure.width, height: figure.height, alt: figure.alt, contentType: null }
  }

  const shared = sharedFigure(article, figures)
  const shareFigure = shared && isSafeMediaId(shared.mediaId) ? shared : undefined
  const crops = pictures.leadCrops && shareFigure && pictures.leadCrops.mediaId === shareFigure.mediaId ? pictures.leadCrops : null
  const cropImages = crops
    ? cropRatios.map((ratio): CitedImage => {
        const crop = crops.crops[ratio]
        return { url: absolute(crop.path), width: crop.width, height: crop.height, alt: shareFigure?.alt ?? '', contentType: contentTypes[crop.format] ?? null }
      })
    : []
  const everyPicture = [...new Map([shareFigure, ...figures].filter((f): f is ArticleFigure => !!f).map((f) => [f.mediaId, f])).values()]

  return {
    title: seoTitleOf(article.meta) || untitled,
    description: pageDescription(article),
    canonical,
    siteUrl,
    sectionUrl: siteUrl && sectionSlug ? `${siteUrl}${encodeURIComponent(sectionSlug)}/` : null,
    authors: namedBylines(article.meta).map((name) => ({ name, url: authorUrl(settings, name) })),
    // A 16x9 crop is what large previews are cut to; without crops, the picture itself.
    shareImage: cropImages[0] ?? (shareFigure ? cite(shareFigure) : null),
    images: cropImages.length > 0 ? cropImages : everyPicture.map(cite),
    absolute,
    published,
    draft: published === null
  }
}
