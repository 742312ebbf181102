import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../../../shared/settings/newsroom-settings'
import {
  context,
  handBuiltPictures,
  hostile,
  hostileArticle,
  leadImageId,
  minimalArticle,
  publishedAt,
  relatedArticleId,
  richArticle,
  secondImageId,
  siteSettings
} from './testing/export-fixtures'
import { renderPublication } from './render-publication'

const jsonLd = (page: string): Record<string, unknown>[] =>
  [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>)
const newsArticle = (page: string) => jsonLd(page)[0]!
const bodyOf = (page: string): string => page.slice(page.indexOf('<body>'), page.indexOf('</body>'))
const withoutStyle = (page: string): string => page.replace(/<style>[\s\S]*?<\/style>/, '')
const meta = (page: string, key: string): string[] =>
  [...page.matchAll(new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)">`, 'g'))].map((m) => m[1]!)

const canonical = 'https://news.example/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85/' +
  encodeURIComponent(richArticle().meta.slug) + '/'
const relatedUrl = `https://news.example/${encodeURIComponent('أخبار-العالم')}/${encodeURIComponent('قمة-بكين')}/`

describe('renderPublication without site settings', () => {
  const { page, fragment } = renderPublication(richArticle(), context())

  it('is an Arabic right-to-left HTML5 document with the page essentials and no canonical', () => {
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">')).toBe(true)
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">')
    expect(page).toContain('<title>بوتين وشي: التحالف الروسي الصيني ركيزة استقرار عالمي</title>')
    expect(page).toContain('<meta name="description" content="وصف الرئيس الروسي التحالف مع الصين بأنه «عامل استقرار» حاسم في المشهد الدولي.">')
    expect(page).toContain('<meta name="robots" content="max-image-preview:large">')
    expect(page).not.toMatch(/rel="canonical"|og:url|og:site_name|BreadcrumbList/)
    // lang and dir once, on <html>; only the LTR paragraph and the English run carry their own.
    expect(withoutStyle(page).match(/ lang=/g)).toHaveLength(3)
    expect(withoutStyle(page).match(/ dir=/g)).toHaveLength(3)
    expect(page).toContain('<p dir="ltr" lang="en">Gazprom said the pipeline is on schedule.</p>')
    expect(page).toContain('<span lang="en" dir="ltr">Reuters</span>')
  })

  it('holds the very fragment it writes to fragment.html as its body', () => {
    // The page wraps it in <main>: the one landmark screen readers jump to.
    expect(bodyOf(page)).toBe(`<body>\n<main>\n${fragment}</main>\n`)
    expect(fragment.startsWith('<article>\n<header>\n')).toBe(true)
    expect(fragment.endsWith('</article>\n')).toBe(true)
    expect(fragment).not.toMatch(/<style|<script|<link|<meta|<html|<body/)
  })

  it('writes relative picture addresses in previews and structured data, without a site to resolve them', () => {
    expect(meta(page, 'og:image')).toEqual([`images/${leadImageId}`])
    expect(meta(page, 'og:image:width')).toEqual(['1200'])
    expect(meta(page, 'og:image:alt')).toEqual(['بوتين أمام شاشة'])
    expect(newsArticle(page).image).toEqual([
      { '@type': 'ImageObject', url: `images/${leadImageId}`, width: 1200, height: 675 },
      { '@type': 'ImageObject', url: `images/${secondImageId}` }
    ])
    expect(newsArticle(page)).not.toHaveProperty('publisher')
    expect(newsArticle(page)).not.toHaveProperty('mainEntityOfPage')
  })

  it('opens the article with a header: kicker, headline, dek, bylines, dateline and date', () => {
    const header = /<article>\n<header>\n([\s\S]*?)\n<\/header>/.exec(page)?.[1]
    expect(header?.split('\n')).toEqual([
      '<p class="kicker">روسيا والصين</p>',
      '<h1>بوتين وشي: التحالف الروسي الصيني ركيزة استقرار عالمي</h1>',
      '<p class="dek">وصف الرئيس الروسي التحالف مع الصين بأنه «عامل استقرار» حاسم في المشهد الدولي.</p>',
      '<p class="byline"><span class="author">سارة الأحمد</span> و<span class="author">ليو تشن</span></p>',
      '<p class="dateline">موسكو</p>',
      // The day it was published, not the day before, when it was drafted.
      '<p class="published"><time datetime="2026-11-27T06:15:00.000Z">27 نوفمبر 2026</time></p>'
    ])
    expect(page.match(/<h1>/g)).toHaveLength(1)
  })

  it('publishes stored pictures as they are, quotes with the attribution outside the blockquote', () => {
    const body = bodyOf(page)
    // Without a lead image the first picture is the one fetched first; the others wait.
    expect(body).toContain(
      `<figure><img src="images/${leadImageId}" width="1200" height="675" alt="بوتين أمام شاشة" fetchpriority="high" decoding="async">` +
        '<figcaption>بوتين خلال مكالمة فيديو مع الرئيس الصيني — <span class="credit">أ ف ب</span></figcaption></figure>'
    )
    expect(body).toContain(`<figure><img src="images/${secondImageId}" alt="" loading="lazy" decoding="async"><figcaption>خريطة</figcaption></figure>`)
    expect(body).toContain(
      '<figure data-type="quote"><blockquote><p>نحن مستعدون لمواصلة تعميق التعاون.</p></blockquote>' +
        '<figcaption><cite>فلاديمير بوتين</cite></figcaption></figure>'
    )
    expect(body).toContain('<h2>عمق الشراكة الاستراتيجية</h2>')
    expect(body).toContain('<h3>التعاون الاقتصادي</h3>')
    expect(body).toContain('<a rel="noopener noreferrer" href="https://example.org/kremlin?lang=ar&amp;id=7">الكرملين</a>')
    expect(body).toContain('<strong>عامل استقرار</strong>')
    expect(body).toContain('أن التنسيق وثيق.<br>سطر ثانٍ.')
    expect(body).not.toContain('<p></p>')
  })

  it('publishes pull quotes, the separator, and links to another article as its sibling export folder', () => {
    const body = bodyOf(page)
    expect(body).toContain('<aside class="pull-quote"><blockquote><p>صداقتنا بلا حدود.</p></blockquote><p><cite>شي جين بينغ</cite></p></aside>')
    expect(body).toContain('<aside class="pull-quote"><blockquote><p>بلا قائل.</p></blockquote></aside>')
    expect(body).toContain('<hr>')
    expect(body).toContain(`<a rel="noopener noreferrer" href="../${relatedArticleId}/index.html">الاتفاق</a>`)
    expect(body).toContain(
      `<aside class="related"><h2>اقرأ أيضًا</h2><ul><li><a href="../${relatedArticleId}/index.html" data-article-id="${relatedArticleId}">قمة بكين: ما الذي اتفق عليه الطرفان؟</a></li></ul></aside>`
    )
    expect(body).not.toContain('midad:')
    // The waiting figure keeps its caption and credit; the empty one and the unfilled related block are left out.
    expect(body).toContain('<figure><figcaption>الرئيسان في بكين — <span class="credit">رويترز</span></figcaption></figure>')
    expect(body.match(/<figure>/g)).toHaveLength(3)
    expect(body.match(/<aside class="related">/g)).toHaveLength(1)
  })

  it('inlines its stylesheet and loads nothing from elsewhere but its own fonts/ folder', () => {
    const css = readFileSync(fileURLToPath(new URL('../../../resources/export/article.css', import.meta.url)), 'utf8')
    expect(page).toContain(css.trim())
    expect(page).not.toMatch(/<link|@import|https?:\/\/(?!schema\.org|example\.org)/)
    for (const [, url] of page.matchAll(/url\(([^)]*)\)/g)) expect(url).toMatch(/^fonts\/[a-z0-9-]+\.woff2$/)
  })

  it('omits metadata the article does not have instead of writing empty elements', () => {
    const bare = renderPublication(minimalArticle(), context()).page
    expect(bare).toContain('<title>مقال بلا عنوان</title>')
    expect(bare).not.toMatch(/<h1|class="kicker"|class="dek"|class="byline"|class="dateline"|name="description"|og:title|og:image|article:section/)
    expect(withoutStyle(bare)).not.toMatch(/<(\w+)[^>]*><\/\1>/)
    expect(jsonLd(bare)).toEqual([
      { '@context': 'https://schema.org', '@type': 'NewsArticle', datePublished: publishedAt, dateModified: '2026-01-05T00:00:00.000Z', inLanguage: 'ar', wordCount: 0 }
    ])
  })

  it('is byte-identical for the same article, rendered twice or from a copy', () => {
    const again = renderPublication(structuredClone(richArticle()), context())
    expect(again.page).toBe(page)
    expect(again.fragment).toBe(fragment)
    expect(again.ninjs).toBe(renderPublication(richArticle(), context()).ninjs)
  })
})

