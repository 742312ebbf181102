import { z } from 'zod'
import { ArticleId } from '../article/article'
import { HubStatus } from '../hub/hub-views'
import type { EventName } from './event-names'

/**
 * What the back side tells the renderer without being asked: Electron sends
 * these on IPC, the browser host as server-sent events. The renderer checks
 * each against its schema before acting on it.
 */
export const contractEvents = {
  // An article changed in this back side: a window's edit, a whole draft, a status, a restore, an import, a deletion.
  articleChanged: z.object({ id: ArticleId, change: z.enum(['created', 'edited', 'status', 'restored', 'deleted']) }).strict(),
  // The desk's standing with its hub changed: connected, offline, changes sent or waiting.
  hubChanged: HubStatus,
  // The system opened a .midad file with the app while it runs: takeOpenedBundles has it.
  bundlesWaiting: z.object({}).strict()
} as const satisfies Record<EventName, z.ZodType>

export type EventPayload<K extends EventName> = z.infer<(typeof contractEvents)[K]>
export type ContractEvent = { [K in EventName]: { name: K; payload: EventPayload<K> } }[EventName]

/** The event, checked; null for a name or payload this build does not know. */
export function parseEvent(name: unknown, payload: unknown): ContractEvent | null {
  if (typeof name !== 'string' || !(name in contractEvents)) return null
  const parsed = contractEvents[name as EventName].safeParse(payload)
  return parsed.success ? ({ name, payload: parsed.data } as ContractEvent) : null
}
