import type { AddressedArticle } from '../../../shared/publishing/article-address'
import type { NewsroomSettings } from '../../../shared/settings/newsroom-settings'
import type { ExportPictures } from './export-pictures'

/** Another article of the library, as far as a link to it needs; null when it does not exist. */
export type ArticleLookup = (articleId: string) => AddressedArticle | null

/** Everything besides the article that decides its published form. */
export interface PublicationContext {
  /** The site settings and how the newsroom writes dates (digits, Hijri twin). */
  settings: NewsroomSettings
  pictures: ExportPictures
  articles: ArticleLookup
  /**
   * When the article was published (the time its status became published).
   * Absent or null, the page is a draft: no publish date, kept out of search
   * engines, and withheld in ninjs.
   */
  publishedAt?: string | null
}

/** The article's three published forms, from one rendering. */
export interface Publication {
  /** The standalone page: index.html. */
  page: string
  /** The `<article>` element alone, for pasting into a CMS: fragment.html. */
  fragment: string
  /** IPTC ninjs 3.3: ninjs.json. */
  ninjs: string
}

export const noPictures: ExportPictures = { pictures: new Map(), leadCrops: null }
