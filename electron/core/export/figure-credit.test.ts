import { describe, expect, it } from 'vitest'
import { figureHtml, type FigureContent } from './figure-html'
import { exportStylesheet } from './page-style'
import { noPictures } from './publication-context'

const figure = (caption: string, credit: string): FigureContent => ({ mediaId: null, alt: '', caption, credit, width: null, height: null, dir: null })
// What a reader without the stylesheet sees: the caption's words alone.
const shownText = (html: string) => html.replace(/<[^>]+>/g, '')

describe('the credit under an exported picture', () => {
  it('is set apart from the caption by a dash that is part of the text', () => {
    const html = figureHtml(figure('الرئيسان في بكين', 'رويترز'), noPictures, { lead: false })
    expect(shownText(html)).toBe('الرئيسان في بكين — رويترز')
    expect(html).toContain('<span class="credit">رويترز</span>')
  })

  it('stands alone without a dash when there is no caption, and a caption alone has none either', () => {
    expect(shownText(figureHtml(figure('', 'أ ف ب'), noPictures, { lead: false }))).toBe('أ ف ب')
    expect(shownText(figureHtml(figure('تعليق', ''), noPictures, { lead: false }))).toBe('تعليق')
  })

  it('is not separated again, nor hidden, by the stylesheet', () => {
    const css = exportStylesheet().replace(/\/\*[\s\S]*?\*\//g, '')
    expect(css).not.toMatch(/\.credit::?before/)
    const credit = /\.credit\s*\{([^}]*)\}/.exec(css)?.[1] ?? ''
    expect(credit).not.toMatch(/display:\s*none|visibility|var\(--rule\)/)
  })
})
