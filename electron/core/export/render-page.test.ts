import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { hostile, hostileArticle, leadImageId, minimalArticle, relatedArticleId, richArticle, secondImageId } from './export-fixtures'
import { renderArticlePage } from './render-page'

const jsonLd = (page: string): Record<string, unknown> => {
  const found = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)
  if (!found?.[1]) throw new Error('no JSON-LD block')
  return JSON.parse(found[1]) as Record<string, unknown>
}

const bodyOf = (page: string): string => page.slice(page.indexOf('<body>'), page.indexOf('</body>'))

// Every `<` the page writes must open one of these tags: article text may only
// ever appear escaped.
const allowedTags = new Set([
  'html', 'head', 'meta', 'title', 'script', 'style', 'body', 'article', 'header', 'p', 'h1', 'h2', 'h3',
  'time', 'figure', 'img', 'figcaption', 'span', 'blockquote', 'cite', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'br',
  'aside', 'hr'
])

const withoutStyle = (page: string): string => page.replace(/<style>[\s\S]*?<\/style>/, '')

/** The opening tags of the page, with the JSON-LD block's content set aside. */
function tagsOf(page: string): { name: string; attributes: string }[] {
  const withoutJsonLd = page.replace(/(<script type="application\/ld\+json">)[\s\S]*?(<\/script>)/, '$1$2')
  return [...withoutJsonLd.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)].map((m) => ({ name: m[1]!.toLowerCase(), attributes: m[2]! }))
}

