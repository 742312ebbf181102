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
