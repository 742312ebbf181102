import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openCore, type Core, createHandlers } from '../core'
import { handlerOptionsIn } from '../core/testing'
import { PAGE_CSP } from './static-route'
import { startHost, type RunningHost } from './server'

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  text: string
  json: () => { ok: boolean; value?: unknown; error?: { code: string; message: string } }
}

// node:http rather than fetch: these tests must send Host headers and raw
// paths (`..`) that fetch would rewrite or refuse.
function send(
  host: RunningHost,
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: string | Buffer } = {}
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        method,
        path,
        headers: { Host: `127.0.0.1:${host.port}`, ...options.headers }
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) })
        })
      }
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

// A request written byte by byte: node:http will not send a header twice.
function rawRequest(host: RunningHost, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(host.port, '127.0.0.1', () => socket.end(text))
    const chunks: Buffer[] = []
    socket.on('data', (c: Buffer) => chunks.push(c))
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    socket.on('error', reject)
  })
}

let dir: string
let core: Core
let host: RunningHost

const api = (op: string, body: unknown, headers: Record<string, string> = {}) =>
  send(host, 'POST', `/api/${op}`, {
    headers: { 'Content-Type': 'application/json', 'X-Midad-Token': host.token, ...headers },
    body: JSON.stringify(body)
  })

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'midad-host-'))
  const rendererDir = join(dir, 'renderer')
  await mkdir(join(rendererDir, 'assets'), { recursive: true })
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><html lang="ar" dir="rtl"><title>مداد</title></html>')
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'export {}')
  await writeFile(join(rendererDir, 'assets', 'naskh.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]))
  // A secret next to the renderer folder, for the path traversal attempts to aim at.
  await writeFile(join(dir, 'secret.txt'), 'not for the browser')
  core = openCore({ dbPath: join(dir, 'data', 'midad.sqlite') })
  const handlers = createHandlers(core, handlerOptionsIn(dir))
  host = await startHost({ handlers, rendererDir, storedPicture: (id) => core.storedPicture(id) })
})

afterEach(async () => {
  await host.close()
  core.close()
  await rm(dir, { recursive: true, force: true })
})

describe('who may talk to the host', () => {
  it('listens on the loopback address only, with a fresh 64-hex-digit token', async () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`)
    expect(host.token).toMatch(/^[0-9a-f]{64}$/)
  })

  it('refuses a request whose Host is not the loopback address and our port (DNS rebinding)', async () => {
    core.createArticle({ headline: 'سري' })
    for (const Host of ['evil.example', `evil.example:${host.port}`, `127.0.0.1:${host.port + 1}`, '127.0.0.1']) {
      const reply = await api('listArticles', {}, { Host })
      expect(reply.status).toBe(403)
      expect(reply.json().error?.code).toBe('unauthorized')
      expect(reply.text).not.toContain('سري')
    }
    const page = await send(host, 'GET', '/', { headers: { Host: 'evil.example' } })
    expect(page.status).toBe(403)
  })

  it('answers 400 to a request carrying two Host headers, even when the first is ours', async () => {
    core.createArticle({ headline: 'سري' })
    for (const [first, second] of [[`127.0.0.1:${host.port}`, 'evil.example'], ['evil.example', `127.0.0.1:${host.port}`], [`127.0.0.1:${host.port}`, `127.0.0.1:${host.port}`]]) {
      const reply = await rawRequest(host, [
        'POST /api/listArticles HTTP/1.1',
        `Host: ${first}`,
        `Host: ${second}`,
        `X-Midad-Token: ${host.token}`,
        'Content-Length: 2',
        'Connection: close',
        '',
        '{}'
      ].join('\r\n'))
      expect(reply).toMatch(/^HTTP\/1\.1 400 /)
      expect(reply).not.toContain('سري')
    }
  })

  it('accepts localhost:PORT as well as 127.0.0.1:PORT', async () => {
    const reply = await api('listArticles', {}, { Host: `localhost:${host.port}` })
    expect(reply.status).toBe(200)
    expect(reply.json().ok).toBe(true)
  })

  it('refuses a foreign Origin even with the right token, and nothing is created', async () => {
    for (const Origin of ['http://evil.example', 'null', `http://127.0.0.1:${host.port + 1}`, `https://127.0.0.1:${host.port}`]) {
      const reply = await api('createArticle', {}, { Origin })
      expect(reply.status).toBe(403)
      expect(reply.json().error?.code).toBe('unauthorized')
    }
    expect(core.listArticles()).toEqual([])
    const own = await api('createArticle', {}, { Origin: `http://127.0.0.1:${host.port}` })
    expect(own.json().ok).toBe(true)
    expect(core.listArticles()).toHaveLength(1)
  })

  it('refuses the API without the token or with a wrong one, with a translated message', async () => {
    core.createArticle({ headline: 'سري' })
    const none = await send(host, 'POST', '/api/listArticles', { body: '{}' })
    expect(none.status).toBe(403)
    expect(none.json().error).toMatchObject({ code: 'unauthorized', message: 'طلب غير مأذون.' })
    const wrong = await api('listArticles', {}, { 'X-Midad-Token': 'a'.repeat(64) })
    expect(wrong.status).toBe(403)
    expect(wrong.text).not.toContain('سري')
    const wrongCookie = await send(host, 'POST', '/api/listArticles', { body: '{}', headers: { Cookie: `midad_token=${'b'.repeat(64)}` } })
    expect(wrongCookie.status).toBe(403)
  })

  it('answers listArticles with the right token, by header or by cookie', async () => {
    const article = core.createArticle({ headline: 'انتخابات بلدية في صفاقس' })
    const byHeader = await api('listArticles', {})
    expect(byHeader.status).toBe(200)
    expect(byHeader.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(byHeader.headers['cache-control']).toBe('no-store')
    expect(byHeader.json()).toMatchObject({ ok: true, value: { articles: [{ id: article.id, headline: 'انتخابات بلدية في صفاقس' }] } })
    const byCookie = await send(host, 'POST', '/api/listArticles', {
      body: '{}',
      headers: { Cookie: `theme=dark; midad_token=${host.token}` }
    })
    expect(byCookie.json()).toMatchObject({ ok: true, value: { articles: [{ id: article.id }] } })
  })
})

