import { isAllowedLinkHref } from '../schema/link-policy'

// Query parameters that only tell an advertiser where a reader came from.
const trackingParameter = /^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga|igshid|yclid)$/i

// Redirectors that wrap the real address (Google Docs, search results, Facebook,
// Outlook safe links): the article links to the destination, not the tracker.
function unwrapRedirect(url: URL): URL {
  const host = url.hostname.toLowerCase()
  const target =
    (/(^|\.)google\.[a-z.]+$/.test(host) && url.pathname === '/url' && (url.searchParams.get('q') ?? url.searchParams.get('url'))) ||
    (/^l[m]?\.facebook\.com$/.test(host) && url.pathname === '/l.php' && url.searchParams.get('u')) ||
    (/safelinks\.protection\.outlook\.com$/.test(host) && url.searchParams.get('url')) ||
    null
  if (!target) return url
  try {
    return new URL(target)
  } catch {
    return url
  }
}

/**
 * The address a pasted or imported link keeps, or null when the link must go
 * (javascript:, data:, file:, relative addresses the article cannot resolve).
 */
export function cleanLinkHref(href: string | null): string | null {
  if (!href || !isAllowedLinkHref(href)) return null
  const trimmed = href.trim()
  // Only web addresses carry trackers; mail and library links are kept as they are.
  if (!/^https?:/i.test(trimmed)) return trimmed
  let url: URL
  try {
    url = unwrapRedirect(new URL(trimmed))
  } catch {
    return null
  }
  for (const name of [...url.searchParams.keys()]) {
    if (trackingParameter.test(name)) url.searchParams.delete(name)
  }
  const cleaned = url.toString()
  return isAllowedLinkHref(cleaned) ? cleaned : null
}