describe('renderPublication with the newsroom\'s site settings', () => {
  const { page } = renderPublication(richArticle(), context({ settings: siteSettings, pictures: handBuiltPictures() }))

  it('states the canonical address, absolute, and uses it for previews', () => {
    expect(page).toContain(`<link rel="canonical" href="${canonical}">`)
    expect(meta(page, 'og:url')).toEqual([canonical])
    expect(meta(page, 'og:site_name')).toEqual(['مداد نيوز'])
    expect(meta(page, 'article:tag')).toEqual(['روسيا', 'الصين', 'قمة'])
    expect(meta(page, 'article:section')).toEqual(['أخبار العالم'])
    expect(meta(page, 'twitter:card')).toEqual(['summary_large_image'])
  })

  it('shares the 16x9 crop of the lead picture, at an absolute address inside the article folder', () => {
    const stem = leadImageId.replace('.jpg', '')
    expect(meta(page, 'og:image')).toEqual([`${canonical}images/${stem}-16x9.jpg`])
    expect(meta(page, 'og:image:width')).toEqual(['1200'])
    expect(meta(page, 'og:image:height')).toEqual(['675'])
    expect(meta(page, 'twitter:image')).toEqual([`${canonical}images/${stem}-16x9.jpg`])
  })

  it('describes the article as a NewsArticle with every field it has', () => {
    const stem = leadImageId.replace('.jpg', '')
    expect(newsArticle(page)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'بوتين وشي: التحالف الروسي الصيني ركيزة استقرار عالمي',
      description: 'وصف الرئيس الروسي التحالف مع الصين بأنه «عامل استقرار» حاسم في المشهد الدولي.',
      image: [
        { '@type': 'ImageObject', url: `${canonical}images/${stem}-16x9.jpg`, width: 1200, height: 675 },
        { '@type': 'ImageObject', url: `${canonical}images/${stem}-4x3.jpg`, width: 1200, height: 900 },
        { '@type': 'ImageObject', url: `${canonical}images/${stem}-1x1.jpg`, width: 1200, height: 1200 }
      ],
      datePublished: publishedAt,
      dateModified: '2026-11-26T09:12:00.000Z',
      author: [
        { '@type': 'Person', name: 'سارة الأحمد', url: `https://news.example/authors/${encodeURIComponent('سارة-الأحمد')}` },
        { '@type': 'Person', name: 'ليو تشن', url: `https://news.example/authors/${encodeURIComponent('ليو-تشن')}` }
      ],
      publisher: { '@type': 'Organization', name: 'دار مداد', logo: { '@type': 'ImageObject', url: 'https://news.example/logo.png' } },
      articleSection: 'أخبار العالم',
      keywords: 'روسيا, الصين, قمة',
      inLanguage: 'ar',
      dateline: 'موسكو',
      wordCount: 87,
      mainEntityOfPage: { '@type': 'WebPage', '@id': canonical }
    })
  })

  it('gives search results the way from the site through the section to the article', () => {
    expect(jsonLd(page)[1]).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'مداد نيوز', item: 'https://news.example/' },
        { '@type': 'ListItem', position: 2, name: 'أخبار العالم', item: `https://news.example/${encodeURIComponent('أخبار-العالم')}/` },
        { '@type': 'ListItem', position: 3, name: 'بوتين وشي: التحالف الروسي الصيني ركيزة استقرار عالمي', item: canonical }
      ]
    })
  })

  it('links another article at its canonical address', () => {
    expect(page).toContain(`<a rel="noopener noreferrer" href="${relatedUrl}">الاتفاق</a>`)
    expect(page).toContain(`<li><a href="${relatedUrl}" data-article-id="${relatedArticleId}">`)
    expect(page).not.toContain('index.html')
  })

  it('offers each picture as WebP and JPEG at every width, the page column as its size', () => {
    const stem = leadImageId.replace('.jpg', '')
    const widths = [480, 800, 1200, 1600]
    const sizes = 'sizes="(min-width: 44rem) 41.5rem, calc(100vw - 2.5rem)"'
    expect(bodyOf(page)).toContain(
      '<figure><picture>' +
        `<source type="image/webp" srcset="${widths.map((w) => `images/${stem}-${w}w.webp ${w}w`).join(', ')}" ${sizes}>` +
        `<img src="images/${stem}-1200w.jpg" srcset="${widths.map((w) => `images/${stem}-${w}w.jpg ${w}w`).join(', ')}" ${sizes} ` +
        'width="1200" height="675" alt="بوتين أمام شاشة" fetchpriority="high" decoding="async"></picture>' +
        '<figcaption>بوتين خلال مكالمة فيديو مع الرئيس الصيني — <span class="credit">أ ف ب</span></figcaption></figure>'
    )
    // A 1000 px picture is never offered wider than it is.
    const second = secondImageId.replace('.png', '')
    expect(bodyOf(page)).toContain(`srcset="images/${second}-480w.jpg 480w, images/${second}-800w.jpg 800w"`)
    expect(bodyOf(page)).toContain(`<img src="images/${second}-800w.jpg"`)
    expect(bodyOf(page)).toMatch(new RegExp(`<img src="images/${second}-800w.jpg"[^>]* loading="lazy" decoding="async">`))
  })

  it('shows a chosen lead picture under the header, fetched first, and no body picture first', () => {
    const article = richArticle()
    article.meta.leadImage = { mediaId: secondImageId, caption: 'الرئيسان عبر الفيديو', credit: 'أ ف ب', alt: 'بوتين أمام الشاشة' }
    const withLead = renderPublication(article, context({ settings: siteSettings, pictures: handBuiltPictures() })).page
    const second = secondImageId.replace('.png', '')
    expect(withLead).toMatch(
      new RegExp(`</header>\\n<figure class="lead-image"><picture><source type="image/webp" [^>]+><img src="images/${second}-800w.jpg" [^>]*fetchpriority="high"`)
    )
    expect(withLead).toContain('<figcaption>الرئيسان عبر الفيديو — <span class="credit">أ ف ب</span></figcaption>')
    expect(withLead.match(/fetchpriority="high"/g)).toHaveLength(1)
    expect(meta(withLead, 'og:image:alt')).toEqual(['بوتين أمام الشاشة'])
  })

  it('prints a lead picture taken from the body once, as the lead, not again in the body', () => {
    const article = richArticle()
    article.meta.leadImage = { mediaId: secondImageId, caption: 'الرئيسان عبر الفيديو', credit: 'أ ف ب', alt: 'بوتين أمام الشاشة' }
    const { page, fragment } = renderPublication(article, context({ settings: siteSettings, pictures: handBuiltPictures() }))
    const second = secondImageId.replace('.png', '')
    for (const html of [page, fragment]) {
      expect(html.match(new RegExp(`<img src="images/${second}-800w.jpg"`, 'g'))).toHaveLength(1)
      expect(html).not.toContain('<figcaption>خريطة')
    }
    // The body's other picture is still printed.
    expect(bodyOf(page)).toContain(`images/${leadImageId.replace('.jpg', '')}`)
  })
})

