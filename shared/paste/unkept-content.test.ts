import { describe, expect, it } from 'vitest'
import { pasteHtml, textOf } from './testing/paste-fixture'
import wordPictureFootnote from './fixtures/word-picture-footnote-clipboard.html?raw'
import webPage from './fixtures/web-page.html?raw'
import word from './fixtures/word-clipboard.html?raw'

describe('the cleaner names what it could not keep', () => {
  it('from Word: the file:// picture, the comment and the footnote are counted and leave no empty paragraph or stray marker', () => {
    const { body, unkept } = pasteHtml(wordPictureFootnote)
    expect(unkept).toEqual({ pictures: 1, objects: 0, comments: 1, footnotes: 1 })
    expect((body.content ?? []).map((n) => [n.type, textOf(n)])).toEqual([
      ['paragraph', 'وصل الوفد إلى المطار صباحًا.'],
      ['paragraph', 'وعقد اجتماعًا مغلقًا.']
    ])
  })

  it('counts the frames and players a web page embeds in its text, not those of its chrome', () => {
    expect(pasteHtml(webPage).unkept.objects).toBeGreaterThan(0)
    const embeds = pasteHtml(
      '<p>قبل</p><iframe src="https://video.example/1"></iframe><video src="a.mp4"></video><audio src="b.mp3"></audio><object data="c.swf"></object><embed src="d.swf"><nav><iframe src="https://ads.example"></iframe></nav><p>بعد</p>'
    )
    expect(embeds.unkept).toEqual({ pictures: 0, objects: 5, comments: 0, footnotes: 0 })
  })

  it('counts a web page’s pictures once each (a <picture> with its <img> is one), but not a tracking pixel', () => {
    const { body, unkept } = pasteHtml(
      '<p>نص</p><picture><source srcset="a.webp"><img src="https://news.example/a.jpg" alt="أ"></picture><p><img src="https://news.example/b.jpg" alt="ب"></p><img src="https://t.example/p.gif" width="1" height="1">'
    )
    expect(unkept.pictures).toBe(2)
    expect((body.content ?? []).map((n) => n.type)).toEqual(['paragraph'])
  })

  it('counts the footnotes the Word reader (.docx) and Google Docs write, removing their markers', () => {
    const reader = pasteHtml(
      '<p>نص<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup> آخر<sup><a href="#footnote-2" id="footnote-ref-2">[2]</a></sup></p><ol><li id="footnote-1"><p>حاشية <a href="#footnote-ref-1">↑</a></p></li><li id="footnote-2"><p>ثانية <a href="#footnote-ref-2">↑</a></p></li></ol>'
    )
    expect(reader.unkept.footnotes).toBe(2)
    expect(textOf(reader.body)).toBe('نص آخر')
    const docs = pasteHtml('<p>نص<sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup></p><hr><div><p><a href="#ftnt_ref1" id="ftnt1">[1]</a> حاشية</p></div>')
    expect(docs.unkept.footnotes).toBe(1)
    expect(textOf(docs.body)).toBe('نص')
  })

  it('reports nothing for a paste it keeps whole', () => {
    expect(pasteHtml(word).unkept).toEqual({ pictures: 0, objects: 0, comments: 0, footnotes: 0 })
  })
})
