import { describe, expect, it } from 'vitest'
import { isLeftToRightParagraph } from './paragraph-direction'

describe('isLeftToRightParagraph', () => {
  it.each([
    [false, 'Leaders agreed on Friday.', true],
    [false, '“This is a turning point,” the envoy said.', true],
    [false, '2025: Reuters reports', true],
    [false, 'قال المتحدث إن الاتفاق ملزم.', false],
    [false, 'שלום עולם', false],
    [false, 'iPhone 16 يصل إلى الأسواق العربية', false],
    [false, 'AFP', true],
    [false, '2025 — 1446', false],
    [false, '', false],
    [true, 'Reuters said the deal was historic.', false]
  ])('bidi %s, %j → LTR %s', (bidi, text, ltr) => {
    expect(isLeftToRightParagraph(bidi, text)).toBe(ltr)
  })
})
