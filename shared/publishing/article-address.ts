import type { Article } from '../article/article'
import { slugFromHeadline } from '../text/slug'
import { defaultArticleUrlPattern, normaliseBaseUrl, type SiteSettings } from './site-settings'
import { expandPattern, onSite } from './url-pattern'

/** What an article's address is made of. */
export type AddressedArticle = Pick<Article, 'id' | 'createdAt'> & {
  meta: Pick<Article['meta'], 'slug' | 'section' | 'slugScript' | 'headline'>
}

const calendarDate = /^(\d{4})-(\d{2})-(\d{2})/

/** The article's slug as its address carries it: the stored one, else one from the headline, else its id. */
function addressSlug(article: AddressedArticle): string {
  return article.meta.slug.trim() || slugFromHeadline(article.meta.headline, article.meta.slugScript) || article.id
}

/**
 * The article's canonical address on the newsroom's site, or null when no
 * base URL is set (the export then cannot know where the page will live).
 * The section is slugged like a headline, in the article's slug script; the
 * date parts are the stored calendar date, whatever the machine's time zone.
 */
export function articleUrl(site: Pick<SiteSettings, 'siteBaseUrl' | 'articleUrlPattern'>, article: AddressedArticle): string | null {
  const base = normaliseBaseUrl(site.siteBaseUrl)
  if (!base) return null
  const [, yyyy = '', mm = '', dd = ''] = calendarDate.exec(article.createdAt) ?? []
  const expanded = expandPattern(site.articleUrlPattern.trim() || defaultArticleUrlPattern, {
    site: base,
    section: slugFromHeadline(article.meta.section, article.meta.slugScript),
    slug: addressSlug(article),
    id: article.id,
    yyyy,
    mm,
    dd
  })
  return onSite(base, expanded)
}

/**
 * An author's page on the site, from the newsroom's author pattern (the name
 * slugged like a headline), or null when there is no pattern or no address.
 */
export function authorUrl(site: Pick<SiteSettings, 'siteBaseUrl' | 'authorUrlPattern'>, name: string): string | null {
  const pattern = site.authorUrlPattern.trim()
  const author = slugFromHeadline(name)
  if (!pattern || !author) return null
  const base = normaliseBaseUrl(site.siteBaseUrl)
  if (!base && pattern.includes('{site}')) return null
  return onSite(base, expandPattern(pattern, { site: base, author }))
}
