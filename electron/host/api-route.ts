import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Handlers } from '../../shared/contract/api'
import type { Log } from '../core'
import { dispatch } from '../../shared/contract/dispatch'
import { HOST_LOCALE, sendFailure, sendJson } from './responses'

/**
 * The largest request body: a picture at the contract's image limit, base64
 * encoded inside JSON, fits with room to spare.
 */
export const MAX_BODY_BYTES = 40 * 1024 * 1024

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'])
    if (Number.isFinite(declared) && declared > limit) {
      reject(new BodyTooLarge())
      return
    }
    const chunks: Buffer[] = []
    let size = 0
    let refused = false
    req.on('data', (chunk: Buffer) => {
      if (refused) return
      size += chunk.length
      if (size > limit) {
        refused = true
        chunks.length = 0
        reject(new BodyTooLarge())
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => {
      if (!refused) resolve(Buffer.concat(chunks))
    })
    req.on('error', reject)
  })
}

function parseJson(bytes: Buffer): { ok: true; value: unknown } | { ok: false } {
  const text = bytes.toString('utf8')
  if (text.trim() === '') return { ok: true, value: undefined }
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return { ok: false }
  }
}

/** `POST /api/<operation>`: the contract's dispatch, over HTTP. */
export async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  operation: string,
  handlers: Handlers,
  log?: Log
): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST')
    sendFailure(res, 405, 'invalid_input', { field: 'method' })
    req.resume()
    return
  }
  let bytes: Buffer
  try {
    bytes = await readBody(req, MAX_BODY_BYTES)
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      // The rest of an oversized upload is not worth reading: answer, then hang up.
      res.setHeader('Connection', 'close')
      sendFailure(res, 413, 'invalid_input', { field: 'body' })
      res.on('finish', () => req.destroy())
      return
    }
    throw error
  }
  const parsed = parseJson(bytes)
  if (!parsed.ok) {
    sendFailure(res, 400, 'invalid_input', { field: 'JSON' })
    return
  }
  // A client that hangs up no longer waits: its import stops rather than
  // running on to create an article nobody sees.
  const gone = new AbortController()
  res.on('close', () => {
    if (!res.writableFinished) gone.abort()
  })
  const result = await dispatch(handlers, operation, parsed.value, {
    locale: HOST_LOCALE,
    signal: gone.signal,
    onUnexpected: (error) => {
      console.error('[midad host] unexpected error in', operation, error)
      log?.error('an operation failed unexpectedly', { operation, error })
    }
  })
  sendJson(res, 200, result)
}