describe('the API', () => {
  it('turns malformed JSON into an invalid_input failure and changes nothing', async () => {
    const article = core.createArticle({ headline: 'الأصل' })
    const reply = await send(host, 'POST', '/api/saveArticle', {
      headers: { 'X-Midad-Token': host.token },
      body: `{"id":"${article.id}","baseVersion":1,"meta":{"headline":"مكسور"`
    })
    expect(reply.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(reply.json().error?.message).toContain('لم يتغيّر شيء')
    expect(core.getArticle(article.id).meta.headline).toBe('الأصل')
  })

  it('answers a body nested 100,000 deep with invalid_input, not a server error, and saves nothing', async () => {
    const article = core.createArticle({ headline: 'الأصل' })
    const depth = 100_000
    const body = `${'{"type":"doc","content":['.repeat(depth)}${']}'.repeat(depth)}`
    const reply = await send(host, 'POST', '/api/saveArticle', {
      headers: { 'Content-Type': 'application/json', 'X-Midad-Token': host.token },
      body: `{"id":"${article.id}","baseVersion":1,"meta":${JSON.stringify({ ...article.meta, headline: 'عميق' })},"body":${body}}`
    })
    expect(reply.status).toBe(200)
    expect(reply.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(core.getArticle(article.id).meta.headline).toBe('الأصل')
  })

  it('finds an article whose id is written in capitals', async () => {
    const article = core.createArticle({ headline: 'موجود' })
    const reply = await api('getArticle', { id: article.id.toUpperCase() })
    expect(reply.json()).toMatchObject({ ok: true, value: { id: article.id, meta: { headline: 'موجود' } } })
  })

  it('answers an unknown operation with unknown_operation', async () => {
    const reply = await api('dropDatabase', {})
    expect(reply.status).toBe(200)
    expect(reply.json()).toMatchObject({ ok: false, error: { code: 'unknown_operation' } })
  })

  it('accepts only POST for operations', async () => {
    const reply = await send(host, 'GET', '/api/listArticles', { headers: { 'X-Midad-Token': host.token } })
    expect(reply.status).toBe(405)
    expect(reply.json().ok).toBe(false)
  })

  it('saves through the contract: the stored article changes and the version moves on', async () => {
    const article = core.createArticle()
    const meta = { ...article.meta, headline: 'عنوان جديد' }
    const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'نص الخبر هنا' }] }] }
    const saved = await api('saveArticle', { id: article.id, baseVersion: article.version, meta, body })
    expect(saved.json()).toMatchObject({ ok: true, value: { version: article.version + 1, wordCount: 3 } })
    expect(core.getArticle(article.id).meta.headline).toBe('عنوان جديد')
    const stale = await api('saveArticle', { id: article.id, baseVersion: article.version, meta: { ...meta, headline: 'قديم' }, body })
    expect(stale.json()).toMatchObject({ ok: false, error: { code: 'stale_version' } })
    expect(core.getArticle(article.id).meta.headline).toBe('عنوان جديد')
  })

  it('refuses a body over the limit with 413 and a typed failure', async () => {
    const reply = await send(host, 'POST', '/api/addImage', {
      headers: { 'X-Midad-Token': host.token, 'Content-Length': String(41 * 1024 * 1024) },
      body: '{}'
    })
    expect(reply.status).toBe(413)
    expect(reply.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })
})

