import type { ErrorCode } from '../../shared/contract/errors'
import { isMessageKey } from '../../shared/i18n/translate'

/**
 * The message key for a refusal as the command line words it. Most refusals
 * read the same everywhere; where the interface's words point at something
 * on screen (the check panel), the command line has its own (`cli.error.*`).
 */
export function cliErrorKey(code: ErrorCode): string {
  const own = `cli.error.${code}`
  return isMessageKey(own) ? own : `error.${code}`
}
