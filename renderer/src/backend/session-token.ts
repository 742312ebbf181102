const STORAGE_KEY = 'midad.token'

/**
 * The browser host opens the page as `/?token=…`. The token is kept for this
 * tab only and taken out of the address bar at once, so it does not end up in
 * history, bookmarks or a screenshot.
 */
export function takeSessionToken(location: Location, history: History, storage: Storage): string | null {
  const url = new URL(location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    storage.setItem(STORAGE_KEY, fromUrl)
    url.searchParams.delete('token')
    history.replaceState(history.state, '', url.pathname + url.search + url.hash)
    return fromUrl
  }
  return storage.getItem(STORAGE_KEY)
}
