import type { Article } from '../../../shared/article/article'
import { distinctTags } from '../../../shared/article/meta'
import type { NewsroomSettings } from '../../../shared/settings/newsroom-settings'
import { machineDate } from './page-dates'
import type { PublicationFacts } from './publication-facts'

type Settings = Pick<NewsroomSettings, 'siteName' | 'publisherName' | 'publisherLogoUrl'>

const empty = (value: unknown) => value === '' || value === null || value === undefined || (Array.isArray(value) && value.length === 0)
const withoutEmpty = (data: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(data).filter(([, value]) => !empty(value)))

function publisher(settings: Settings): Record<string, unknown> | null {
  const name = settings.publisherName || settings.siteName
  if (!name) return null
  return withoutEmpty({
    '@type': 'Organization',
    name,
    logo: settings.publisherLogoUrl ? { '@type': 'ImageObject', url: settings.publisherLogoUrl } : null
  })
}

/**
 * schema.org NewsArticle for search engines (docs/publishing.md), with every field
 * the article has. Empty fields are left out rather than sent as empty
 * strings; the key order is fixed so the same article always serializes to
 * the same bytes.
 */
export function newsArticleData(article: Article, facts: PublicationFacts, settings: Settings): Record<string, unknown> {
  const { section, dateline } = article.meta
  return withoutEmpty({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.meta.headline.trim(),
    description: facts.description,
    image: facts.images.map((image) =>
      withoutEmpty({ '@type': 'ImageObject', url: image.url, width: image.width, height: image.height })
    ),
    // When it went out, not when it was first drafted; a draft has none.
    datePublished: facts.published,
    dateModified: machineDate(article.updatedAt),
    author: facts.authors.map((author) => withoutEmpty({ '@type': 'Person', name: author.name, url: author.url })),
    publisher: publisher(settings),
    articleSection: section.trim(),
    keywords: distinctTags(article.meta).join(', '),
    inLanguage: 'ar',
    dateline: dateline.trim(),
    wordCount: article.wordCount,
    mainEntityOfPage: facts.canonical ? { '@type': 'WebPage', '@id': facts.canonical } : null
  })
}

/** Site → section → article, for search results; only with a base URL (every step needs an address). */
export function breadcrumbData(article: Article, facts: PublicationFacts, settings: Settings): Record<string, unknown> | null {
  if (!facts.siteUrl || !facts.canonical) return null
  const steps: { name: string; item: string }[] = [{ name: settings.siteName || settings.publisherName || facts.siteUrl, item: facts.siteUrl }]
  const section = article.meta.section.trim()
  if (section && facts.sectionUrl) steps.push({ name: section, item: facts.sectionUrl })
  steps.push({ name: facts.title, item: facts.canonical })
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: steps.map((step, index) => ({ '@type': 'ListItem', position: index + 1, name: step.name, item: step.item }))
  }
}
