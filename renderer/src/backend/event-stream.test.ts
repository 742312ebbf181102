import { describe, expect, it } from 'vitest'
import type { ContractEvent } from '../../../shared/contract/events'
import { appEvents, hostEvents } from './event-stream'

const id = '3f2b8c1e-9d4a-4e6b-8a1c-5b7d9e0f1a2b'

/** Just enough of EventSource: named listeners, and a way to play a message. */
class FakeSource {
  static opened: FakeSource[] = []
  readonly listeners = new Map<string, (message: { data: string }) => void>()
  closed = false
  constructor(readonly path: string) {
    FakeSource.opened.push(this)
  }
  addEventListener(name: string, listener: (message: { data: string }) => void) {
    this.listeners.set(name, listener)
  }
  close() {
    this.closed = true
  }
  play(name: string, data: string) {
    this.listeners.get(name)?.({ data })
  }
}

describe('events from the back side', () => {
  it('from the host: one stream at /events for the page, each event checked, closed with the last listener', () => {
    FakeSource.opened = []
    const dropped: string[] = []
    const events = hostEvents((path) => new FakeSource(path) as unknown as EventSource, (name, payload) => dropped.push(`${name} ${payload}`))
    const heard: ContractEvent[] = []
    const stopOne = events.subscribe((event) => heard.push(event))
    const stopTwo = events.subscribe(() => undefined)
    expect(FakeSource.opened.map((source) => source.path)).toEqual(['/events'])
    const source = FakeSource.opened[0]!
    source.play('articleChanged', JSON.stringify({ id, change: 'edited' }))
    source.play('articleChanged', JSON.stringify({ id: 'not-an-id', change: 'edited' }))
    source.play('articleChanged', '{broken')
    source.play('articleChanged', JSON.stringify({ id, change: 'edited', extra: true }))
    expect(heard).toEqual([{ name: 'articleChanged', payload: { id, change: 'edited' } }])
    // Each one dropped is told, for the log.
    expect(dropped).toEqual([
      `articleChanged ${JSON.stringify({ id: 'not-an-id', change: 'edited' })}`,
      'articleChanged {broken',
      `articleChanged ${JSON.stringify({ id, change: 'edited', extra: true })}`
    ])
    stopOne()
    expect(source.closed).toBe(false)
    stopTwo()
    expect(source.closed).toBe(true)
  })

  it('from the app’s preload: the same checks, names unknown to the contract dropped', () => {
    let deliver: (name: string, payload: unknown) => void = () => undefined
    const dropped: string[] = []
    const events = appEvents({ subscribe: (listener) => ((deliver = listener), () => undefined) }, (name) => dropped.push(name))
    const heard: ContractEvent[] = []
    events.subscribe((event) => heard.push(event))
    deliver('articleChanged', { id, change: 'status' })
    deliver('somethingElse', { id })
    deliver('articleChanged', { id, change: 'exploded' })
    expect(heard).toEqual([{ name: 'articleChanged', payload: { id, change: 'status' } }])
    expect(dropped).toEqual(['somethingElse', 'articleChanged'])
  })
})
