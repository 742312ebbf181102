import { useCallback, useEffect, useState } from 'react'
import type { HubStatus } from '../../../shared/hub/hub-views'
import type { MidadFailure } from '../../../shared/contract/errors'
import { useBackend } from '../backend/backend-context'

/**
 * How this desk stands with its hub, kept current: asked once, then told by
 * the back side (hubChanged) as the connection comes and goes and changes are
 * sent. Null until the first answer; a desk without a hub has `link: null`.
 */
export function useHubStatus() {
  const { api, events } = useBackend()
  const [status, setStatus] = useState<HubStatus | null>(null)
  const [failure, setFailure] = useState<MidadFailure | null>(null)

  const refresh = useCallback(async () => {
    const asked = await api.hubStatus({})
    if (asked.ok) {
      setStatus(asked.value)
      setFailure(null)
    } else setFailure(asked.error)
  }, [api])

  useEffect(() => {
    let current = true
    void api.hubStatus({}).then((asked) => {
      if (!current) return
      if (asked.ok) setStatus(asked.value)
      else setFailure(asked.error)
    })
    const stop = events.subscribe((event) => {
      if (event.name === 'hubChanged') setStatus(event.payload)
    })
    return () => {
      current = false
      stop()
    }
  }, [api, events])

  return { status, failure, setStatus, refresh }
}
