import { MidadError } from '../../../shared/contract/errors'
import { countBySeverity, type Finding } from '../../../shared/prepublish/finding'

/**
 * Export for publishing stops at the check's errors, before anything is
 * written; warnings are the desk's call and never stop it.
 */
export function refuseUnpublishable(findings: readonly Finding[]): void {
  const { error } = countBySeverity(findings)
  if (error > 0) throw new MidadError('export_blocked_by_check', { errors: error }, `${error} pre-publish errors`)
}
