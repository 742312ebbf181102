// `midad hub`, `hub member`, and a desk's `join`, `share` and `sync`, between two desk databases.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openCore } from '../core'
import { underReview } from '../core/testing'
import { spawnHub, type HubProcess } from '../hub/testing/hub-process'
import { midad } from './testing/run-midad'

let dir: string
let hub: HubProcess | null = null

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-cli-hub-'))
})
afterEach(async () => {
  if (hub && hub.child.exitCode === null) {
    hub.child.kill('SIGTERM')
    await hub.ended
  }
  hub = null
  rmSync(dir, { recursive: true, force: true })
})

const en = { MIDAD_LOCALE: 'en' }

describe('midad hub', () => {
  it('prints its address alone on the first line, takes members, and two desks converge through join, share and sync', async () => {
    const data = join(dir, 'hub')
    hub = await spawnHub(['--port', '0', '--data', data])
    expect(hub.firstLine).toMatch(/^ws:\/\/127\.0\.0\.1:[1-9]\d*$/)

    const added = await midad(['hub', 'member', 'add', 'سلمى', '--role', 'journalist', '--data', data], en)
    expect(added.status).toBe(0)
    expect(added.stdout).toMatch(/^[0-9a-f]{64}\n$/)
    const omarToken = (await midad(['hub', 'member', 'add', 'عمر', '--role', 'editor', '--data', data], en)).stdout.trim()
    expect((await midad(['hub', 'member', 'add', 'عمر', '--role', 'editor', '--data', data], en)).status).toBe(2)
    const listed = await midad(['hub', 'member', 'list', '--data', data, '--json'], en)
    expect(JSON.parse(listed.stdout).map((member: { name: string; role: string }) => [member.name, member.role])).toEqual([
      ['سلمى', 'journalist'],
      ['عمر', 'editor']
    ])

    const salmaDb = join(dir, 'salma', 'midad.sqlite')
    const omarDb = join(dir, 'omar', 'midad.sqlite')
    const core = openCore({ dbPath: salmaDb })
    const { id } = core.createArticle({ headline: 'الموازنة' }, underReview.plainBody('قال الوزير إن الاتفاق قريب.'))
    core.close()
    expect((await midad(['init', '--db', omarDb], en)).status).toBe(0)

    const joined = await midad(['join', hub.firstLine, '--token', added.stdout.trim(), '--db', salmaDb], en)
    expect(joined.stdout).toBe(`This desk joined the hub ${hub.firstLine} as سلمى (journalist).\n`)
    expect((await midad(['share', id, '--db', salmaDb], en)).stdout).toBe('Shared 1 article with the hub; 1 shared in all.\n')
    expect((await midad(['sync', '--db', salmaDb], en)).stdout).toBe('Synced with the hub: 1 sent, 0 received, 0 of them new; pictures: 0 sent, 0 received.\n')

    expect((await midad(['join', hub.firstLine, '--token', omarToken, '--db', omarDb], en)).status).toBe(0)
    expect((await midad(['sync', '--db', omarDb, '--json'], en)).stdout).toBe(`${JSON.stringify({ sent: 0, received: 1, created: 1, picturesSent: 0, picturesReceived: 0 }, null, 2)}\n`)
    const show = async (db: string) => JSON.parse((await midad(['show', id, '--db', db, '--json'], en)).stdout) as { meta: unknown; body: unknown }
    const [salmas, omars] = [await show(salmaDb), await show(omarDb)]
    expect(omars.meta).toEqual(salmas.meta)
    expect(omars.body).toEqual(salmas.body)

    const wrong = await midad(['join', hub.firstLine, '--token', 'A'.repeat(43), '--db', omarDb], en)
    expect(wrong.status).toBe(1)
    expect(wrong.stderr).toContain('refused the member token')
  })

  it('stops on SIGTERM and refuses a line without its data folder', async () => {
    expect((await midad(['hub', '--port', '0'], en)).status).toBe(2)
    hub = await spawnHub(['--port', '0', '--data', join(dir, 'hub')])
    hub.child.kill('SIGTERM')
    expect(await hub.ended).toBe(0)
  })
})
