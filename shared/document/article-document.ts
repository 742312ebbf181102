import type * as Y from 'yjs'
import { updateYFragment, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { emptyMeta, type ArticleMeta } from '../article/meta'
import { emptyBody, type ArticleBody } from '../article/body'
import { retypeText } from './retype-text'

/**
 * The article as a Yjs document: what two desks edit apart and merge. The body
 * is the XML fragment Tiptap's collaboration binding edits; the headline and
 * the other lines of words are shared texts, so two desks' edits of one line
 * both survive; the rest of the metadata are values the later writer replaces.
 *
 * Every part is a top-level type, named: two replicas that each create a part
 * on their own still hold the same part, where a type nested in a map would
 * exist twice and lose one side's words.
 */

/** Raised whenever the layout below changes; a document from a newer layout is not opened for editing. */
export const ARTICLE_DOCUMENT_LAYOUT = 2

/** Tiptap Collaboration's `field`. */
export const BODY_FIELD = 'body'

export const mergedLines = ['kicker', 'headline', 'dek', 'dateline', 'seoTitle', 'seoDescription'] as const
export const replacedValues = ['section', 'bylines', 'tags', 'slug', 'slugIsCustom', 'slugScript', 'leadImage'] as const

type MergedLine = (typeof mergedLines)[number]
type ReplacedValue = (typeof replacedValues)[number]
// Every metadata field is in exactly one list: a field added to the article and
// forgotten here fails to compile instead of silently never travelling.
type Unlisted = Exclude<keyof ArticleMeta, MergedLine | ReplacedValue>
const everyFieldListed: Unlisted extends never ? true : Unlisted = true
void everyFieldListed

const lineText = (doc: Y.Doc, field: MergedLine): Y.Text => doc.getText(`meta.${field}`)
const valuesOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('meta')
const aboutOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('document')
const writersOf = (doc: Y.Doc): Y.Map<string> => doc.getMap('writers')

export const bodyFragment = (doc: Y.Doc): Y.XmlFragment => doc.getXmlFragment(BODY_FIELD)

/** What the document says, before any check: the caller validates it against the article schema. */
export interface DocumentContent {
  meta: ArticleMeta
  body: ArticleBody
}

export function readMeta(doc: Y.Doc): ArticleMeta {
  const meta: Record<string, unknown> = { ...emptyMeta }
  for (const field of mergedLines) meta[field] = lineText(doc, field).toString()
  const values = valuesOf(doc)
  for (const field of replacedValues) if (values.has(field)) meta[field] = values.get(field)
  return meta as ArticleMeta
}

export function readBody(doc: Y.Doc): ArticleBody {
  const fragment = bodyFragment(doc)
  // An empty fragment is a document nobody has written in yet: the editor shows one empty paragraph.
  if (fragment.length === 0) return emptyBody()
  return yXmlFragmentToProsemirrorJSON(fragment) as ArticleBody
}

export const readContent = (doc: Y.Doc): DocumentContent => ({ meta: readMeta(doc), body: readBody(doc) })

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** Writes only what differs from the document, so the update carries just this edit. */
export function writeMeta(doc: Y.Doc, meta: ArticleMeta, origin?: unknown): void {
  doc.transact(() => {
    for (const field of mergedLines) retypeText(lineText(doc, field), meta[field])
    const values = valuesOf(doc)
    for (const field of replacedValues) {
      if (!values.has(field) || !sameValue(values.get(field), meta[field])) values.set(field, meta[field])
    }
  }, origin)
}

/**
 * Brings the body to `body` (already checked against the schema) with the
 * smallest change the binding finds: unchanged paragraphs stay the same
 * shared items, so a desk's concurrent edit of them still merges.
 */
export function writeBody(doc: Y.Doc, body: ProseMirrorNode, origin?: unknown): void {
  doc.transact(() => updateYFragment(doc, bodyFragment(doc), body, { mapping: new Map(), isOMark: new Map() }), origin)
}

export function markLayout(doc: Y.Doc): void {
  const about = aboutOf(doc)
  if (about.get('layout') !== ARTICLE_DOCUMENT_LAYOUT) about.set('layout', ARTICLE_DOCUMENT_LAYOUT)
}

/** The layout the document was last written with; undefined for a document that never said. */
export function layoutOf(doc: Y.Doc): number | undefined {
  const layout = aboutOf(doc).get('layout')
  return typeof layout === 'number' ? layout : undefined
}

/** True when some update is waiting for another it depends on: its words are not in the document yet. */
export const hasMissingUpdates = (doc: Y.Doc): boolean => doc.store.pendingStructs !== null || doc.store.pendingDs !== null

/**
 * Who writes with each Yjs client of the document: a person's id under the
 * client's number. It is part of the document, so it travels and merges with
 * the words it names (two clients never share a number, so two desks never
 * write the same key). Words of a client not named here were written before
 * anyone was recorded (an article converted from before documents).
 */
export function writerOf(doc: Y.Doc, client: number): string | null {
  return writersOf(doc).get(String(client)) ?? null
}

export function nameWriter(doc: Y.Doc, client: number, personId: string): void {
  writersOf(doc).set(String(client), personId)
}

/** Every person named as a writer of the document. */
export const writerIds = (doc: Y.Doc): string[] => [...new Set(writersOf(doc).values())]