describe('renderPublication and the library', () => {
  it('publishes a link to a deleted article as its words, and leaves out related articles that are gone', () => {
    const { page, fragment, ninjs } = renderPublication(richArticle(), context({ articles: () => null }))
    expect(page).toContain('قالت وكالة <span lang="en" dir="ltr">Reuters</span> إن الاتفاق وُقّع.')
    expect(page).not.toContain(relatedArticleId)
    expect(page).not.toContain('class="related"')
    expect(`${fragment}${ninjs}`).not.toMatch(/midad:article|index\.html/)
  })
})

describe('renderPublication in the newsroom\'s date style', () => {
  it('writes the published date in Arabic-Indic digits with the Hijri twin when the newsroom asks', () => {
    const { page } = renderPublication(richArticle(), context({ settings: { ...defaultSettings, digitStyle: 'arabic-indic', hijriTwin: true } }))
    expect(page).toContain('<time datetime="2026-11-27T06:15:00.000Z">٢٧ نوفمبر ٢٠٢٦ · ١٧ جمادى الآخرة ١٤٤٨ هـ</time>')
  })

  it.each([
    ['western', '27 نوفمبر 2026'],
    ['levantine', '27 تشرين الثاني 2026'],
    ['both', '27 تشرين الثاني/نوفمبر 2026']
  ] as const)('names the month of the published date as the newsroom does (%s)', (monthNames, shown) => {
    const { page } = renderPublication(richArticle(), context({ settings: { ...defaultSettings, monthNames } }))
    expect(page).toContain(`<time datetime="2026-11-27T06:15:00.000Z">${shown}</time>`)
  })
})

