// Links a published article may carry: the web and e-mail. Anything else
// (javascript:, data:, file:, app schemes) is refused when typed, pasted or stored.
const allowed = /^(https?:\/\/|mailto:)/i

export function isAllowedLinkHref(href: string): boolean {
  const trimmed = href.trim()
  return trimmed.length > 0 && trimmed.length <= 2048 && allowed.test(trimmed) && !/[\s<>"]/.test(trimmed)
}
