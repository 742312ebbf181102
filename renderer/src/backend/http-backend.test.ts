import { describe, expect, it } from 'vitest'
import { createHttpBackend } from './http-backend'

const ID = '7f1c2a52-8c1e-4a8e-9b7e-2f3a4b5c6d7e'
const unreachableMessage = () => 'تعذّر الاتصال بمحرّك مداد.'

type Seen = { url: string; init: RequestInit }

function hostAnswering(status: number, body: string, seen: Seen[] = []): typeof fetch {
  return (async (url: string, init: RequestInit) => {
    seen.push({ url, init })
    return new Response(body, { status, headers: { 'Content-Type': 'application/json' } })
  }) as typeof fetch
}

describe('browser-host client', () => {
  it('posts the operation input as JSON with the session token and returns the Result', async () => {
    const seen: Seen[] = []
    const api = createHttpBackend({
      token: 'secret-token',
      unreachableMessage,
      fetch: hostAnswering(200, JSON.stringify({ ok: true, value: { deleted: true } }), seen)
    })
    const result = await api.deleteArticle({ id: ID })
    expect(result).toEqual({ ok: true, value: { deleted: true } })
    expect(seen[0]?.url).toBe('/api/deleteArticle')
    expect(seen[0]?.init.method).toBe('POST')
    expect((seen[0]?.init.headers as Record<string, string>)['X-Midad-Token']).toBe('secret-token')
    expect(JSON.parse(String(seen[0]?.init.body))).toEqual({ id: ID })
  })

  it('hands a translated refusal through with its code (stale version, unauthorized)', async () => {
    const failure = { ok: false, error: { code: 'stale_version', message: 'حُفظت نسخة أحدث' } }
    const api = createHttpBackend({ token: 't', unreachableMessage, fetch: hostAnswering(200, JSON.stringify(failure)) })
    expect(await api.getArticle({ id: ID })).toEqual(failure)

    const refused = { ok: false, error: { code: 'unauthorized', message: 'طلب غير مأذون.' } }
    const api403 = createHttpBackend({ token: null, unreachableMessage, fetch: hostAnswering(403, JSON.stringify(refused)) })
    expect(await api403.listArticles({})).toEqual(refused)
  })

  it('turns a host that does not answer, or answers nonsense, into a readable failure', async () => {
    const down = createHttpBackend({
      token: 't',
      unreachableMessage,
      fetch: (async () => {
        throw new TypeError('Failed to fetch')
      }) as typeof fetch
    })
    expect(await down.listArticles({})).toEqual({ ok: false, error: { code: 'internal', message: unreachableMessage() } })

    const garbled = createHttpBackend({ token: 't', unreachableMessage, fetch: hostAnswering(502, '<html>Bad gateway</html>') })
    expect(await garbled.listArticles({})).toEqual({ ok: false, error: { code: 'internal', message: unreachableMessage() } })

    const notAResult = createHttpBackend({ token: 't', unreachableMessage, fetch: hostAnswering(200, '{"hello":1}') })
    expect((await notAResult.listArticles({})).ok).toBe(false)
  })
})
