import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { appResponse, appSchemePrivileges } from './app-protocol'

let root: string
let rendererDir: string
const policy = "default-src 'self'"

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'midad-app-scheme-'))
  rendererDir = join(root, 'renderer')
  mkdirSync(join(rendererDir, 'assets'), { recursive: true })
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>مداد</title>')
  writeFileSync(join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)')
  writeFileSync(join(rendererDir, 'assets', 'naskh.woff2'), 'wOF2')
  writeFileSync(join(root, 'secret.txt'), 'not for the page')
  writeFileSync(join(root, 'renderer-other.html'), 'a sibling folder sharing the prefix')
})

afterEach(() => rmSync(root, { recursive: true, force: true }))

const get = (url: string, method = 'GET') => appResponse(new Request(url, { method }), { rendererDir, contentSecurityPolicy: policy })

describe('the app scheme', () => {
  it('is a standard, secure origin that bypasses no policy', () => {
    expect(appSchemePrivileges).toMatchObject({ scheme: 'midad-app', privileges: { standard: true, secure: true, bypassCSP: false } })
  })

  it('serves the built page and its assets with their types and the app policy', async () => {
    const page = await get('midad-app://desk/index.html')
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('content-security-policy')).toBe(policy)
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await page.text()).toContain('مداد')
    expect((await get('midad-app://desk/assets/index-abc.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect((await get('midad-app://desk/assets/naskh.woff2')).headers.get('content-type')).toBe('font/woff2')
  })

  it('serves nothing outside the renderer folder, on another host, or of an unknown kind', async () => {
    for (const url of [
      'midad-app://desk/../secret.txt',
      'midad-app://desk/%2e%2e/secret.txt',
      'midad-app://desk/..%2fsecret.txt',
      'midad-app://desk/..%2frenderer-other.html',
      'midad-app://desk/%00index.html',
      'midad-app://elsewhere/index.html',
      'midad-media://desk/index.html',
      'midad-app://desk/missing.html',
      'midad-app://desk/assets'
    ]) {
      expect((await get(url)).status, url).toBe(404)
    }
    expect((await get('midad-app://desk/index.html', 'POST')).status).toBe(404)
  })
})
