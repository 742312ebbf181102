import type { ErrorParams, MidadFailure } from '../../../shared/contract/errors'
import type { MessageKey } from '../../../shared/i18n/ar'
import type { Translate } from '../i18n/locale-context'
import { failureMessage } from './failure-message'

/**
 * What a screen has to say, kept as a message key (or the back side's
 * failure, code and params) and put into words only when drawn: a message
 * still on screen when the journalist switches language follows the switch.
 */
export type ShownMessage = { key: MessageKey; params?: ErrorParams } | { failure: MidadFailure }

export const said = (key: MessageKey, params?: ErrorParams): ShownMessage => ({ key, params })
export const refused = (failure: MidadFailure): ShownMessage => ({ failure })

export function messageText(t: Translate, message: ShownMessage | string): string {
  if (typeof message === 'string') return message
  return 'failure' in message ? failureMessage(t, message.failure) : t(message.key, message.params)
}
