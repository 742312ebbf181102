import { z } from 'zod'
import { ArticleId } from '../article/article'
import { PersonRole } from '../people/person'

/**
 * How a desk and the hub talk besides the Yjs documents: plain HTTP on the
 * hub's own port, the member token in a header. Spelled here once so both
 * sides agree.
 */
export const HUB_TOKEN_HEADER = 'x-midad-hub-token'

/** GET: who the token's bearer is to the hub. */
export const HUB_MEMBER_PATH = '/member'
/** GET: the articles the hub holds. */
export const HUB_ARTICLES_PATH = '/articles'
/** GET or PUT `/pictures/<media id>`: a picture by the SHA-256 of its bytes. */
export const HUB_PICTURES_PATH = '/pictures/'

/** A stateless message the hub echoes once it has handled everything the desk sent before it. */
export const HUB_BARRIER_PREFIX = 'midad-barrier:'

/**
 * A document no one writes: every live desk keeps it open, and the hub says
 * on it (a stateless message) that an article it did not hold has arrived, so
 * desks fetch it at once rather than at their next look.
 */
export const HUB_NEWSROOM_DOCUMENT = 'newsroom'
export const HUB_ARTICLES_CHANGED = 'midad-articles-changed'

/** The largest picture the hub takes. */
export const HUB_PICTURE_MAX_BYTES = 40 * 1024 * 1024

export const HubMemberAnswer = z.object({ name: z.string(), role: PersonRole }).strict()
export type HubMemberAnswer = z.infer<typeof HubMemberAnswer>

export const HubArticlesAnswer = z.object({ articles: z.array(ArticleId).max(100_000) }).strict()
export type HubArticlesAnswer = z.infer<typeof HubArticlesAnswer>

export const HubRefusalAnswer = z.object({ error: z.enum(['hub_token_refused', 'hub_member_expired', 'hub_read_only', 'hub_content_refused']) }).strict()

/** The ws:// or wss:// address's HTTP twin, for the requests above. */
export function httpBaseOf(url: string): string {
  const parsed = new URL(url)
  parsed.protocol = parsed.protocol === 'wss:' ? 'https:' : 'http:'
  return parsed.toString().replace(/\/$/, '')
}
