import { describe, expect, it } from 'vitest'
import { translate } from '../i18n/translate'
import { defaultSettings } from '../settings/newsroom-settings'
import { normaliseSiteSettings, siteSettingsProblem, type SiteSettings } from './site-settings'

const site = (patch: Partial<SiteSettings>): SiteSettings => normaliseSiteSettings({ ...defaultSettings, ...patch })
const problem = (patch: Partial<SiteSettings>) => siteSettingsProblem(site(patch))

describe('site settings', () => {
  it('store the base URL without trailing slashes and every field trimmed', () => {
    expect(site({ siteBaseUrl: '  https://news.example/ar//  ', siteName: ' الموقع ' })).toMatchObject({
      siteBaseUrl: 'https://news.example/ar',
      siteName: 'الموقع'
    })
  })

  it('accept empty fields, and complete ones', () => {
    expect(problem({})).toBeNull()
    expect(
      problem({
        siteBaseUrl: 'https://news.example',
        articleUrlPattern: '{site}/{section}/{yyyy}/{mm}/{dd}/{slug}',
        publisherLogoUrl: 'https://news.example/logo.png',
        authorUrlPattern: '{site}/authors/{author}'
      })
    ).toBeNull()
  })

  it('refuse a base URL that is not an http(s) address', () => {
    for (const bad of ['news.example', 'ftp://news.example', 'javascript:alert(1)', 'https://', 'https://news.example/a b', 'https://news.example/?q=1']) {
      expect(problem({ siteBaseUrl: bad })?.code, bad).toBe('site_base_url_invalid')
    }
    expect(problem({ publisherLogoUrl: 'data:image/png;base64,AAAA' })?.code).toBe('publisher_logo_url_invalid')
  })

  it('refuse an unknown placeholder, naming it and the ones that exist, in both languages', () => {
    const found = problem({ siteBaseUrl: 'https://news.example', articleUrlPattern: '{site}/{category}/{slug}' })
    expect(found).toEqual({
      code: 'url_pattern_unknown_placeholder',
      params: { pattern: '{site}/{category}/{slug}', placeholder: '{category}', allowed: '{site} {section} {slug} {id} {yyyy} {mm} {dd}' }
    })
    expect(translate('en', `error.${found!.code}`, found!.params)).toContain('uses {category}, which is not known')
    expect(translate('ar', `error.${found!.code}`, found!.params)).toContain('يستعمل {category}')
    expect(problem({ authorUrlPattern: '{site}/{slug}' })?.params.placeholder).toBe('{slug}')
  })

  it('refuse an article pattern that cannot tell articles apart, and an author pattern without the author', () => {
    expect(problem({ articleUrlPattern: '{site}/{section}/' })?.code).toBe('article_url_pattern_needs_article')
    expect(problem({ articleUrlPattern: '/news/{id}' })).toBeNull()
    expect(problem({ authorUrlPattern: '{site}/authors' })?.code).toBe('author_url_pattern_needs_author')
    expect(translate('en', 'error.article_url_pattern_needs_article', { pattern: 'x' })).toContain('add {slug} or {id}')
  })

  it('refuse a pattern with a space, a lone brace or a foreign scheme', () => {
    for (const bad of ['{site}/{slug} x', '{site}/{slug', '{site}/slug}', 'javascript://x/{slug}', '"{slug}"']) {
      expect(problem({ articleUrlPattern: bad })?.code, bad).toMatch(/^url_pattern_/)
    }
  })
})
