import { describe, expect, it } from 'vitest'
import { cleanLinkHref } from './tracking-links'

describe('cleanLinkHref', () => {
  it('drops tracking parameters and keeps the rest of the address', () => {
    expect(cleanLinkHref('https://news.example/a?id=4&utm_source=x&utm_medium=y&fbclid=z#part')).toBe('https://news.example/a?id=4#part')
  })

  it('links to the destination behind Google, Facebook and Outlook redirects', () => {
    expect(cleanLinkHref('https://www.google.com/url?q=https://gov.example/report%3Fp%3D1&sa=D&ust=1&usg=x')).toBe('https://gov.example/report?p=1')
    expect(cleanLinkHref('https://l.facebook.com/l.php?u=https%3A%2F%2Fnews.example%2Fstory%3Futm_campaign%3Dq&h=AT0')).toBe('https://news.example/story')
    expect(cleanLinkHref('https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fun.example%2F&data=05')).toBe('https://un.example/')
  })

  it('keeps e-mail and library links, refuses script, data, file and relative addresses', () => {
    expect(cleanLinkHref('mailto:desk@news.example')).toBe('mailto:desk@news.example')
    const internal = 'midad:article/0b6f1a52-3f1e-4d5c-9a8b-1c2d3e4f5a6b'
    expect(cleanLinkHref(internal)).toBe(internal)
    for (const href of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', '/sport', '', null]) {
      expect(cleanLinkHref(href)).toBeNull()
    }
  })

  it('drops a link whose redirect hides a script address', () => {
    expect(cleanLinkHref('https://www.google.com/url?q=javascript:alert(1)')).toBeNull()
  })
})
