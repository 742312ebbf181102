import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { test, expect } from './fixtures'
import { readStore } from './stored-article'

// Another local web page open in the same browser, after the journalist has opened Midad
// (so the browser holds the token cookie), tries to write through the host.
test('a page from another local server cannot create or read articles through the host', async ({ page, host, openApp, workspace }) => {
  await host.call('createArticle', { meta: { headline: 'مصدر سري' } })
  await openApp()
  const hostOrigin = host.ready!.origin

  const evil: Server = createServer((_req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.end('<!doctype html><title>evil</title><p>hello</p>')
  })
  await new Promise<void>((done) => evil.listen(0, '127.0.0.1', done))
  try {
    const evilPort = (evil.address() as AddressInfo).port
    const other = await page.context().newPage()
    // Same site as the host (ports do not count), so the SameSite cookie goes along:
    // only the Origin check stands between this page and the articles.
    await other.goto(`http://127.0.0.1:${evilPort}/`)
    const outcome = await other.evaluate(async (target) => {
      const attempts: string[] = []
      for (const op of ['createArticle', 'listArticles']) {
        try {
          const res = await fetch(`${target}/api/${op}`, {
            method: 'POST',
            credentials: 'include',
            mode: 'no-cors',
            headers: { 'Content-Type': 'text/plain' },
            body: '{}'
          })
          attempts.push(`${op}:${res.type}:${await res.text()}`)
        } catch (error) {
          attempts.push(`${op}:error:${String(error)}`)
        }
      }
      return attempts
    }, hostOrigin)
    expect(outcome.join('\n')).not.toContain('مصدر سري')
  } finally {
    await new Promise<void>((done) => evil.close(() => done()))
  }
  expect(readStore(workspace.dbPath).articles.map((a) => a.headline)).toEqual(['مصدر سري'])
})
