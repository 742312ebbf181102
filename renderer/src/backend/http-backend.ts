import type { MidadApi } from '../../../shared/contract/api'
import { MidadFailure, type Result } from '../../../shared/contract/errors'
import { operationNames, type OperationName } from '../../../shared/contract/operations'
import { apiPathFor, TOKEN_HEADER } from '../../../shared/contract/wire'

export interface HttpBackendOptions {
  token: string | null
  /** Said when the host does not answer at all (stopped, crashed). */
  unreachableMessage: () => string
  fetch?: typeof fetch
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false
  const v = value as { ok?: unknown; error?: unknown }
  if (v.ok === true) return 'value' in v
  return v.ok === false && MidadFailure.safeParse(v.error).success
}

/**
 * The contract over the browser host's loopback HTTP: `POST /api/<operation>`
 * with the JSON input, answered by a JSON Result. A refusal before dispatch
 * (403) still carries a Result; anything that is not one becomes a failure
 * the journalist can read, never an exception.
 */
export function createHttpBackend(options: HttpBackendOptions): MidadApi {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init))
  const unreachable = (): Result<never> => ({
    ok: false,
    error: { code: 'internal', message: options.unreachableMessage() }
  })

  const call = async (name: OperationName, input: unknown): Promise<Result<unknown>> => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' }
    if (options.token) headers[TOKEN_HEADER] = options.token
    let response: Response
    try {
      response = await doFetch(apiPathFor(name), {
        method: 'POST',
        headers,
        body: JSON.stringify(input ?? {}),
        credentials: 'same-origin'
      })
    } catch {
      return unreachable()
    }
    let body: unknown
    try {
      body = await response.json()
    } catch {
      return unreachable()
    }
    return isResult(body) ? body : unreachable()
  }

  return Object.fromEntries(operationNames.map((name) => [name, (input: unknown) => call(name, input)])) as MidadApi
}
