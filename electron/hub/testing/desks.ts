// Test support: desks (Cores on their own SQLite files) around one hub.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as Y from 'yjs'
import { openCore, type Core, type Log } from '../../core'
import { underReview } from '../../core/testing'
import type { PersonRole } from '../../../shared/people/person'
import { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { readContent, writeBody } from '../../../shared/document/article-document'
import { articleSchema } from '../../../shared/schema/article-schema'

export interface Desk {
  core: Core
  dir: string
  /** What core wrote to its log, warnings and errors. */
  logged: { level: string; message: string }[]
}

/** `pollMs`: how often a live desk looks for new hub articles by itself; short, unless a test needs it never to. */
export function openDesk(name: string, role: PersonRole, pollMs = 50): Desk {
  const dir = mkdtempSync(join(tmpdir(), 'midad-desk-'))
  const logged: Desk['logged'] = []
  const log: Log = {
    info: () => undefined,
    warn: (message) => void logged.push({ level: 'warn', message }),
    error: (message) => void logged.push({ level: 'error', message })
  }
  const core = openCore({ dbPath: join(dir, 'midad.sqlite'), log, projectionIdleMs: 5, hub: { pollMs, reconnect: { minDelay: 10, maxDelay: 50 } } })
  core.saveProfile({ name, role })
  return { core, dir, logged }
}

export function closeDesk(desk: Desk): void {
  desk.core.close()
  rmSync(desk.dir, { recursive: true, force: true })
}

/** The article's document as the desk holds it. */
export function documentAt(desk: Desk, id: string): Y.Doc {
  const doc = new Y.Doc()
  Y.applyUpdateV2(doc, desk.core.openArticleDocument(id))
  return doc
}

/** What a person would compare: the words and metadata, and the Yjs state itself. */
export function sameArticle(a: Desk, b: Desk, id: string): { content: [string, string]; vectors: [string, string] } {
  const [docA, docB] = [documentAt(a, id), documentAt(b, id)]
  return {
    content: [JSON.stringify(readContent(docA)), JSON.stringify(readContent(docB))],
    vectors: [Buffer.from(Y.encodeStateVector(docA)).toString('hex'), Buffer.from(Y.encodeStateVector(docB)).toString('hex')]
  }
}

/** Rewrites the article's paragraphs in a window, as typing there would, and commits it. */
export function typeParagraphs(desk: Desk, id: string, ...texts: string[]): void {
  const window = underReview.openWindow(desk.core, id)
  underReview.sendEdit(desk.core, id, window, (doc) => writeBody(doc, ProseMirrorNode.fromJSON(articleSchema(), underReview.plainBody(...texts))))
}