describe('renderPublication with the SEO fields and tags', () => {
  const article = richArticle()
  article.meta.seoTitle = 'قمة بوتين وشي: تحالف «ركيزة استقرار»'
  article.meta.seoDescription = 'ما قاله الرئيسان في قمتهما الافتراضية.'
  const { page } = renderPublication(article, context())

  it('titles the page and its previews with the SEO title, the h1 stays the headline', () => {
    expect(page).toContain('<title>قمة بوتين وشي: تحالف «ركيزة استقرار»</title>')
    expect(meta(page, 'og:title')).toEqual(['قمة بوتين وشي: تحالف «ركيزة استقرار»'])
    expect(page).toContain('<h1>بوتين وشي: التحالف الروسي الصيني ركيزة استقرار عالمي</h1>')
    expect(newsArticle(page).headline).toBe(article.meta.headline)
    expect(newsArticle(page).description).toBe('ما قاله الرئيسان في قمتهما الافتراضية.')
  })

  it('carries each tag once as article:tag', () => {
    const twice = structuredClone(article)
    twice.meta.tags = ['روسيا', ' روسيا ', '', 'الصين']
    expect(meta(renderPublication(twice, context()).page, 'article:tag')).toEqual(['روسيا', 'الصين'])
  })

  it('describes an article without a dek by its lede', () => {
    const noDek = richArticle()
    noDek.meta.dek = ''
    expect(newsArticle(renderPublication(noDek, context()).page).description).toBe('وصف الرئيس الروسي فلاديمير بوتين، يوم الأربعاء، التحالف بأنه عامل استقرار.')
  })
})

