import { contract, type OperationName } from './operations'
import type { CallContext, Handlers } from './api'
import { MidadError, type MidadFailure, type Result } from './errors'
import { translate, type Locale } from '../i18n/translate'

export function failure(error: MidadError, locale: Locale): MidadFailure {
  return {
    code: error.code,
    message: translate(locale, `error.${error.code}`, error.params),
    ...(error.params ? { params: error.params } : {})
  }
}

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name)
}

/**
 * The one gate every transport goes through: the operation must exist, its
 * raw payload must parse against the contract, and whatever goes wrong comes
 * back as a typed, translated failure — never a thrown stack.
 */
export async function dispatch(
  handlers: Handlers,
  name: unknown,
  raw: unknown,
  options: { locale: Locale; onUnexpected?: (error: unknown) => void; signal?: AbortSignal }
): Promise<Result<unknown>> {
  if (!isOperationName(name)) {
    return { ok: false, error: failure(new MidadError('unknown_operation'), options.locale) }
  }
  let parsed: ReturnType<(typeof contract)[typeof name]['input']['safeParse']>
  try {
    parsed = contract[name].input.safeParse(raw ?? {})
  } catch {
    // A payload nested deeper than the validator can recurse (a body of
    // 100,000 nested nodes) overflows the stack: it is bad input like any other.
    return { ok: false, error: failure(new MidadError('invalid_input', { field: '—' }), options.locale) }
  }
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    // An extra field has no path of its own: name the unexpected keys instead.
    const extra = issue && 'keys' in issue && Array.isArray(issue.keys) ? issue.keys.join(', ') : ''
    const where = [issue?.path.join('.'), extra].filter(Boolean).join(': ') || '—'
    return { ok: false, error: failure(new MidadError('invalid_input', { field: where }), options.locale) }
  }
  try {
    const handler = handlers[name] as (input: unknown, context: CallContext) => unknown
    const value = await handler(parsed.data, { signal: options.signal })
    return { ok: true, value: contract[name].output.parse(value) }
  } catch (error) {
    if (error instanceof MidadError) return { ok: false, error: failure(error, options.locale) }
    options.onUnexpected?.(error)
    return { ok: false, error: failure(new MidadError('internal'), options.locale) }
  }
}
