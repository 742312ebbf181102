import { useEffect, useState } from 'react'
import type { OpenedBundle } from '../../../shared/bundle/opened-bundle'
import { useBackend } from '../backend/backend-context'

// Taken from the back side, not yet shown. Outside React: the back side gives
// each bundle once, and one taken just as the library goes away (an article
// opens) must still be shown when it comes back.
const handed: OpenedBundle[] = []

/**
 * Review bundles the system opened with Midad (a double-click, "open with",
 * the host's command line): taken when the library comes up and whenever the
 * back side says more are waiting, then shown one at a time, the next once
 * nothing else is being opened.
 */
export function useHandedBundles(show: (bundle: OpenedBundle) => void, occupied: boolean): void {
  const { api, events } = useBackend()
  const [arrived, setArrived] = useState(0)

  useEffect(() => {
    const take = () =>
      void api.takeOpenedBundles({}).then((taken) => {
        if (!taken.ok || taken.value.length === 0) return
        handed.push(...taken.value)
        setArrived((n) => n + 1)
      })
    take()
    return events.subscribe((event) => event.name === 'bundlesWaiting' && take())
  }, [api, events])

  useEffect(() => {
    if (occupied) return
    const next = handed.shift()
    if (next) show(next)
  }, [occupied, arrived, show])
}