describe('renderArticlePage', () => {
  const page = renderArticlePage(richArticle())

  it('is an Arabic right-to-left HTML5 document with the page essentials', () => {
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">')).toBe(true)
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">')
    expect(page).toContain('<title>بوتين وشي: التحالف الروسي الصيني ركيزة استقرار عالمي</title>')
    expect(page).toContain('<meta name="description" content="وصف الرئيس الروسي التحالف مع الصين بأنه «عامل استقرار» حاسم في المشهد الدولي.">')
    expect(page).toContain('<meta name="robots" content="max-image-preview:large">')
    // lang and dir once, on <html>; only the explicit LTR paragraph and the
    // Latin run tagged English carry their own.
    expect(withoutStyle(page).match(/ lang=/g)).toHaveLength(2)
    expect(withoutStyle(page).match(/ dir=/g)).toHaveLength(3)
    expect(page).toContain('<p dir="ltr">Gazprom said the pipeline is on schedule.</p>')
    expect(page).toContain('<span lang="en" dir="ltr">Reuters</span>')
  })

  it('writes Open Graph and Twitter card tags, the share image from the first figure', () => {
    for (const tag of [
      '<meta property="og:type" content="article">',
      '<meta property="og:locale" content="ar_AR">',
      '<meta property="og:title" content="بوتين وشي: التحالف الروسي الصيني ركيزة استقرار عالمي">',
      `<meta property="og:image" content="images/${leadImageId}">`,
      '<meta property="og:image:alt" content="بوتين أمام شاشة">',
      '<meta property="og:image:width" content="1200">',
      '<meta property="og:image:height" content="675">',
      '<meta property="article:published_time" content="2026-11-26T08:40:41.123Z">',
      '<meta property="article:modified_time" content="2026-11-26T09:12:00.000Z">',
      '<meta property="article:section" content="أخبار العالم">',
      '<meta name="twitter:card" content="summary_large_image">',
      '<meta name="twitter:title" content="بوتين وشي: التحالف الروسي الصيني ركيزة استقرار عالمي">'
    ]) {
      expect(page).toContain(tag)
    }
    expect(page).toMatch(/<meta property="og:description" content="وصف الرئيس/)
    expect(page).toMatch(/<meta name="twitter:description" content="وصف الرئيس/)
  })

  it('describes the article as a NewsArticle in JSON-LD', () => {
    expect(jsonLd(page)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'بوتين وشي: التحالف الروسي الصيني ركيزة استقرار عالمي',
      description: 'وصف الرئيس الروسي التحالف مع الصين بأنه «عامل استقرار» حاسم في المشهد الدولي.',
      image: [`images/${leadImageId}`, `images/${secondImageId}`],
      datePublished: '2026-11-26T08:40:41.123Z',
      dateModified: '2026-11-26T09:12:00.000Z',
      author: [
        { '@type': 'Person', name: 'سارة الأحمد' },
        { '@type': 'Person', name: 'ليو تشن' }
      ],
      articleSection: 'أخبار العالم',
      inLanguage: 'ar',
      dateline: 'موسكو',
      keywords: 'روسيا, الصين, قمة',
      wordCount: 87
    })
  })

  it('opens the article with a header: kicker, headline, dek, bylines, dateline and date', () => {
    const header = /<article>\n<header>\n([\s\S]*?)\n<\/header>/.exec(page)?.[1]
    expect(header?.split('\n')).toEqual([
      '<p class="kicker">روسيا والصين</p>',
      '<h1>بوتين وشي: التحالف الروسي الصيني ركيزة استقرار عالمي</h1>',
      '<p class="dek">وصف الرئيس الروسي التحالف مع الصين بأنه «عامل استقرار» حاسم في المشهد الدولي.</p>',
      '<p class="byline"><span class="author">سارة الأحمد</span> و<span class="author">ليو تشن</span></p>',
      '<p class="dateline">موسكو</p>',
      '<p class="published"><time datetime="2026-11-26T08:40:41.123Z">26 نوفمبر 2026</time></p>'
    ])
    expect(page.match(/<h1>/g)).toHaveLength(1)
  })

  it('publishes figures with caption and credit, and quotes with the attribution outside the blockquote', () => {
    const body = bodyOf(page)
    expect(body).toContain(
      `<figure data-type="figure"><img src="images/${leadImageId}" alt="بوتين أمام شاشة" data-media-id="${leadImageId}" width="1200" height="675"/>` +
        '<figcaption><span data-role="caption">بوتين خلال مكالمة فيديو مع الرئيس الصيني</span> <span class="credit">أ ف ب</span></figcaption></figure>'
    )
    expect(body).toContain(
      '<figure data-type="quote"><blockquote><p>نحن مستعدون لمواصلة تعميق التعاون.</p></blockquote>' +
        '<figcaption><cite>فلاديمير بوتين</cite></figcaption></figure>'
    )
    expect(body).toContain('<h2>عمق الشراكة الاستراتيجية</h2>')
    expect(body).toContain('<h3>التعاون الاقتصادي</h3>')
    expect(body).toContain('<a rel="noopener noreferrer" href="https://example.org/kremlin?lang=ar&amp;id=7">الكرملين</a>')
    expect(body).toContain('<strong>عامل استقرار</strong>')
    expect(body).toContain('أن التنسيق وثيق.<br/>سطر ثانٍ.')
    // The editor's trailing empty paragraph is not published.
    expect(body).not.toContain('<p></p>')
  })

  it('publishes pull quotes, the separator, related articles, internal links and a figure still waiting for its image', () => {
    const body = bodyOf(page)
    expect(body).toContain('<aside class="pull-quote"><blockquote><p>صداقتنا بلا حدود.</p></blockquote><p><cite>شي جين بينغ</cite></p></aside>')
    expect(body).toContain('<aside class="pull-quote"><blockquote><p>بلا قائل.</p></blockquote></aside>')
    expect(body).toContain('<hr/>')
    // An internal link and a related article point at the sibling exported page.
    expect(body).toContain(`<a rel="noopener noreferrer" href="../${relatedArticleId}/index.html">الاتفاق</a>`)
    expect(body).toContain(
      `<aside class="related"><h2>اقرأ أيضًا</h2><ul><li><a href="../${relatedArticleId}/index.html" data-article-id="${relatedArticleId}">قمة بكين: ما الذي اتفق عليه الطرفان؟</a></li></ul></aside>`
    )
    expect(body).not.toContain('midad:')
    // The waiting figure keeps its caption and credit, without an image; the
    // empty one and the unfilled related block are left out.
    expect(body).toContain(
      '<figure data-type="figure" data-alt="الرئيسان يتصافحان"><figcaption><span data-role="caption">الرئيسان في بكين</span> <span class="credit">رويترز</span></figcaption></figure>'
    )
    expect(body.match(/<figure data-type="figure"/g)).toHaveLength(3)
    expect(body.match(/<aside class="related">/g)).toHaveLength(1)
  })

  it('inlines its stylesheet and loads nothing from elsewhere', () => {
    const css = readFileSync(fileURLToPath(new URL('../../../resources/export/article.css', import.meta.url)), 'utf8')
    expect(page).toContain(`<style>\n${css.trim()}\n</style>`)
    expect(page).not.toMatch(/<link|@import|url\(|https?:\/\/(?!schema\.org|example\.org)/)
    expect(tagsOf(page).filter((tag) => tag.name === 'script')).toHaveLength(1)
  })

  it('omits metadata the article does not have instead of writing empty elements', () => {
    const bare = renderArticlePage(minimalArticle())
    expect(bare).toContain('<title>مقال بلا عنوان</title>')
    expect(bare).not.toMatch(/<h1|class="kicker"|class="dek"|class="byline"|class="dateline"|name="description"|og:title|og:image|article:section/)
    expect(bare).not.toMatch(/<(\w+)[^>]*><\/\1>/)
    expect(jsonLd(bare)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      datePublished: '2026-01-05T00:00:00.000Z',
      dateModified: '2026-01-05T00:00:00.000Z',
      inLanguage: 'ar',
      wordCount: 0
    })
  })

  it('describes an article without a dek by its lede', () => {
    const article = richArticle()
    article.meta.dek = ''
    const description = jsonLd(renderArticlePage(article)).description
    expect(description).toBe('وصف الرئيس الروسي فلاديمير بوتين، يوم الأربعاء، التحالف بأنه عامل استقرار.')
  })

  it('is byte-identical for the same article, rendered twice or from a copy', () => {
    expect(renderArticlePage(richArticle())).toBe(page)
    expect(renderArticlePage(structuredClone(richArticle()))).toBe(page)
  })
})

describe('renderArticlePage in the newsroom\'s date style', () => {
  it('writes the published date in Arabic-Indic digits with the Hijri twin when the newsroom asks', () => {
    const page = renderArticlePage(richArticle(), { digitStyle: 'arabic-indic', hijriTwin: true })
    expect(page).toContain('<time datetime="2026-11-26T08:40:41.123Z">٢٦ نوفمبر ٢٠٢٦ · ١٦ جمادى الآخرة ١٤٤٨ هـ</time>')
  })
})

describe('renderArticlePage with the SEO fields, tags and a lead image', () => {
  const article = richArticle()
  article.meta.seoTitle = 'قمة بوتين وشي: تحالف «ركيزة استقرار»'
  article.meta.seoDescription = 'ما قاله الرئيسان في قمتهما الافتراضية.'
  article.meta.leadImage = { mediaId: secondImageId, caption: 'الرئيسان عبر الفيديو', credit: 'أ ف ب', alt: 'بوتين أمام الشاشة' }
  const page = renderArticlePage(article)

  it('titles the page and its previews with the SEO title, the h1 stays the headline', () => {
    expect(page).toContain('<title>قمة بوتين وشي: تحالف «ركيزة استقرار»</title>')
    expect(page).toContain('<meta property="og:title" content="قمة بوتين وشي: تحالف «ركيزة استقرار»">')
    expect(page).toContain('<h1>بوتين وشي: التحالف الروسي الصيني ركيزة استقرار عالمي</h1>')
    expect(jsonLd(page).headline).toBe(article.meta.headline)
  })

  it('describes it with the SEO description instead of the dek', () => {
    expect(page).toContain('<meta name="description" content="ما قاله الرئيسان في قمتهما الافتراضية.">')
    expect(jsonLd(page).description).toBe('ما قاله الرئيسان في قمتهما الافتراضية.')
  })

  it('carries each tag once as article:tag', () => {
    const twice = structuredClone(article)
    twice.meta.tags = ['روسيا', ' روسيا ', '', 'الصين']
    const tags = [...renderArticlePage(twice).matchAll(/<meta property="article:tag" content="([^"]*)">/g)].map((m) => m[1])
    expect(tags).toEqual(['روسيا', 'الصين'])
  })

  it('shows the lead image under the header and shares it first', () => {
    expect(page).toContain(
      `</header>\n<figure class="lead-image">\n<img src="images/${secondImageId}" alt="بوتين أمام الشاشة">\n` +
        '<figcaption><span data-role="caption">الرئيسان عبر الفيديو</span> <span class="credit">أ ف ب</span></figcaption>\n</figure>'
    )
    expect(page).toContain(`<meta property="og:image" content="images/${secondImageId}">`)
    expect(page).toContain('<meta property="og:image:alt" content="بوتين أمام الشاشة">')
    expect(jsonLd(page).image).toEqual([`images/${secondImageId}`, `images/${leadImageId}`])
  })
})

describe('renderArticlePage with hostile text', () => {
  const article = hostileArticle()
  const page = renderArticlePage(article)

  it('writes no tag, script or event handler of its own from article text', () => {
    const tags = tagsOf(page)
    expect(tags.filter((tag) => !allowedTags.has(tag.name))).toEqual([])
    const scripts = tags.filter((tag) => tag.name === 'script')
    expect(scripts).toEqual([{ name: 'script', attributes: ' type="application/ld+json"' }])
    // Attributes are name="value" pairs; none is an event handler.
    const names = tags.flatMap((tag) => [...tag.attributes.matchAll(/\s([^\s="/>]+)(?:="[^"]*")?/g)].map((m) => m[1]!))
    expect(tags.map((tag) => tag.attributes.replace(/\s([^\s="/>]+)(?:="[^"]*")?/g, '')).filter((rest) => rest !== '' && rest !== '/')).toEqual([])
    expect(names.filter((name) => /^on/i.test(name))).toEqual([])
    expect(names).toContain('alt')
    expect(page).not.toMatch(/javascript:/i)
    expect(page).not.toContain('<!--')
  })

  it('shows the text as text, escaped everywhere it appears', () => {
    const escaped = '&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&lt;!--'
    expect(page).toContain(`<h1>عنوان ${escaped}" onmouseover="alert(1)</h1>`)
    expect(page).toContain(`<p class="byline"><span class="author">${escaped}" onmouseover="alert(1)</span></p>`)
    expect(page).toContain(`<cite>${escaped}" onmouseover="alert(1)</cite>`)
    expect(page).toContain(`<span class="credit">${escaped}" onmouseover="alert(1)</span>`)
    expect(page).toContain(`alt="${escaped}&quot; onmouseover=&quot;alert(1)"`)
    expect(page).toContain(`<meta property="og:title" content="${escaped}&quot; onmouseover=&quot;alert(1)">`)
    expect(page).toContain(`<meta property="article:tag" content="${escaped}&quot; onmouseover=&quot;alert(1)">`)
  })

  it('keeps the JSON-LD inert yet exact: it parses back to the original text', () => {
    const data = jsonLd(page)
    expect(data.headline).toBe(article.meta.headline)
    expect(data.headline).toContain(hostile.script)
    expect(data.dateline).toBe(article.meta.dateline)
    expect(page.match(/<\/script>/g)).toHaveLength(1)
  })
})
