// The contract's hub operations, through dispatch as the app and the host call them.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ContractEvent } from '../../shared/contract/events'
import { dispatch } from '../../shared/contract/dispatch'
import { createHandlers, nullLog } from '../core'
import { handlerOptionsIn, underReview } from '../core/testing'
import { startHub, type RunningHub } from './hub-server'
import { until } from './testing/article-replica'
import { closeDesk, openDesk, type Desk } from './testing/desks'

let dataDir: string
let hub: RunningHub
let desk: Desk

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'midad-hub-'))
  hub = await startHub({ port: 0, dataDir, log: nullLog })
  desk = openDesk('سلمى', 'journalist')
})
afterEach(async () => {
  closeDesk(desk)
  await hub.close()
  rmSync(dataDir, { recursive: true, force: true })
})

describe('the hub operations of the contract', () => {
  it('join, share, status and leave answer as the contract says, and joining starts live sync', async () => {
    const handlers = createHandlers(desk.core, handlerOptionsIn(desk.dir))
    const call = (name: string, payload: unknown) => dispatch(handlers, name, payload, { locale: 'en' })
    const told: ContractEvent[] = []
    desk.core.subscribe((event) => told.push(event))
    const { id } = desk.core.createArticle({ headline: 'خبر' }, underReview.plainBody('نص.'))

    expect(await call('hubStatus', {})).toEqual({ ok: true, value: { link: null, shared: [] } })
    expect(await call('shareArticles', { ids: [id], shared: true })).toMatchObject({ ok: false, error: { code: 'hub_not_joined' } })
    expect(await call('joinHub', { url: 'https://hub.example.org', token: 'x' })).toMatchObject({ ok: false, error: { code: 'hub_address_invalid' } })

    const joined = await call('joinHub', { url: hub.url, token: hub.members.add('سلمى', 'journalist') })
    expect(joined).toMatchObject({ ok: true, value: { link: { url: hub.url, memberName: 'سلمى', role: 'journalist', readOnly: false }, shared: [] } })
    expect(await call('shareArticles', { ids: [id], shared: true })).toMatchObject({ ok: true, value: { shared: [{ id }] } })
    await until(() => hub.documents.stateOf(`article/${id}`) !== null, 'the shared article to reach the hub')
    await until(() => told.some((event) => event.name === 'hubChanged' && event.payload.link?.state === 'synced'), 'the desk to say it is synced')

    expect(await call('leaveHub', {})).toEqual({ ok: true, value: { link: null, shared: [] } })
    expect(desk.core.getArticle(id).meta.headline).toBe('خبر')
  })
})
