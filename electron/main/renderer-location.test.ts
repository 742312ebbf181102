import { describe, expect, it } from 'vitest'
import { rendererLocation } from './renderer-location'

describe('the app page', () => {
  const built = rendererLocation({ outDir: '/home/محرر/مداد/out', packaged: true })

  it('is the built index.html, with any route', () => {
    expect(built.load).toEqual({ kind: 'file', path: '/home/محرر/مداد/out/renderer/index.html' })
    expect(built.isAppPage('file:///home/%D9%85%D8%AD%D8%B1%D8%B1/%D9%85%D8%AF%D8%A7%D8%AF/out/renderer/index.html#/article/1')).toBe(true)
    expect(built.isAppPage('file:///home/محرر/مداد/out/renderer/index.html?x=1')).toBe(true)
  })

  it('is not another file, a web page or garbage', () => {
    expect(built.isAppPage('file:///home/محرر/مداد/out/renderer/other.html')).toBe(false)
    expect(built.isAppPage('file:///etc/passwd')).toBe(false)
    expect(built.isAppPage('https://example.com/home/محرر/مداد/out/renderer/index.html')).toBe(false)
    expect(built.isAppPage('not a url')).toBe(false)
    expect(built.isAppPage('file:///home/%ZZ/out/renderer/index.html')).toBe(false)
  })

  it('is the dev server origin while developing, and never a non-web dev URL', () => {
    const dev = rendererLocation({ outDir: '/o', devServerUrl: 'http://localhost:5173', packaged: false })
    expect(dev.isAppPage('http://localhost:5173/')).toBe(true)
    expect(dev.isAppPage('http://localhost:5174/')).toBe(false)
    expect(rendererLocation({ outDir: '/o', devServerUrl: 'file:///tmp/x.html', packaged: false }).load.kind).toBe('file')
  })
})
