import { describe, expect, it } from 'vitest'
import { isAllowedLinkHref } from './link-policy'

describe('isAllowedLinkHref', () => {
  it('allows web and e-mail links', () => {
    expect(isAllowedLinkHref('https://www.example.com/ar/news?id=1')).toBe(true)
    expect(isAllowedLinkHref('http://example.com')).toBe(true)
    expect(isAllowedLinkHref('mailto:desk@example.com')).toBe(true)
  })

  it('refuses links that could run code or reach local files', () => {
    for (const href of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>', 'file:///etc/passwd', 'vbscript:x', '']) {
      expect(isAllowedLinkHref(href), href).toBe(false)
    }
  })

  it('refuses links that would break out of an attribute', () => {
    expect(isAllowedLinkHref('https://example.com/" onmouseover="x')).toBe(false)
  })
})
