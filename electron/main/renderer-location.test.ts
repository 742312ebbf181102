import { describe, expect, it } from 'vitest'
import { rendererLocation } from './renderer-location'

describe('the app page', () => {
  const built = rendererLocation({ outDir: '/home/محرر/مداد/out', packaged: true })

  it('is the built index.html on the app scheme, with any route, served from out/renderer', () => {
    expect(built.url).toBe('midad-app://desk/index.html')
    expect(built.rendererDir).toBe('/home/محرر/مداد/out/renderer')
    expect(built.isAppPage('midad-app://desk/index.html#/article/1')).toBe(true)
    expect(built.isAppPage('midad-app://desk/index.html?x=1')).toBe(true)
  })

  it('is never a file: page, even the built index.html itself', () => {
    expect(built.isAppPage('file:///home/محرر/مداد/out/renderer/index.html')).toBe(false)
  })

  it('is not another file, a web page or garbage', () => {
    expect(built.isAppPage('midad-app://desk/other.html')).toBe(false)
    expect(built.isAppPage('midad-app://elsewhere/index.html')).toBe(false)
    expect(built.isAppPage('midad-media://desk/index.html')).toBe(false)
    expect(built.isAppPage('file:///etc/passwd')).toBe(false)
    expect(built.isAppPage('https://example.com/home/محرر/مداد/out/renderer/index.html')).toBe(false)
    expect(built.isAppPage('not a url')).toBe(false)
    expect(built.isAppPage('midad-app://desk/%ZZ/index.html')).toBe(false)
  })

  it('is the dev server origin while developing, and never a non-web dev URL', () => {
    const dev = rendererLocation({ outDir: '/o', devServerUrl: 'http://localhost:5173', packaged: false })
    expect(dev.isAppPage('http://localhost:5173/')).toBe(true)
    expect(dev.isAppPage('http://localhost:5174/')).toBe(false)
    expect(dev.rendererDir).toBeUndefined()
    expect(rendererLocation({ outDir: '/o', devServerUrl: 'file:///tmp/x.html', packaged: false }).url).toBe('midad-app://desk/index.html')
  })
})
