import { describe, expect, it } from 'vitest'
import { context, handBuiltPictures, hostileStoredArticle, library, relatedArticleId, richArticle, siteSettings } from './testing/export-fixtures'
import { allowListed } from './fragment-allow-list'
import { renderPublication } from './render-publication'

/** Every opening tag and its attribute names, as a browser would read the markup. */
function tagsOf(html: string): { name: string; attributes: string[] }[] {
  const withoutJsonLd = html.replace(/(<script type="application\/ld\+json">)[\s\S]*?(<\/script>)/g, '$1$2').replace(/<style>[\s\S]*?<\/style>/, '')
  return [...withoutJsonLd.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/g)].map((m) => ({
    name: m[1]!.toLowerCase(),
    // Each value is consumed whole, so words inside a quoted value are never read as attributes.
    attributes: [...m[2]!.matchAll(/\s([^\s=>"]+)(?:="[^"]*")?/g)].map((a) => a[1]!.toLowerCase())
  }))
}

const urlsOf = (html: string): string[] => [...html.matchAll(/\s(?:href|src|srcset)="([^"]*)"/g)].map((m) => m[1]!)

const fragmentTags = new Set([
  'article', 'header', 'p', 'h1', 'h2', 'h3', 'time', 'figure', 'picture', 'source', 'img', 'figcaption', 'span',
  'blockquote', 'cite', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'br', 'hr', 'aside'
])

describe('a body stored by hand, bypassing the editor', () => {
  const publication = renderPublication(hostileStoredArticle(), context({ settings: siteSettings, pictures: handBuiltPictures() }))
  const { fragment, page } = publication

  it('publishes only the elements the renderer writes, and no event handler, style or id', () => {
    const tags = tagsOf(fragment)
    expect(tags.filter((tag) => !fragmentTags.has(tag.name))).toEqual([])
    const attributes = new Set(tags.flatMap((tag) => tag.attributes))
    expect([...attributes].filter((name) => /^on|^style$|^id$|^target$|^srcdoc$/.test(name))).toEqual([])
    // The page's only scripts are its two JSON-LD blocks (NewsArticle, BreadcrumbList).
    expect(tagsOf(page).filter((tag) => tag.name === 'script').map((tag) => tag.attributes)).toEqual([['type'], ['type']])
    expect(page.match(/<script type="application\/ld\+json">/g)).toHaveLength(2)
  })

  it('keeps no javascript:, data:, vbscript: or file: address, however it is spelled', () => {
    expect(`${page}${publication.ninjs}`).not.toMatch(/javascript:|data:|vbscript:|file:/i)
    for (const url of urlsOf(fragment)) expect(url, url).toMatch(/^(https?:\/\/|mailto:|images\/[A-Za-z0-9][A-Za-z0-9._-]*( \d+w)?$)/)
  })

  it('keeps the words of refused links as plain text', () => {
    expect(fragment).toContain('<p>رابط رابط رابط</p>')
    expect(fragment).toContain('<p>رابط رابط</p>')
    // Neither a malformed internal link nor one to a deleted article leaves an anchor.
    expect(fragment).not.toContain('midad:')
  })

  it('shows markup typed as text as text', () => {
    expect(fragment).toContain('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')
    expect(fragment).toContain('<h2>&lt;img src=x onerror=alert(1)&gt;</h2>')
    expect(fragment).toContain('&lt;b onclick="x"&gt;عريض&lt;/b&gt; — <span class="credit">&lt;script&gt;1&lt;/script&gt;</span>')
  })

  it('loads no picture from outside its own images/ folder: traversal, script and remote ids keep only their words', () => {
    expect(fragment).not.toMatch(/passwd|evil\.example/)
    expect(fragment).toContain('<figure><figcaption>تعليق</figcaption></figure>')
    expect(fragment).toContain('<figure><figcaption>بعيدة</figcaption></figure>')
    // The lead image named a path outside the store: its words stay, without a picture.
    expect(fragment).toContain('<figure class="lead-image"><figcaption>x — <span class="credit">y</span></figcaption></figure>')
  })

  it('quotes hostile alt text and drops a size that is not a number', () => {
    expect(fragment).toContain('<img src="images/ok.jpg" alt="&quot; onerror=&quot;alert(1)" loading="lazy" decoding="async">')
  })

  it('drops a language or direction that is not one the article can have', () => {
    expect(fragment).toContain('<p>لغة<strong>ملفوفة</strong></p>')
    expect(fragment).not.toMatch(/onmouseover="|dir="&quot;/)
  })

  it('lists only related articles that exist, under their address', () => {
    expect(fragment).toContain(`<li><a href="https://news.example/`)
    expect(fragment).toContain(`data-article-id="${relatedArticleId}">&lt;script&gt;alert(1)&lt;/script&gt;</a></li></ul></aside>`)
    expect(fragment).not.toMatch(/سيئ|محذوف/)
  })

  it('is the same bytes every time', () => {
    expect(renderPublication(hostileStoredArticle(), context({ settings: siteSettings, pictures: handBuiltPictures() }))).toEqual(publication)
  })
})

describe('the allow-list itself, on markup no renderer would write', () => {
  it('removes scripts, frames, styles and handlers, keeping the words around them', () => {
    const html = allowListed(
      '<article><p onclick="x" style="color:red" class="dek evil">نص<script>alert(1)</script><iframe src="https://evil.example"></iframe><style>p{}</style></p>' +
        '<svg onload="alert(1)"><text>x</text></svg><object data="x"></object><form><input></form></article>'
    )
    expect(html).toBe('<article><p class="dek">نص</p></article>')
  })

  it('keeps web, mail and sibling-article links; unwraps every other', () => {
    const html = allowListed(
      '<p><a href="https://a.example/x">1</a><a href="mailto:desk@a.example">2</a>' +
        `<a href="../${relatedArticleId}/index.html">3</a><a href="javascript:alert(1)">4</a><a href="data:text/html,x">5</a>` +
        '<a href="//evil.example/x">6</a><a href="../../etc/passwd">7</a><a href="ftp://a.example">8</a><a>9</a></p>'
    )
    expect(html).toBe(
      `<p><a href="https://a.example/x">1</a><a href="mailto:desk@a.example">2</a><a href="../${relatedArticleId}/index.html">3</a>456789</p>`
    )
  })

  it('keeps pictures only from images/, and only the srcset candidates there too', () => {
    expect(allowListed('<img src="images/a.jpg" alt="">')).toBe('<img src="images/a.jpg" alt="">')
    expect(allowListed('<img src="https://evil.example/a.jpg" alt="x">')).toBe('')
    expect(allowListed('<img src="images/../secret.jpg" alt="x">')).toBe('')
    expect(allowListed('<img src="data:image/png;base64,AAAA" alt="x">')).toBe('')
    expect(allowListed('<img src="images/a.jpg" srcset="images/a.jpg 480w, https://evil.example/b.jpg 800w" alt="">')).toBe(
      '<img src="images/a.jpg" srcset="images/a.jpg 480w" alt="">'
    )
    expect(allowListed('<img src="images/a.jpg" srcset="../b.jpg 800w" alt="">')).toBe('')
    expect(allowListed('<picture><source type="image/webp" srcset="javascript:alert(1) 1w"><img src="images/a.jpg" alt=""></picture>')).toBe(
      '<picture><img src="images/a.jpg" alt=""></picture>'
    )
  })

  it('keeps only the classes, languages and directions the page uses', () => {
    expect(allowListed('<p class="kicker x" dir="rtl"><span lang="de" class="credit">x</span><span lang="en" dir="ltr">y</span></p>')).toBe(
      '<p class="kicker"><span class="credit">x</span><span lang="en" dir="ltr">y</span></p>'
    )
  })
})

describe('internal links, whatever the library holds', () => {
  it('never point at an article that is not in the library', () => {
    const { fragment } = renderPublication(richArticle(), context({ articles: (id) => (id === relatedArticleId ? null : library(id)) }))
    expect(fragment).not.toMatch(/<a [^>]*href="\.\.\//)
  })
})
