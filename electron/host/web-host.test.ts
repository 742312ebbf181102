import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MidadError } from '../../shared/contract/errors'
import { failure } from '../../shared/contract/dispatch'
import { parseWebOptions } from './cli-options'
import { PortInUse, startWebHost, type WebHost } from './web-host'

let dir: string
let rendererDir: string
const running: WebHost[] = []

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'midad-web-'))
  rendererDir = join(dir, 'renderer')
  await mkdir(rendererDir)
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>مداد</title>')
})

afterEach(async () => {
  for (const web of running.splice(0)) await web.stop()
  await rm(dir, { recursive: true, force: true })
})

const call = async (web: WebHost, op: string, input: unknown) => {
  const response = await fetch(`${web.host.origin}/api/${op}`, {
    method: 'POST',
    headers: { 'X-Midad-Token': web.host.token },
    body: JSON.stringify(input)
  })
  return (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string } }
}

describe('npm run web', () => {
  it('creates the database on first run and serves it', async () => {
    const dbPath = join(dir, 'fresh', 'midad.sqlite')
    const web = await startWebHost({ dbPath, rendererDir, port: 0 })
    running.push(web)
    expect(existsSync(dbPath)).toBe(true)
    const created = await call(web, 'createArticle', { meta: { headline: 'خبر عاجل' } })
    expect(created.ok).toBe(true)
    expect(await call(web, 'listArticles', {})).toMatchObject({ ok: true, value: { articles: [{ headline: 'خبر عاجل' }] } })
  })

  it('exports next to the database, one folder per article', async () => {
    const dbPath = join(dir, 'midad.sqlite')
    const web = await startWebHost({ dbPath, rendererDir, port: 0 })
    running.push(web)
    const created = (await call(web, 'createArticle', { meta: { headline: 'تصدير' } })) as { value: { id: string } }
    const exported = await call(web, 'exportArticle', { id: created.value.id })
    expect(exported).toMatchObject({ ok: true, value: { folder: join(dir, 'exports', created.value.id) } })
    expect(existsSync(join(dir, 'exports', created.value.id, 'index.html'))).toBe(true)
  })

  it('refuses a database from a newer Midad with a translated message and leaves it untouched', async () => {
    const dbPath = join(dir, 'newer.sqlite')
    const db = new Database(dbPath)
    db.pragma('user_version = 999')
    db.close()
    const error = await startWebHost({ dbPath, rendererDir, port: 0 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MidadError)
    expect((error as MidadError).code).toBe('db_too_new')
    expect(failure(error as MidadError, 'ar').message).toContain('999')
    expect(failure(error as MidadError, 'en').message).toContain('newer Midad')
    const again = new Database(dbPath, { readonly: true })
    expect(again.pragma('user_version', { simple: true })).toBe(999)
    again.close()
  })

  it('says so when the port asked for is taken, instead of quietly using another', async () => {
    const blocker = createServer()
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done))
    const port = (blocker.address() as { port: number }).port
    try {
      const error = await startWebHost({ dbPath: join(dir, 'midad.sqlite'), rendererDir, port }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(PortInUse)
      expect((error as Error).message).toContain(String(port))
    } finally {
      await new Promise<void>((done) => blocker.close(() => done()))
    }
  })
})

describe('web options', () => {
  it('reads --db, --port and --open', () => {
    expect(parseWebOptions(['--db', '/tmp/a.sqlite', '--port', '0', '--open'])).toEqual({
      db: '/tmp/a.sqlite',
      port: 0,
      open: true,
      help: false,
      bundles: []
    })
    expect(parseWebOptions([])).toEqual({ db: undefined, port: undefined, open: false, help: false, bundles: [] })
  })

  it('takes review bundles named after the options, and refuses any other file', () => {
    expect(parseWebOptions(['--port', '0', '/tmp/مراجعة.midad', 'عودة.MIDAD']).bundles).toEqual(['/tmp/مراجعة.midad', 'عودة.MIDAD'])
    const error = (() => {
      try {
        parseWebOptions(['/tmp/تقرير.docx'])
      } catch (e) {
        return e
      }
    })()
    expect(error).toMatchObject({ code: 'invalid_input', params: { field: '/tmp/تقرير.docx' } })
  })

  it('refuses a bad port or an unknown option, naming it', () => {
    for (const [argv, field] of [
      [['--port', 'abc'], '--port'],
      [['--port', '70000'], '--port'],
      [['--port', '-1'], '--port'],
      [['--colour'], '--colour']
    ] as const) {
      const error = (() => {
        try {
          parseWebOptions([...argv])
        } catch (e) {
          return e
        }
      })()
      expect(error, argv.join(' ')).toBeInstanceOf(MidadError)
      expect(failure(error as MidadError, 'en').message, argv.join(' ')).toContain(field)
    }
  })
})
