import { describe, expect, it } from 'vitest'
import { articleUrl, authorUrl, type AddressedArticle } from './article-address'

const article: AddressedArticle = {
  id: '3f1d2c4b-5a6e-4f70-8a9b-0c1d2e3f4a5b',
  createdAt: '2026-11-26T23:40:41.123Z',
  meta: { slug: 'بوتين-وشي', section: 'أخبار العالم', slugScript: 'arabic', headline: 'بوتين وشي' }
}
const site = { siteBaseUrl: 'https://news.example', articleUrlPattern: '', authorUrlPattern: '' }
const decoded = (url: string | null) => (url === null ? null : decodeURI(url))

describe('articleUrl', () => {
  it('has no address without a base URL, whatever the pattern', () => {
    expect(articleUrl({ ...site, siteBaseUrl: '' }, article)).toBeNull()
    expect(articleUrl({ siteBaseUrl: '', articleUrlPattern: '/news/{slug}' }, article)).toBeNull()
  })

  it('percent-encodes an Arabic slug and slugs the section, in the default folder-per-article pattern', () => {
    const url = articleUrl(site, article)
    expect(url).toBe(
      'https://news.example/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85/%D8%A8%D9%88%D8%AA%D9%8A%D9%86-%D9%88%D8%B4%D9%8A/'
    )
    expect(decoded(url)).toBe('https://news.example/أخبار-العالم/بوتين-وشي/')
    // Nothing a browser would have to fix: only ASCII, and it parses back.
    expect(url).toMatch(/^[\x21-\x7e]+$/)
    expect(new URL(url!).pathname.split('/').map(decodeURIComponent)).toEqual(['', 'أخبار-العالم', 'بوتين-وشي', ''])
  })

  it('fills every placeholder, dates from the stored calendar day', () => {
    const url = articleUrl({ siteBaseUrl: 'https://news.example', articleUrlPattern: '{site}/{yyyy}/{mm}/{dd}/{id}-{slug}' }, article)
    expect(decoded(url)).toBe(`https://news.example/2026/11/26/${article.id}-بوتين-وشي`)
  })

  it('reads a pattern without {site} as a path on the site, and leaves no empty segment for a missing section', () => {
    const bare = { ...article, meta: { ...article.meta, section: '' } }
    expect(decoded(articleUrl({ siteBaseUrl: 'https://news.example/ar', articleUrlPattern: '/{section}/{slug}' }, bare))).toBe(
      'https://news.example/ar/بوتين-وشي'
    )
  })

  it('slugs the section in Latin letters for an article whose slug is Latin', () => {
    const latin = { ...article, meta: { ...article.meta, slug: 'putin-xi', slugScript: 'latin' as const } }
    expect(articleUrl(site, latin)).toBe('https://news.example/akhbar-alaalm/putin-xi/')
  })

  it('falls back to a slug from the headline, then to the id, when the article has no slug', () => {
    const noSlug = { ...article, meta: { ...article.meta, slug: '' } }
    expect(decoded(articleUrl(site, noSlug))).toBe('https://news.example/أخبار-العالم/بوتين-وشي/')
    const nothing = { ...article, meta: { ...article.meta, slug: '', headline: '' } }
    expect(articleUrl(site, nothing)).toBe(`https://news.example/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85/${article.id}/`)
  })

  it('cannot be steered out of its segment by a slug holding slashes or a query', () => {
    const sneaky = { ...article, meta: { ...article.meta, slug: '../../admin?x=1#y' } }
    expect(articleUrl({ ...site, articleUrlPattern: '{site}/{slug}' }, sneaky)).toBe('https://news.example/..%2F..%2Fadmin%3Fx%3D1%23y')
  })
})

describe('authorUrl', () => {
  it('is null without a pattern', () => {
    expect(authorUrl(site, 'سارة الأحمد')).toBeNull()
  })

  it('slugs and encodes the name on the site', () => {
    const url = authorUrl({ ...site, authorUrlPattern: '{site}/authors/{author}' }, 'سارة الأحمد')
    expect(decoded(url)).toBe('https://news.example/authors/سارة-الأحمد')
    expect(url).toMatch(/^[\x21-\x7e]+$/)
  })

  it('accepts an author page on another origin, and has no address for {site} without a base URL', () => {
    expect(authorUrl({ siteBaseUrl: '', authorUrlPattern: 'https://people.example/{author}' }, 'Liu Chen')).toBe('https://people.example/liu-chen')
    expect(authorUrl({ siteBaseUrl: '', authorUrlPattern: '{site}/{author}' }, 'ليو')).toBeNull()
  })
})
