/**
 * Which screen the window shows, kept in the address (`#/article/<id>`) so a
 * reload comes back to the article that was open rather than to the library.
 * The hash never reaches the server and leaves the session token's handling
 * (session-token.ts) alone. History state remembers whether the article was
 * created just now, which decides whether backing out of it empty removes it.
 */
export type ScreenAddress = { screen: 'library' } | { screen: 'article'; id: string; fresh: boolean }

const articleHash = /^#\/article\/([0-9a-fA-F-]{36})$/

export function readScreenAddress(hash: string, state: unknown): ScreenAddress {
  const match = articleHash.exec(hash)
  if (!match) return { screen: 'library' }
  const fresh = typeof state === 'object' && state !== null && (state as { fresh?: unknown }).fresh === true
  return { screen: 'article', id: match[1]!, fresh }
}

/** Replaces the address rather than adding to history: the app has its own Back, and the browser's stays out of the way. */
export function writeScreenAddress(history: History, location: Location, address: ScreenAddress): void {
  const base = location.pathname + location.search
  if (address.screen === 'library') history.replaceState(null, '', base)
  else history.replaceState({ fresh: address.fresh }, '', `${base}#/article/${address.id}`)
}
