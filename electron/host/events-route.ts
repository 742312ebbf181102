import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ContractEvent } from '../../shared/contract/events'
import { sendFailure } from './responses'

/** Where the host hears core's events. */
export interface EventSource {
  subscribe(listener: (event: ContractEvent) => void): () => void
}

// A comment line now and then keeps an idle stream open through anything that times out quiet connections.
const HEARTBEAT_MS = 25_000

/**
 * `GET /events`: the contract's events as server-sent events, one `event:`
 * named by the contract with its payload as JSON, for as long as the page
 * listens. The caller has already checked the Host, the Origin and the token.
 */
export function handleEvents(req: IncomingMessage, res: ServerResponse, events: EventSource | undefined): void {
  if (req.method !== 'GET') {
    req.resume()
    sendFailure(res, 405, 'invalid_input', { field: 'method' })
    return
  }
  res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' })
  res.write(': midad events\n\n')
  const stop = events?.subscribe((event) => res.write(`event: ${event.name}\ndata: ${JSON.stringify(event.payload)}\n\n`)) ?? (() => undefined)
  const heartbeat = setInterval(() => res.write(': still here\n\n'), HEARTBEAT_MS)
  heartbeat.unref()
  const end = () => {
    clearInterval(heartbeat)
    stop()
  }
  req.on('close', end)
  res.on('error', end)
}
