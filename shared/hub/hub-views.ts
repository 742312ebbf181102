import { z } from 'zod'
import { ArticleId } from '../article/article'
import { PersonRole } from '../people/person'

/** A hub address as typed in Settings: ws:// or wss://, nothing else. */
export const HUB_URL_MAX = 2048
export const HUB_TOKEN_MAX = 512

const count = z.number().int().nonnegative()

/**
 * How this desk stands with its hub:
 * - synced: every shared article is as on the hub;
 * - sending: connected, changes on their way (`waiting`);
 * - connecting: trying to reach the hub;
 * - offline: the hub cannot be reached; edits wait here and go on reconnect;
 * - refused: the hub refused this desk's token (wrong, revoked or expired).
 */
export const HubState = z.enum(['synced', 'sending', 'connecting', 'offline', 'refused'])
export type HubState = z.infer<typeof HubState>

export const HubLink = z.object({
  url: z.string(),
  /** Who the hub knows this desk as, from its member token. */
  memberName: z.string().nullable(),
  role: PersonRole.nullable(),
  /** The web desk reads: it never sends. */
  readOnly: z.boolean(),
  state: HubState,
  /** Changes made here that the hub has not confirmed yet, over all shared articles. */
  waiting: count,
  lastSyncedAt: z.string().nullable()
}).strict()
export type HubLink = z.infer<typeof HubLink>

/** One shared article's standing, for its library row. */
export const SharedArticleState = z.object({
  id: ArticleId,
  state: z.enum(['synced', 'waiting', 'offline']),
  waiting: count
}).strict()
export type SharedArticleState = z.infer<typeof SharedArticleState>

export const HubStatus = z.object({
  /** Null when this desk has not joined a hub: everything works without one. */
  link: HubLink.nullable(),
  shared: z.array(SharedArticleState)
}).strict()
export type HubStatus = z.infer<typeof HubStatus>
