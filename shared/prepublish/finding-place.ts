import type { MessageKey } from '../i18n/ar'
import type { FindingLocation } from './finding'

/**
 * Where a finding is, in words (translated by the caller): a metadata field by
 * its label, a body block by its number counted from 1 — "2.1" is the first
 * paragraph inside the second block (a quote, a list) — and, for a figure's
 * caption or credit or a quote's attribution, that field of the block.
 */
export function findingPlace(location: FindingLocation): { key: MessageKey; params?: Record<string, string> } {
  if (location.kind === 'meta') return { key: `check.where.${location.field}` }
  const params = { block: location.path.map((index) => index + 1).join('.') }
  const part = location.part
  if (part === 'caption' || part === 'credit' || part === 'attribution') return { key: `check.where.body.${part}`, params }
  return { key: 'check.where.body', params }
}
