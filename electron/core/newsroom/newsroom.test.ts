import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch, failure } from '../../../shared/contract/dispatch'
import { defaultSettings } from '../../../shared/settings/newsroom-settings'
import { openCore, type Core } from '../core'
import { createHandlers } from '../handlers'
import { failureOf } from '../testing/failure-of'
import { handlerOptionsIn } from '../testing/handler-options'

let dir: string
let dbPath: string
let core: Core
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-newsroom-'))
  dbPath = join(dir, 'midad.sqlite')
  core = openCore({ dbPath })
})
afterEach(() => {
  core.close()
  rmSync(dir, { recursive: true, force: true })
})

const reopen = () => {
  core.close()
  core = openCore({ dbPath })
}

describe('newsroom sections', () => {
  it('starts from the usual Arabic sections', () => {
    expect(core.listSections()).toEqual(expect.arrayContaining(['أخبار', 'أخبار العالم', 'رياضة', 'اقتصاد']))
  })

  it('keeps an edited list, in its order, across a restart', () => {
    core.saveSections(['محليات', ' رياضة ', 'الاقتصاد الرقمي'])
    reopen()
    expect(core.listSections()).toEqual(['محليات', 'رياضة', 'الاقتصاد الرقمي'])
  })

  it('refuses a list naming a section twice and keeps the old list', async () => {
    core.saveSections(['محليات', 'رياضة'])
    const error = await failureOf(() => core.saveSections(['رياضة', 'محليات', 'رياضة ']))
    expect(error.code).toBe('section_duplicate')
    expect(failure(error, 'en').message).toContain('only once')
    expect(core.listSections()).toEqual(['محليات', 'رياضة'])
  })

  it('refuses an empty section name and keeps the old list', async () => {
    core.saveSections(['محليات'])
    expect((await failureOf(() => core.saveSections(['رياضة', '   ']))).code).toBe('invalid_input')
    expect(core.listSections()).toEqual(['محليات'])
  })

  it('leaves an article filed under a section that leaves the list where it was', () => {
    const article = core.createArticle({ section: 'منوعات', headline: 'خبر' })
    core.saveSections(['محليات'])
    expect(core.getArticle(article.id).meta.section).toBe('منوعات')
  })
})

describe('newsroom settings', () => {
  it('are the defaults on a new database', () => {
    expect(core.getSettings()).toEqual(defaultSettings)
    expect(defaultSettings).toMatchObject({ locale: 'ar', headlineTarget: 70, digitStyle: 'western' })
  })

  it('keep what was saved across a restart', () => {
    const chosen = {
      headlineTarget: 60,
      quoteStyle: 'guillemets',
      digitStyle: 'arabic-indic',
      hijriTwin: true,
      locale: 'en',
      theme: 'dark',
      siteName: 'الموقع',
      siteBaseUrl: 'https://news.example',
      articleUrlPattern: '{site}/{section}/{slug}',
      publisherName: 'دار النشر',
      publisherLogoUrl: 'https://news.example/logo.png',
      authorUrlPattern: '{site}/authors/{author}',
      monthNames: 'levantine',
      bodyFont: 'sans',
      headlineFont: 'sans',
      editorsApprove: true,
      editorsSuggest: true
    } as const
    expect(core.saveSettings(chosen)).toEqual(chosen)
    reopen()
    expect(core.getSettings()).toEqual(chosen)
  })

  it('read a value this build cannot understand as its default, keeping the others', () => {
    core.saveSettings({ ...defaultSettings, theme: 'dark' })
    core.close()
    const raw = new Database(dbPath)
    raw.prepare("UPDATE settings SET value_json = '\"sepia\"' WHERE key = 'theme'").run()
    raw.prepare("UPDATE settings SET value_json = 'not json' WHERE key = 'headlineTarget'").run()
    raw.prepare("INSERT INTO settings (key, value_json) VALUES ('fromTheFuture', '1')").run()
    raw.prepare("UPDATE settings SET value_json = 'true' WHERE key = 'hijriTwin'").run()
    raw.close()
    core = openCore({ dbPath })
    expect(core.getSettings()).toEqual({ ...defaultSettings, hijriTwin: true })
  })
})

