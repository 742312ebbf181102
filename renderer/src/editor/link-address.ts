import { isAllowedLinkHref } from '../../../shared/schema/link-policy'

/**
 * What the journalist typed into the link box, as the link the article may
 * carry: a bare address gets https://, a bare e-mail gets mailto:. Anything
 * the link policy refuses (javascript:, file:, spaces…) comes back null.
 */
export function linkAddressFrom(typed: string): string | null {
  const text = typed.trim()
  if (text === '') return null
  let href = text
  if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) {
    if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(text)) href = `mailto:${text}`
    else if (/^[^\s/]+\.[^\s/]+/.test(text)) href = `https://${text.replace(/^\/\//, '')}`
  }
  return isAllowedLinkHref(href) ? href : null
}
