// The host streams core's events at /events, to the page that holds this run's token only.
import { request } from 'node:http'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { TOKEN_HEADER } from '../../shared/contract/wire'
import { createHandlers, openCore, type Core } from '../core'
import { handlerOptionsIn } from '../core/testing'
import { startHost, type RunningHost } from './server'

let dir: string
let core: Core
let host: RunningHost

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'midad-host-events-'))
  const rendererDir = join(dir, 'renderer')
  await mkdir(rendererDir, { recursive: true })
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>مداد</title>')
  core = openCore({ dbPath: join(dir, 'data', 'midad.sqlite') })
  host = await startHost({ handlers: createHandlers(core, handlerOptionsIn(dir)), rendererDir, storedPicture: () => null, events: core })
})
afterEach(async () => {
  await host.close()
  core.close()
  await rm(dir, { recursive: true, force: true })
})

/** Opens the stream and collects what arrives; resolves with the status once the headers are in. */
function listen(headers: Record<string, string>): Promise<{ status: number; received: () => string; close: () => void }> {
  return new Promise((resolve, reject) => {
    let text = ''
    const req = request({ host: '127.0.0.1', port: host.port, path: '/events', headers: { Host: `127.0.0.1:${host.port}`, ...headers } }, (res) => {
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (text += chunk))
      res.on('error', () => undefined)
      resolve({ status: res.statusCode ?? 0, received: () => text, close: () => req.destroy() })
    })
    req.on('error', reject)
    req.end()
  })
}

describe('GET /events', () => {
  it('streams each change of an article to a page holding the token, as a named event with its payload', async () => {
    const stream = await listen({ [TOKEN_HEADER]: host.token })
    expect(stream.status).toBe(200)
    const article = core.createArticle({ headline: 'خبر' })
    core.setArticleStatus(article.id, 'in_review')
    await expect.poll(() => stream.received()).toContain('event: articleChanged')
    await expect.poll(() => stream.received().match(/^data: .*$/gm)?.map((line) => JSON.parse(line.slice(6)))).toEqual([
      { id: article.id, change: 'created' },
      { id: article.id, change: 'status' }
    ])
    stream.close()
  })

  it('refuses a request without the token, from another origin, or naming another host', async () => {
    const attempts: Record<string, string>[] = [{}, { [TOKEN_HEADER]: 'wrong' }, { [TOKEN_HEADER]: host.token, Origin: 'https://evil.example' }, { [TOKEN_HEADER]: host.token, Host: 'evil.example' }]
    for (const headers of attempts) {
      const stream = await listen(headers)
      expect(stream.status).toBe(403)
      stream.close()
    }
  })
})
