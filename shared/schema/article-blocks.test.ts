import { describe, expect, it } from 'vitest'
import { generateJSON } from '@tiptap/html/server'
import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string'
import { articleExtensions } from './article-extensions'
import { figureCreditPresets } from './figure-credits'

const id = '5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c'
const render = (content: unknown[]) => renderToHTMLString({ extensions: articleExtensions(), content: { type: 'doc', content } as never })
const parse = (html: string) => generateJSON(html, articleExtensions())

describe('article blocks beyond paragraphs', () => {
  it('publishes a pull quote as an aside with its attribution outside the quoted words', () => {
    const html = render([{ type: 'pullQuote', attrs: { attribution: 'شي' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'بلا حدود' }] }] }])
    expect(html).toBe('<aside class="pull-quote"><blockquote><p>بلا حدود</p></blockquote><p><cite>شي</cite></p></aside>')
    expect(parse(html).content[0]).toMatchObject({ type: 'pullQuote', attrs: { attribution: 'شي' } })
  })

  it('publishes a separator as <hr> and a related-articles block as links to sibling pages', () => {
    const html = render([{ type: 'horizontalRule' }, { type: 'relatedArticles', attrs: { articles: [{ id, headline: 'قمة بكين' }] } }])
    expect(html).toBe(
      `<hr/><aside class="related"><h2>اقرأ أيضًا</h2><ul><li><a href="../${id}/index.html" data-article-id="${id}">قمة بكين</a></li></ul></aside>`
    )
    // Copied and pasted inside the editor, the picked articles come back.
    expect(parse(html).content).toEqual([
      { type: 'horizontalRule', attrs: { dir: null } },
      { type: 'relatedArticles', attrs: { dir: null, articles: [{ id, headline: 'قمة بكين' }] } }
    ])
  })

  it('tags a Latin run with lang and dir, and reads it back from pasted HTML', () => {
    const html = render([{ type: 'paragraph', content: [{ type: 'text', text: 'Reuters', marks: [{ type: 'lang', attrs: { lang: 'en' } }] }] }])
    expect(html).toBe('<p><span lang="en" dir="ltr">Reuters</span></p>')
    expect(parse(html).content[0].content[0].marks).toEqual([{ type: 'lang', attrs: { lang: 'en' } }])
    // Any other language tag on a pasted span is not kept as a mark.
    expect(parse('<p><span lang="de">Zeit</span></p>').content[0].content[0].marks).toBeUndefined()
  })

  it('keeps an LTR block through copy and paste, and reads upper-case DIR from Word', () => {
    const html = render([{ type: 'paragraph', attrs: { dir: 'ltr' }, content: [{ type: 'text', text: 'English quote' }] }])
    expect(parse(html).content[0].attrs).toEqual({ dir: 'ltr' })
    expect(parse('<p DIR=LTR>Word</p><p DIR=RTL>عربي</p>').content.map((n: { attrs: { dir: unknown } }) => n.attrs.dir)).toEqual(['ltr', null])
  })

  it('publishes a figure waiting for its image without an <img>', () => {
    const html = render([{ type: 'figure', attrs: { mediaId: null, alt: '', caption: 'في بكين', credit: 'رويترز' } }])
    expect(html).not.toContain('<img')
    expect(html).toContain('<span class="credit">رويترز</span>')
    // Alt text written before the picture survives copy and paste.
    const waiting = render([{ type: 'figure', attrs: { mediaId: null, alt: 'بديل', caption: 'في بكين', credit: '' } }])
    expect(parse(waiting).content[0].attrs).toMatchObject({ mediaId: null, alt: 'بديل', caption: 'في بكين' })
  })

  it('offers the agencies newsrooms credit, and the newsroom itself', () => {
    expect(figureCreditPresets).toEqual(expect.arrayContaining(['أ ف ب', 'رويترز', 'أسوشيتد برس', 'الأناضول', 'Getty Images']))
    expect(figureCreditPresets.length).toBe(6)
  })
})
