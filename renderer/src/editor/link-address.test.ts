import { describe, expect, it } from 'vitest'
import { linkAddressFrom } from './link-address'

describe('link address typed by the journalist', () => {
  it('keeps full web and mail links', () => {
    expect(linkAddressFrom(' https://example.org/أخبار ')).toBe('https://example.org/أخبار')
    expect(linkAddressFrom('http://example.org')).toBe('http://example.org')
    expect(linkAddressFrom('mailto:desk@example.org')).toBe('mailto:desk@example.org')
  })

  it('completes a bare address or e-mail', () => {
    expect(linkAddressFrom('aljazeera.net/news')).toBe('https://aljazeera.net/news')
    expect(linkAddressFrom('desk@example.org')).toBe('mailto:desk@example.org')
  })

  it('refuses what an article may not link to', () => {
    expect(linkAddressFrom('javascript:alert(1)')).toBeNull()
    expect(linkAddressFrom('file:///etc/passwd')).toBeNull()
    expect(linkAddressFrom('data:text/html,hi')).toBeNull()
    expect(linkAddressFrom('not a link')).toBeNull()
    expect(linkAddressFrom('   ')).toBeNull()
  })
})

describe('link to an article in the library', () => {
  it('keeps the internal form the article picker writes', () => {
    expect(linkAddressFrom('midad:article/5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c')).toBe('midad:article/5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c')
    expect(linkAddressFrom('midad:article/x')).toBeNull()
  })
})
