import type { ServerResponse } from 'node:http'
import { MidadError, type ErrorCode, type ErrorParams } from '../../shared/contract/errors'
import { failure } from '../../shared/contract/dispatch'
import type { Locale } from '../../shared/i18n/translate'

export const HOST_LOCALE: Locale = 'ar'

/** Headers every answer carries, whatever it is. */
export function setBaseHeaders(res: ServerResponse): void {
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('Referrer-Policy', 'no-referrer')
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin')
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value)
  res.statusCode = status
  res.setHeader('Content-Type', 'application/json; charset=utf-8')
  res.setHeader('Cache-Control', 'no-store')
  res.setHeader('Content-Length', Buffer.byteLength(body))
  res.end(body)
}

/** A refusal in the same typed, translated shape as any contract failure. */
export function sendFailure(res: ServerResponse, status: number, code: ErrorCode, params?: ErrorParams): void {
  sendJson(res, status, { ok: false, error: failure(new MidadError(code, params), HOST_LOCALE) })
}

export function sendNotFound(res: ServerResponse): void {
  sendFailure(res, 404, 'not_found')
}
