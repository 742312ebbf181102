import type { MidadApi } from '../../../shared/contract/api'

/** A failure as one line: a refusal's code and message, an exception's message, or what it says of itself. */
function describeFailure(failure: unknown): string {
  if (failure && typeof failure === 'object' && 'code' in failure && 'message' in failure) return `${String(failure.code)}: ${String(failure.message)}`
  if (failure instanceof Error) return failure.message
  return String(failure)
}

/**
 * A failure the window gets past without troubling the journalist (the
 * defaults stand in, a face loads later) goes to the log beside the database,
 * where the desk can find it. A report that cannot be sent has nowhere left
 * to go, so it is let be.
 */
export function reportProblem(api: MidadApi, what: string, failure: unknown, level: 'warn' | 'error' = 'warn'): void {
  const detail = describeFailure(failure).slice(0, 4000)
  void api.reportProblem({ level, what: what.slice(0, 200), detail }).catch(() => undefined)
}