describe('a heavy import', () => {
  // A saved page the importer needs seconds to read.
  const heavyPage = () =>
    Buffer.from(`<!doctype html><h1>ثقيل</h1>${'<div class="x"><p>فقرة <b>من</b> تقرير المراسل عن الجلسة.</p></div>'.repeat(8_000)}`).toString('base64')

  it('leaves the host answering other requests while it runs, and stops when its client hangs up', async () => {
    core.createArticle({ headline: 'موجود' })
    const body = JSON.stringify({ fileName: 'ثقيل.html', dataBase64: heavyPage() })
    let importAnswered = false
    const importing = request({
      host: '127.0.0.1',
      port: host.port,
      method: 'POST',
      path: '/api/importArticle',
      headers: { Host: `127.0.0.1:${host.port}`, 'Content-Type': 'application/json', 'X-Midad-Token': host.token }
    })
    importing.on('response', () => (importAnswered = true))
    importing.on('error', () => undefined)
    importing.end(body)
    const listed = await api('listArticles', {})
    expect(listed.json()).toMatchObject({ ok: true, value: { articles: [{ headline: 'موجود' }] } })
    expect(importAnswered).toBe(false)
    importing.destroy()
    // The next import is answered, and the abandoned one never created its article.
    const small = await api('importArticle', { fileName: 'خفيف.html', dataBase64: Buffer.from('<h1>خفيف</h1><p>نص</p>').toString('base64') })
    expect(small.json()).toMatchObject({ ok: true, value: { meta: { headline: 'خفيف' } } })
    expect(core.listArticles().map((a) => a.headline).sort()).toEqual(['خفيف', 'موجود'])
  })
})

describe('the page and its files', () => {
  it('serves the page with the strict CSP and the hardening headers', async () => {
    const page = await send(host, 'GET', '/')
    expect(page.status).toBe(200)
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(page.headers['content-security-policy']).toBe(PAGE_CSP)
    expect(PAGE_CSP).toContain("script-src 'self'")
    expect(PAGE_CSP).toContain("frame-ancestors 'none'")
    // The preview is a srcdoc frame showing /media/ pictures; no URL may be framed.
    expect(PAGE_CSP).toContain("frame-src 'none'")
    expect(PAGE_CSP).toContain("img-src 'self' data: blob:")
    expect(page.headers['x-content-type-options']).toBe('nosniff')
    expect(page.headers['referrer-policy']).toBe('no-referrer')
    expect(page.text).toContain('مداد')
  })

  it('sets the HttpOnly SameSite=Strict token cookie only for a page request with the valid token', async () => {
    const withToken = await send(host, 'GET', `/?token=${host.token}`)
    expect(withToken.headers['set-cookie']).toEqual([`midad_token=${host.token}; HttpOnly; SameSite=Strict; Path=/`])
    const index = await send(host, 'GET', `/index.html?token=${host.token}`)
    expect(index.headers['set-cookie']).toHaveLength(1)
    const wrong = await send(host, 'GET', `/?token=${'c'.repeat(64)}`)
    expect(wrong.headers['set-cookie']).toBeUndefined()
    const none = await send(host, 'GET', '/')
    expect(none.headers['set-cookie']).toBeUndefined()
  })

  it('serves assets with their MIME types and falls back to the page for app routes', async () => {
    const js = await send(host, 'GET', '/assets/app.js')
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8')
    const font = await send(host, 'GET', '/assets/naskh.woff2')
    expect(font.headers['content-type']).toBe('font/woff2')
    const route = await send(host, 'GET', '/articles/some-route')
    expect(route.status).toBe(200)
    expect(route.text).toContain('مداد')
    const missing = await send(host, 'GET', '/assets/missing.js')
    expect(missing.status).toBe(404)
  })

  it('never serves a file outside the renderer folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/%2e%2e%2f%2e%2e%2fdata%2fmidad.sqlite',
      '/assets/%00.js',
      '/%E0%A4%A'
    ]) {
      const reply = await send(host, 'GET', path)
      expect(reply.status, path).toBe(404)
      expect(reply.text, path).not.toContain('not for the browser')
    }
  })
})

describe('stored images', () => {
  it('serves a stored image by its id with its type, for the token holder only', async () => {
    const jpeg = await sharp({ create: { width: 32, height: 24, channels: 3, background: '#c05020' } }).jpeg().toBuffer()
    const stored = await core.addImage('photo.jpg', jpeg)
    const ok = await send(host, 'GET', `/media/${stored.mediaId}`, { headers: { Cookie: `midad_token=${host.token}` } })
    expect(ok.status).toBe(200)
    expect(ok.headers['content-type']).toBe('image/jpeg')
    expect(ok.headers['x-content-type-options']).toBe('nosniff')
    expect(Number(ok.headers['content-length'])).toBe(jpeg.length)
    const anonymous = await send(host, 'GET', `/media/${stored.mediaId}`)
    expect(anonymous.status).toBe(403)
  })

  it('answers 404 for unknown, malformed and escaping media ids', async () => {
    const auth = { headers: { 'X-Midad-Token': host.token } }
    for (const path of [
      `/media/${'0'.repeat(64)}.jpg`,
      '/media/not-an-id',
      '/media/..%2f..%2fsecret.txt',
      '/media/..%2fdata%2fmidad.sqlite',
      '/media/%2e%2e',
      '/media/../secret.txt',
      '/media/'
    ]) {
      const reply = await send(host, 'GET', path, auth)
      expect(reply.status, path).toBe(404)
      expect(reply.text, path).not.toContain('not for the browser')
    }
  })
})
