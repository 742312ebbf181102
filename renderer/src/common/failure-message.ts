import type { MidadFailure } from '../../../shared/contract/errors'
import type { Translate } from '../i18n/locale-context'

/**
 * A failure from the back side, in the interface's language. The back side
 * translates into its own locale (the host's is Arabic); the code and params
 * are enough to say it again in the language on screen. `internal` keeps its
 * text: the client writes it itself when the host cannot be reached.
 */
export function failureMessage(t: Translate, failure: MidadFailure): string {
  if (failure.code === 'internal') return failure.message
  return t(`error.${failure.code}`, failure.params)
}
