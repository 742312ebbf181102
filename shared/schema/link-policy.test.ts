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

describe('internal links to library articles', () => {
  it('allows an article id in the internal form and nothing looser', () => {
    expect(isAllowedLinkHref('midad:article/5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c')).toBe(true)
    expect(isAllowedLinkHref('midad:article/not-an-id')).toBe(false)
    expect(isAllowedLinkHref('midad:article/5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c/../../x')).toBe(false)
    expect(isAllowedLinkHref('midad:settings')).toBe(false)
    // The exported form is written by the exporter only, never stored.
    expect(isAllowedLinkHref('../5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c/index.html')).toBe(false)
  })
})
