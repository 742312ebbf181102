import { describe, expect, it } from 'vitest'
import { exportStylesheet } from './page-style'

describe('the exported page stylesheet', () => {
  const css = exportStylesheet().replace(/\/\*[\s\S]*?\*\//g, '')

  it('uses logical properties only, so it holds in right-to-left and in explicit LTR blocks', () => {
    expect(css).not.toMatch(/\b(margin|padding|border|inset)-(left|right)\b/)
    expect(css).not.toMatch(/(^|[\s;{])(left|right)\s*:/)
    expect(css).not.toMatch(/\b(float|clear|text-align)\s*:\s*(left|right)\b/)
    expect(css).toMatch(/padding-inline-start/)
    expect(css).toMatch(/border-inline-start/)
  })

  it('loads no remote font or resource and never letter-spaces Arabic', () => {
    expect(css).not.toMatch(/url\(|@import|@font-face|https?:/)
    expect(css).not.toMatch(/letter-spacing/)
  })

  it('styles figures with caption and credit, and quotes with their attribution', () => {
    for (const selector of ['figcaption', '.credit', 'figure[data-type="quote"]', 'cite']) expect(css).toContain(selector)
  })
})
