import { articleIdOfHref } from './internal-link'

// Links a published article may carry: the web, e-mail, and another article in
// the library (shared/schema/internal-link.ts). Anything else (javascript:,
// data:, file:, other app schemes) is refused when typed, pasted or stored.
const allowed = /^(https?:\/\/|mailto:)/i

export function isAllowedLinkHref(href: string): boolean {
  const trimmed = href.trim()
  if (articleIdOfHref(trimmed) !== null) return true
  return trimmed.length > 0 && trimmed.length <= 2048 && allowed.test(trimmed) && !/[\s<>"]/.test(trimmed)
}