describe('renderPublication with hostile text in every field', () => {
  const article = hostileArticle()
  const { page } = renderPublication(article, context({ settings: siteSettings }))

  it('shows the text as text, escaped everywhere it appears', () => {
    const escaped = '&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&lt;!--'
    expect(page).toContain(`<h1>عنوان ${escaped}" onmouseover="alert(1)</h1>`)
    expect(page).toContain(`<p class="byline"><span class="author">${escaped}" onmouseover="alert(1)</span></p>`)
    expect(page).toContain(`<cite>${escaped}" onmouseover="alert(1)</cite>`)
    expect(page).toContain(`<span class="credit">${escaped}" onmouseover="alert(1)</span>`)
    expect(page).toContain(`alt="${escaped}&quot; onmouseover=&quot;alert(1)"`)
    expect(page).toContain(`<meta property="og:title" content="${escaped}&quot; onmouseover=&quot;alert(1)">`)
    expect(page).toContain(`<meta property="article:tag" content="${escaped}&quot; onmouseover=&quot;alert(1)">`)
    expect(page).not.toMatch(/javascript:/i)
  })

  it('keeps the JSON-LD inert yet exact: it parses back to the original text', () => {
    const data = newsArticle(page)
    expect(data.headline).toBe(article.meta.headline)
    expect(data.headline).toContain(hostile.script)
    expect(data.dateline).toBe(article.meta.dateline)
    expect(page.match(/<\/script>/g)).toHaveLength(2)
  })
})

describe('renderPublication of an article not published', () => {
  const draft = renderPublication(richArticle(), context({ settings: siteSettings, publishedAt: null }))

  it('is a draft: kept out of search engines, with no publish date anywhere, and says so above the article', () => {
    expect(meta(draft.page, 'robots')).toEqual(['noindex'])
    expect(newsArticle(draft.page)).not.toHaveProperty('datePublished')
    expect(newsArticle(draft.page).dateModified).toBe(richArticle().updatedAt)
    expect(meta(draft.page, 'article:published_time')).toEqual([])
    expect(draft.page).not.toMatch(/class="published"|<time/)
    expect(bodyOf(draft.page)).toBe(`<body>\n<main>\n<p class="draft-mark">مسودة لم تُنشر</p>\n${draft.fragment}</main>\n`)
    // The fragment goes into a CMS as it is: no draft wording, and no date either.
    expect(draft.fragment).not.toMatch(/draft-mark|<time/)
  })

  it('is withheld in ninjs, and a published one usable', () => {
    expect(JSON.parse(draft.ninjs)).toMatchObject({ pubStatus: 'withheld', firstCreated: richArticle().createdAt })
    const published = renderPublication(richArticle(), context({ settings: siteSettings }))
    expect(JSON.parse(published.ninjs)).toMatchObject({ pubStatus: 'usable', firstCreated: richArticle().createdAt, versionCreated: richArticle().updatedAt })
    expect(meta(published.page, 'robots')).toEqual(['max-image-preview:large'])
    expect(meta(published.page, 'article:published_time')).toEqual([publishedAt])
    expect(bodyOf(published.page)).not.toContain('draft-mark')
  })
})
