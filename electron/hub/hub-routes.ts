import { createHash } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { isMediaId } from '../../shared/contract/media-id'
import { documentKind } from '../../shared/hub/article-record'
import { HUB_ARTICLES_PATH, HUB_MEMBER_PATH, HUB_PICTURE_MAX_BYTES, HUB_PICTURES_PATH, HUB_TOKEN_HEADER } from '../../shared/hub/hub-wire'
import type { Log } from '../core'
import type { HubDocuments } from './hub-documents'
import type { HubDatabase } from './hub-store'
import type { Member, Members } from './members'

export interface HubRoutes {
  /** True when the request was one of the hub's, and it has been answered. */
  handle(request: IncomingMessage, response: ServerResponse): Promise<boolean>
}

const answer = (response: ServerResponse, status: number, body: unknown) => {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
  response.end(JSON.stringify(body))
}

class TooLarge extends Error {}

async function bodyOf(request: IncomingMessage, max: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > max) throw new TooLarge()
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

/**
 * What travels over plain HTTP on the hub's port: who a token belongs to,
 * which articles the hub holds, and pictures by their content hash. A
 * picture's name is its hash, checked on arrival, so nobody can store one
 * picture under another's name.
 */
export function createHubRoutes(db: HubDatabase, members: Members, documents: HubDocuments, log: Log): HubRoutes {
  const selectPicture = db.prepare<[string], { bytes: Buffer }>('SELECT bytes FROM pictures WHERE hash = ?')
  const insertPicture = db.prepare<[string, string, Buffer, string, string]>(
    'INSERT OR IGNORE INTO pictures (hash, extension, bytes, member, received_at) VALUES (?, ?, ?, ?, ?)'
  )

  const admitted = (request: IncomingMessage, response: ServerResponse): Member | null => {
    const token = request.headers[HUB_TOKEN_HEADER]
    const verdict = members.admit(typeof token === 'string' ? token : '')
    if (typeof verdict === 'string') {
      answer(response, 401, { error: verdict })
      return null
    }
    return verdict
  }

  return {
    async handle(request, response) {
      const path = new URL(request.url ?? '/', 'http://hub').pathname
      if (path === HUB_MEMBER_PATH && request.method === 'GET') {
        const member = admitted(request, response)
        if (member) answer(response, 200, { name: member.name, role: member.role })
        return true
      }
      if (path === HUB_ARTICLES_PATH && request.method === 'GET') {
        if (!admitted(request, response)) return true
        const articles = documents.names().flatMap((name) => {
          const kind = documentKind(name)
          return kind?.kind === 'article' ? [kind.articleId] : []
        })
        answer(response, 200, { articles })
        return true
      }
      if (path.startsWith(HUB_PICTURES_PATH)) {
        const mediaId = path.slice(HUB_PICTURES_PATH.length)
        const member = admitted(request, response)
        if (!member) return true
        if (!isMediaId(mediaId)) {
          answer(response, 404, { error: 'not_found' })
          return true
        }
        const hash = mediaId.slice(0, 64)
        if (request.method === 'GET' || request.method === 'HEAD') {
          const row = selectPicture.get(hash)
          if (!row) answer(response, 404, { error: 'not_found' })
          else {
            response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': row.bytes.length })
            response.end(row.bytes)
          }
          return true
        }
        if (request.method === 'PUT') {
          if (member.role === 'web_desk') {
            answer(response, 403, { error: 'hub_read_only' })
            return true
          }
          let bytes: Buffer
          try {
            bytes = await bodyOf(request, HUB_PICTURE_MAX_BYTES)
          } catch (error) {
            answer(response, 413, { error: error instanceof TooLarge ? 'too_large' : 'unreadable' })
            return true
          }
          if (createHash('sha256').update(bytes).digest('hex') !== hash) {
            log.warn('a picture did not match its name and was refused', { member: member.name, mediaId })
            answer(response, 400, { error: 'hub_content_refused' })
            return true
          }
          insertPicture.run(hash, mediaId.slice(65), bytes, member.name, new Date().toISOString())
          answer(response, 200, { stored: mediaId })
          return true
        }
      }
      return false
    }
  }
}
