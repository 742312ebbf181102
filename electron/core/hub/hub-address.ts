import { MidadError } from '../../../shared/contract/errors'
import { HUB_URL_MAX } from '../../../shared/hub/hub-views'
import { HubArticlesAnswer, HubMemberAnswer, HubRefusalAnswer, HUB_ARTICLES_PATH, HUB_MEMBER_PATH, HUB_TOKEN_HEADER, httpBaseOf } from '../../../shared/hub/hub-wire'

/** A hub address as typed: ws:// or wss:// with a host, nothing else (hub_address_invalid). */
export function checkHubAddress(text: string): string {
  const trimmed = text.trim()
  let url: URL
  try {
    url = new URL(trimmed)
  } catch {
    throw new MidadError('hub_address_invalid', undefined, 'not an address')
  }
  if ((url.protocol !== 'ws:' && url.protocol !== 'wss:') || url.hostname === '' || trimmed.length > HUB_URL_MAX || url.username || url.password) {
    throw new MidadError('hub_address_invalid', undefined, `protocol ${url.protocol}`)
  }
  return url.toString().replace(/\/$/, '')
}

const ASK_TIMEOUT_MS = 10_000

/** GETs one of the hub's plain HTTP answers with the member token, checked against its schema. */
async function ask<T>(url: string, token: string, path: string, parse: (body: unknown) => T): Promise<T> {
  let response: Response
  try {
    response = await fetch(httpBaseOf(url) + path, { headers: { [HUB_TOKEN_HEADER]: token }, signal: AbortSignal.timeout(ASK_TIMEOUT_MS) })
  } catch (error) {
    throw new MidadError('hub_unreachable', { url }, error instanceof Error ? error.message : String(error))
  }
  let body: unknown
  try {
    body = await response.json()
  } catch {
    throw new MidadError('hub_unreachable', { url }, `not a hub's answer (HTTP ${response.status})`)
  }
  if (response.status === 401) {
    const refusal = HubRefusalAnswer.safeParse(body)
    throw new MidadError(refusal.success && refusal.data.error === 'hub_member_expired' ? 'hub_member_expired' : 'hub_token_refused')
  }
  try {
    return parse(body)
  } catch {
    throw new MidadError('hub_unreachable', { url }, `not a hub's answer (HTTP ${response.status})`)
  }
}

/** Who the hub says the token belongs to; refused with the hub's reason, or hub_unreachable. */
export const askMember = (url: string, token: string): Promise<HubMemberAnswer> => ask(url, token, HUB_MEMBER_PATH, (body) => HubMemberAnswer.parse(body))

/** Every article the hub holds. */
export const askArticles = async (url: string, token: string): Promise<string[]> =>
  (await ask(url, token, HUB_ARTICLES_PATH, (body) => HubArticlesAnswer.parse(body))).articles
