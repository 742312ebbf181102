import { beforeAll, describe, expect, it, vi } from 'vitest'
import { operationNames } from '../../shared/contract/operations'
import { fake } from '../main/testing/fake-electron'

vi.mock('electron', async () => (await import('../main/testing/fake-electron')).fake.module)

beforeAll(async () => {
  await import('./index')
})

describe('what preload gives the page', () => {
  it('exposes only window.midad and window.midadEvents', () => {
    expect([...fake.contextBridge.exposed.keys()]).toEqual(['midad', 'midadEvents'])
  })

  it('hands the page the contract’s events from their one channel, and a way to stop listening', () => {
    const events = fake.contextBridge.exposed.get('midadEvents') as { subscribe(listener: (name: string, payload: unknown) => void): () => void }
    expect(Object.keys(events)).toEqual(['subscribe'])
    const heard: unknown[] = []
    const stop = events.subscribe((name, payload) => heard.push([name, payload]))
    fake.ipcRenderer.receive('midad:event', { name: 'articleChanged', payload: { id: 'x', change: 'edited' } })
    fake.ipcRenderer.receive('midad:other', { name: 'articleChanged', payload: {} })
    fake.ipcRenderer.receive('midad:event', 'not an event')
    stop()
    fake.ipcRenderer.receive('midad:event', { name: 'articleChanged', payload: { id: 'y', change: 'edited' } })
    expect(heard).toEqual([['articleChanged', { id: 'x', change: 'edited' }]])
  })

  it('has exactly the contract operations, all functions', () => {
    const api = fake.contextBridge.exposed.get('midad') as Record<string, unknown>
    expect(Object.keys(api).sort()).toEqual([...operationNames].sort())
    for (const name of operationNames) expect(typeof api[name]).toBe('function')
  })

  it('sends each operation on its own channel with the input as given', async () => {
    const api = fake.contextBridge.exposed.get('midad') as Record<string, (input: unknown) => Promise<unknown>>
    for (const name of operationNames) {
      fake.ipcRenderer.invoked.length = 0
      const input = { probe: name }
      await expect(api[name]!(input)).resolves.toEqual({ ok: true, value: `midad:${name}` })
      expect(fake.ipcRenderer.invoked).toEqual([{ channel: `midad:${name}`, args: [input] }])
    }
  })
})
