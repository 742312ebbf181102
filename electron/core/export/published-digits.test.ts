import { describe, expect, it } from 'vitest'
import type { Article } from '../../../shared/article/article'
import { emptyMeta } from '../../../shared/article/meta'
import { context, minimalArticle, siteSettings } from './testing/export-fixtures'
import { renderPublication } from './render-publication'

const text = (value: string, marks?: { type: string; attrs?: Record<string, unknown> }[]) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) })

// Written across a change of the setting: Western digits here, Arabic-Indic there.
function mixedArticle(): Article {
  return {
    ...minimalArticle(),
    meta: {
      ...emptyMeta,
      section: 'أخبار',
      headline: 'قمة 2026 في ٣ أيام',
      kicker: 'الجولة 3',
      dek: 'اتفاق على 10 بنود',
      dateline: 'موسكو 5',
      bylines: ['الفريق 2'],
      slug: 'قمة-2026',
      leadImage: null
    },
    body: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [text('وقع الطرفان 12 اتفاقاً مع '), text('G20', [{ type: 'lang', attrs: { lang: 'en' } }])] },
        { type: 'paragraph', attrs: { dir: 'ltr' }, content: [text('In 2026, 3 deals.')] },
        { type: 'quote', attrs: { attribution: 'الوزير 1' }, content: [{ type: 'paragraph', content: [text('بعد 4 سنوات')] }] },
        { type: 'figure', attrs: { mediaId: null, alt: '', caption: 'الصورة 7', credit: 'وكالة 9', width: null, height: null } }
      ]
    }
  }
}

const bodyOf = (page: string) => page.slice(page.indexOf('<body>'))

describe('the digits of a published article', () => {
  it('are all Arabic-Indic where the newsroom writes ٠-٩, in the header, copy, quotes and captions', () => {
    const { page, ninjs } = renderPublication(mixedArticle(), context({ settings: { ...siteSettings, digitStyle: 'arabic-indic' } }))
    const body = bodyOf(page)
    for (const shown of ['قمة ٢٠٢٦ في ٣ أيام', 'الجولة ٣', 'اتفاق على ١٠ بنود', 'موسكو ٥', 'الفريق ٢', 'وقع الطرفان ١٢ اتفاقاً', 'بعد ٤ سنوات', 'الوزير ١', 'الصورة ٧', 'وكالة ٩']) {
      expect(body).toContain(shown)
    }
    expect(page).toContain('<title>قمة ٢٠٢٦ في ٣ أيام</title>')
    expect(JSON.parse(ninjs).headlines[0].value).toBe('قمة ٢٠٢٦ في ٣ أيام')
  })

  it('leave English alone: a left-to-right block and a Latin run keep theirs, and the address keeps Western digits', () => {
    const { page } = renderPublication(mixedArticle(), context({ settings: { ...siteSettings, digitStyle: 'arabic-indic' } }))
    expect(page).toContain('In 2026, 3 deals.')
    expect(page).toContain('<span lang="en" dir="ltr">G20</span>')
    expect(page).toContain(`<link rel="canonical" href="https://news.example/${encodeURIComponent('أخبار')}/${encodeURIComponent('قمة-2026')}/">`)
  })

  it('are all Western where the newsroom writes 0-9', () => {
    const { page } = renderPublication(mixedArticle(), context({ settings: { ...siteSettings, digitStyle: 'western' } }))
    expect(page).toContain('<h1>قمة 2026 في 3 أيام</h1>')
    expect(bodyOf(page)).not.toMatch(/[٠-٩]/)
  })
})