describe('site settings', () => {
  it('read as empty from a database written before they existed', () => {
    core.close()
    const raw = new Database(dbPath)
    raw.prepare("DELETE FROM settings WHERE key IN ('siteName', 'siteBaseUrl', 'articleUrlPattern')").run()
    raw.close()
    core = openCore({ dbPath })
    expect(core.getSettings()).toMatchObject({ siteName: '', siteBaseUrl: '', articleUrlPattern: '' })
  })

  it('keep the base URL without its trailing slash', () => {
    expect(core.saveSettings({ ...defaultSettings, siteBaseUrl: ' https://news.example/ar/ ' }).siteBaseUrl).toBe('https://news.example/ar')
    reopen()
    expect(core.getSettings().siteBaseUrl).toBe('https://news.example/ar')
  })

  it('refuse an unknown placeholder through the contract with a message naming it, and change nothing', async () => {
    core.saveSettings({ ...defaultSettings, siteBaseUrl: 'https://news.example', articleUrlPattern: '{site}/{slug}' })
    const before = core.getSettings()
    const refused = await dispatch(
      createHandlers(core, handlerOptionsIn(dir)),
      'saveSettings',
      { settings: { ...before, articleUrlPattern: '{site}/{category}/{slug}', siteName: 'جديد' } },
      { locale: 'ar' }
    )
    expect(refused).toMatchObject({ ok: false, error: { code: 'url_pattern_unknown_placeholder' } })
    expect(refused.ok ? '' : refused.error.message).toContain('{category}')
    expect(core.getSettings()).toEqual(before)
  })

  it('refuse a base URL that is not a web address, and change nothing', async () => {
    const error = await failureOf(() => core.saveSettings({ ...defaultSettings, siteBaseUrl: 'javascript:alert(1)', siteName: 'x' }))
    expect(error.code).toBe('site_base_url_invalid')
    expect(failure(error, 'en').message).toContain('https://')
    expect(core.getSettings()).toEqual(defaultSettings)
  })
})

describe('settings reaching the exported page', () => {
  it('dates an export in the digits the newsroom chose', async () => {
    const article = core.createArticle({ headline: 'خبر' })
    // Only a published article carries a date: the day it was published.
    core.setArticleStatus(article.id, 'published')
    core.saveSettings({ ...defaultSettings, digitStyle: 'arabic-indic' })
    const { folder } = await core.exportArticle(article.id, join(dir, 'export'))
    const page = readFileSync(join(folder, 'index.html'), 'utf8')
    const shown = /<time datetime="[^"]+">([^<]+)<\/time>/.exec(page)?.[1] ?? ''
    expect(shown).toMatch(/^[٠-٩]{1,2} \S+ [٠-٩]{4}$/)
  })
})

describe('sections and settings through the contract', () => {
  const call = (name: string, input: unknown, locale: 'ar' | 'en' = 'en') =>
    dispatch(createHandlers(core, handlerOptionsIn(dir)), name, input, { locale })

  it('lists and saves sections', async () => {
    expect(await call('saveSections', { sections: ['دولي', 'محلي'] })).toEqual({ ok: true, value: ['دولي', 'محلي'] })
    expect(await call('listSections', {})).toEqual({ ok: true, value: ['دولي', 'محلي'] })
  })

  it('gets and saves settings, refusing an unknown digit style with a translated message and no change', async () => {
    const saved = await call('saveSettings', { settings: { ...defaultSettings, quoteStyle: 'guillemets' } })
    expect(saved).toEqual({ ok: true, value: { ...defaultSettings, quoteStyle: 'guillemets' } })
    const refused = await call('saveSettings', { settings: { ...defaultSettings, digitStyle: 'roman' } }, 'ar')
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', params: { field: 'settings.digitStyle' } } })
    expect(await call('getSettings', {})).toEqual({ ok: true, value: { ...defaultSettings, quoteStyle: 'guillemets' } })
  })

  it('saves the page fonts, refusing a family the export does not ship with a translated message and no change', async () => {
    expect(await call('saveSettings', { settings: { ...defaultSettings, headlineFont: 'sans' } })).toMatchObject({ ok: true, value: { bodyFont: 'naskh', headlineFont: 'sans' } })
    const refused = await call('saveSettings', { settings: { ...defaultSettings, bodyFont: 'Comic Sans' } }, 'ar')
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', params: { field: 'settings.bodyFont' } } })
    expect(refused.ok ? '' : refused.error.message).toMatch(/[\u0600-\u06FF]/)
    expect(core.getSettings()).toMatchObject({ bodyFont: 'naskh', headlineFont: 'sans' })
  })

  it('refuses a headline target out of range', async () => {
    const refused = await call('saveSettings', { settings: { ...defaultSettings, headlineTarget: 3 } })
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(core.getSettings().headlineTarget).toBe(70)
  })
})
