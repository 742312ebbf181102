// Bundles as every transport calls them: through dispatch, checked against the contract.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../../shared/contract/dispatch'
import type { Result } from '../../../shared/contract/errors'
import type { BundleOpened, BundlePreview, BundleWritten } from '../../../shared/bundle/bundle-views'
import { openCore, type Core } from '../core'
import { createHandlers } from '../handlers'
import { handlerOptionsIn } from '../testing/handler-options'
import { plainBody } from '../review/testing/review-bodies'

let dir: string
const cores: Core[] = []
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-bundle-handlers-'))
})
afterEach(() => {
  for (const core of cores.splice(0)) core.close()
  rmSync(dir, { recursive: true, force: true })
})

function deskIn(name: string) {
  const core = openCore({ dbPath: join(dir, name, 'midad.sqlite') })
  cores.push(core)
  core.saveProfile({ name: name === 'a' ? 'Layla' : 'Sara', role: 'journalist' })
  const handlers = createHandlers(core, handlerOptionsIn(join(dir, name)))
  const call = (operation: string, payload: unknown) => dispatch(handlers, operation, payload, { locale: 'en' })
  return { core, call }
}
function valueOf<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`)
  return result.value as T
}

describe('bundle operations', () => {
  it('sendBundle writes a new readable file each time into the back side’s bundles folder, and only such a file can be shown', async () => {
    const { core, call } = deskIn('a')
    const { id } = core.createArticle({ headline: 'Budget passes' }, plainBody('The minister said the deal is near.'))
    const first = valueOf<BundleWritten>(await call('sendBundle', { ids: [id], purpose: 'review' }))
    const second = valueOf<BundleWritten>(await call('sendBundle', { ids: [id], purpose: 'review' }))
    const day = new Date().toISOString().slice(0, 10)
    expect(first).toMatchObject({ folder: join(dir, 'a', 'bundles'), articles: 1, file: join(dir, 'a', 'bundles', `budget-passes-${day}.midad`) })
    expect(second.file).toBe(join(dir, 'a', 'bundles', `budget-passes-${day}-2.midad`))
    expect(readdirSync(first.folder).sort()).toEqual([`budget-passes-${day}-2.midad`, `budget-passes-${day}.midad`])
    expect(readFileSync(first.file).length).toBe(first.bytes)

    expect(valueOf(await call('openBundleFolder', { file: first.file }))).toEqual({ folder: first.folder, opened: false })
    const unknown = await call('openBundleFolder', { file: join(dir, 'a', 'midad.sqlite') })
    expect(unknown.ok ? null : unknown.error.code).toBe('export_folder_unknown')
    const missing = await call('sendBundle', { ids: ['3f1e2d3c-4b5a-4968-8776-655443322110'], purpose: 'back' })
    expect(missing.ok ? null : missing.error.code).toBe('not_found')
  })

  it('previewBundle and openBundle take the file as base64 and answer as the contract says', async () => {
    const a = deskIn('a')
    const b = deskIn('b')
    const { id } = a.core.createArticle({ headline: 'Budget passes' }, plainBody('The minister said the deal is near.'))
    const written = valueOf<BundleWritten>(await a.call('sendBundle', { ids: [id], purpose: 'review' }))
    const file = { fileName: 'budget.midad', dataBase64: readFileSync(written.file).toString('base64') }
    const preview = valueOf<BundlePreview>(await b.call('previewBundle', file))
    expect(preview).toMatchObject({ purpose: 'review', sender: { name: 'Layla', knownDevice: false }, articles: [{ id, outcome: 'new', headline: 'Budget passes' }] })
    expect(preview.sender.keyFingerprint).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/)
    const opened = valueOf<BundleOpened>(await b.call('openBundle', file))
    expect(opened.articles[0]).toMatchObject({ id, outcome: 'new', revision: expect.any(String) })
    expect(valueOf<BundlePreview>(await b.call('previewBundle', file)).sender.knownDevice).toBe(true)
    const refused = await b.call('openBundle', { fileName: 'x.midad', dataBase64: Buffer.from('hello').toString('base64') })
    expect(refused.ok ? null : [refused.error.code, refused.error.message]).toEqual(['bundle_not_midad', expect.stringContaining('not a Midad review bundle')])
  })
})
