import type { ErrorCode, ErrorParams } from '../contract/errors'
import type { NewsroomSettings } from '../settings/newsroom-settings'
import { literalPartOf, placeholdersIn } from './url-pattern'

// The site the newsroom publishes to (docs/publishing.md): where its pages live, how an
// article's address is spelled, who publishes it. Checked when saved, so the
// exporter can trust what it reads; the checks are pure so the app can show
// the same refusal the back side gives.

export type SiteSettings = Pick<
  NewsroomSettings,
  'siteName' | 'siteBaseUrl' | 'articleUrlPattern' | 'publisherName' | 'publisherLogoUrl' | 'authorUrlPattern'
>

export const articleUrlPlaceholders = ['site', 'section', 'slug', 'id', 'yyyy', 'mm', 'dd'] as const
export const authorUrlPlaceholders = ['site', 'author'] as const

/**
 * Used when the newsroom set a base URL but no pattern. Each article is a
 * folder on the site (its index.html, its images/ beside it), so the address
 * ends with a slash and the page's relative picture paths resolve inside it.
 */
export const defaultArticleUrlPattern = '{site}/{section}/{slug}/'

const webAddress = /^https?:\/\/[^\s/?#"'<>\\]+(?:\/[^\s?#"'<>\\]*)?$/i
const anyWebAddress = /^https?:\/\/[^\s/?#"'<>\\]+[^\s"'<>\\]*$/i

/** The base URL as stored: trimmed, without the trailing slashes patterns add themselves. */
export const normaliseBaseUrl = (url: string): string => url.trim().replace(/\/+$/, '')

/** The settings as they are stored: every field trimmed, the base URL without a trailing slash. */
export function normaliseSiteSettings<T extends SiteSettings>(settings: T): T {
  return {
    ...settings,
    siteName: settings.siteName.trim(),
    siteBaseUrl: normaliseBaseUrl(settings.siteBaseUrl),
    articleUrlPattern: settings.articleUrlPattern.trim(),
    publisherName: settings.publisherName.trim(),
    publisherLogoUrl: settings.publisherLogoUrl.trim(),
    authorUrlPattern: settings.authorUrlPattern.trim()
  }
}

export interface SiteSettingsProblem {
  code: ErrorCode
  params: ErrorParams
}

function patternProblem(pattern: string, allowed: readonly string[]): SiteSettingsProblem | null {
  const unknown = placeholdersIn(pattern).find((name) => !allowed.includes(name))
  if (unknown !== undefined) {
    return {
      code: 'url_pattern_unknown_placeholder',
      params: { pattern, placeholder: `{${unknown}}`, allowed: allowed.map((name) => `{${name}}`).join(' ') }
    }
  }
  const literal = literalPartOf(pattern)
  // A stray brace, a space or a quote would make an address no site serves;
  // an origin written out in full must be a web one.
  const foreignScheme = literal.includes('://') && !/^https?:\/\//i.test(pattern)
  if (/[{}\s"'<>\\]/.test(literal) || foreignScheme) return { code: 'url_pattern_invalid', params: { pattern } }
  return null
}

/** Why these site settings cannot be saved, or null when they can. Expects normalised settings. */
export function siteSettingsProblem(settings: SiteSettings): SiteSettingsProblem | null {
  const { siteBaseUrl, articleUrlPattern, publisherLogoUrl, authorUrlPattern } = settings
  if (siteBaseUrl && !webAddress.test(siteBaseUrl)) return { code: 'site_base_url_invalid', params: { value: siteBaseUrl } }
  if (publisherLogoUrl && !anyWebAddress.test(publisherLogoUrl)) {
    return { code: 'publisher_logo_url_invalid', params: { value: publisherLogoUrl } }
  }
  if (articleUrlPattern) {
    const problem = patternProblem(articleUrlPattern, articleUrlPlaceholders)
    if (problem) return problem
    const names = placeholdersIn(articleUrlPattern)
    if (!names.includes('slug') && !names.includes('id')) {
      return { code: 'article_url_pattern_needs_article', params: { pattern: articleUrlPattern } }
    }
  }
  if (authorUrlPattern) {
    const problem = patternProblem(authorUrlPattern, authorUrlPlaceholders)
    if (problem) return problem
    if (!placeholdersIn(authorUrlPattern).includes('author')) {
      return { code: 'author_url_pattern_needs_author', params: { pattern: authorUrlPattern } }
    }
  }
  return null
}
