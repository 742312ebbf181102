import type { MessageKey } from '../../shared/i18n/ar'

/** The command line was written wrongly: exit code 2, nothing was touched. */
export class UsageError extends Error {
  readonly key: MessageKey
  readonly params: Record<string, string | number>
  constructor(key: MessageKey, params: Record<string, string | number> = {}) {
    super(key)
    this.name = 'UsageError'
    this.key = key
    this.params = params
  }
}
