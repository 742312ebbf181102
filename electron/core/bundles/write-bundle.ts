import { readFile } from 'node:fs/promises'
import * as Y from 'yjs'
import type { Article } from '../../../shared/article/article'
import { bundleToSign, sealBundle } from '../../../shared/bundle/bundle-frame'
import { packParts, writeBundleBody } from '../../../shared/bundle/bundle-body'
import type { BundleManifest, BundlePurpose } from '../../../shared/bundle/bundle-manifest'
import { isMediaId } from '../../../shared/contract/media-id'
import { writerIds } from '../../../shared/document/article-document'
import type { Person } from '../../../shared/people/person'
import { readThreads } from '../../../shared/review/review-threads'
import { readDecisions } from '../../../shared/review/suggestion-records'
import { articleFigures } from '../export/article-figures'
import type { ThisDevice } from '../people/people-store'
import { suggestionViews } from '../review/suggestion-choices'
import type { IncomingRevision, IncomingStatusChange, RevisionPins } from '../travel/incoming'
import { compressParts } from './bundle-compression'
import { signBundle } from './bundle-signing'

/** What writing a bundle reads from the library. */
export interface BundleLibrary {
  /** The article, its row brought up to its document (not_found otherwise). */
  article(id: string): Article
  /** The document's whole state now (v2). */
  state(id: string): Uint8Array
  revisions(id: string): IncomingRevision[]
  statusChanges(id: string): IncomingStatusChange[]
  pins(id: string): RevisionPins
  person(id: string): Person | null
  profile(): Person | null
  device(): ThisDevice
  /** The stored file of a picture, or null when this desk does not have it. */
  picturePath(mediaId: string): string | null
}

/** Everyone the document names: its writers, who commented, resolved, was mentioned, suggested or decided. */
export function peopleInDocument(doc: Y.Doc): string[] {
  const ids = writerIds(doc)
  for (const thread of readThreads(doc)) {
    ids.push(thread.by, ...(thread.stateBy ? [thread.stateBy] : []))
    for (const reply of thread.replies) ids.push(reply.by, ...reply.mentions)
  }
  for (const suggestion of suggestionViews(doc)) if (suggestion.author) ids.push(suggestion.author.by)
  for (const decision of readDecisions(doc)) ids.push(decision.by, ...(decision.suggestedBy ? [decision.suggestedBy] : []))
  return ids
}

const picturesOf = (article: Article): string[] =>
  [...new Set([...(article.meta.leadImage ? [article.meta.leadImage.mediaId] : []), ...articleFigures(article.body).map((figure) => figure.mediaId)])].filter(isMediaId)

/**
 * One file holding the articles whole: each one's document, revisions,
 * status history and pictures, the people who appear in them and who sent
 * it, signed by this device. Revisions come oldest first and the document
 * last, so that each state is compressed against the one before it.
 */
export async function writeBundle(library: BundleLibrary, ids: readonly string[], purpose: BundlePurpose, now = new Date()): Promise<Uint8Array> {
  const device = library.device()
  const sender = library.profile()
  const states: Uint8Array[] = []
  let statesLength = 0
  const place = (bytes: Uint8Array) => {
    const part = { at: statesLength, length: bytes.length }
    states.push(bytes)
    statesLength += bytes.length
    return part
  }
  const personIds = new Set<string>(sender ? [sender.id] : [])
  const pictureIds = new Set<string>()
  const articles: BundleManifest['articles'] = []
  for (const id of new Set(ids)) {
    const article = library.article(id)
    const state = library.state(article.id)
    const revisions = library.revisions(article.id)
    const statusHistory = library.statusChanges(article.id)
    const doc = new Y.Doc({ gc: true })
    Y.applyUpdateV2(doc, state)
    for (const personId of [...peopleInDocument(doc), ...revisions.map((r) => r.personId), ...statusHistory.map((c) => c.personId)]) {
      if (personId) personIds.add(personId)
    }
    const pictures = picturesOf(article).filter((mediaId) => library.picturePath(mediaId) !== null)
    for (const mediaId of pictures) pictureIds.add(mediaId)
    const revisionEntries = revisions.map(({ state: revisionState, ...revision }) => ({ ...revision, state: place(revisionState) }))
    articles.push({ id: article.id, document: place(state), status: article.status, statusHistory, revisions: revisionEntries, pins: library.pins(article.id), pictures })
  }

  const people = [...personIds].sort().flatMap((id) => {
    const person = library.person(id)
    return person ? [{ id: person.id, name: person.name, role: person.role }] : []
  })
  const listed = new Set(people.map((person) => person.id))
  // A person this desk does not know (a writer named in a document that came from elsewhere) travels as nobody.
  for (const article of articles) {
    for (const entry of [...article.revisions, ...article.statusHistory]) if (entry.personId && !listed.has(entry.personId)) entry.personId = null
  }

  const pictureFiles: Uint8Array[] = []
  const pictureEntries: BundleManifest['pictures'] = []
  let picturesLength = 0
  for (const mediaId of [...pictureIds].sort()) {
    const bytes = new Uint8Array(await readFile(library.picturePath(mediaId)!))
    pictureEntries.push({ id: mediaId, at: picturesLength, length: bytes.length })
    pictureFiles.push(bytes)
    picturesLength += bytes.length
  }

  const manifest: BundleManifest = {
    format: 1,
    purpose,
    writtenAt: now.toISOString(),
    sender: { personId: sender?.id ?? null, name: sender?.name ?? '', role: sender?.role ?? null },
    people,
    articles,
    pictures: pictureEntries
  }
  const packed = compressParts(packParts(JSON.stringify(manifest), concat(states, statesLength)))
  const body = writeBundleBody({
    deviceId: device.deviceId,
    publicKey: new Uint8Array(Buffer.from(device.publicKey, 'base64')),
    packed,
    pictures: concat(pictureFiles, picturesLength)
  })
  const signed = bundleToSign(body)
  return sealBundle(signed, signBundle(signed, device.privateKey))
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length)
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}
