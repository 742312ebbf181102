import type { ArticleStatus, StatusChangeReason } from '../../../shared/article/status'
import type { PersonRole } from '../../../shared/people/person'
import type { RevisionKind } from '../../../shared/revisions/revision'

/**
 * An article as it travels between desks (in a bundle today, from the hub
 * later): its whole document, its history and who appears in it. Everything
 * here came from outside and is checked before anything is written.
 */
export interface IncomingArticle {
  id: string
  /** The document's whole state (Yjs update format v2). */
  state: Uint8Array
  revisions: IncomingRevision[]
  statusHistory: IncomingStatusChange[]
  /** Media ids of the pictures the article uses that travel with it. */
  pictures: string[]
  /** The revisions its last approval and publication vouched for, when it had them. */
  pins: RevisionPins
}

export interface RevisionPins {
  approved: string | null
  published: string | null
}

export interface IncomingRevision {
  id: string
  kind: RevisionKind
  label: string
  status: ArticleStatus
  personId: string | null
  at: string
  wordsAdded: number
  wordsRemoved: number
  state: Uint8Array
}

export interface IncomingStatusChange {
  from: ArticleStatus | null
  to: ArticleStatus
  changedAt: string
  reason: StatusChangeReason
  personId: string | null
}

export interface IncomingPerson {
  id: string
  name: string
  role: PersonRole
}

/** A picture already checked against its media id (bytes hashed, format read). */
export interface IncomingPicture {
  mediaId: string
  mime: string
  width: number
  height: number
  bytes: number
  /** The file itself, written to the media folder before the rows. */
  data: Uint8Array
}

/** Who the articles come from: the device that sent them and the person using it. */
export interface IncomingSender {
  deviceId: string
  /**
   * SPKI, DER, base64: kept so a later arrival from the same device can be
   * told from an impostor. Null when the articles came by a way that signs
   * nothing of its own (the hub vouches for its members instead).
   */
  publicKey: string | null
  personId: string | null
  name: string
}

export interface Arrival {
  sender: IncomingSender
  people: IncomingPerson[]
  articles: IncomingArticle[]
  pictures: IncomingPicture[]
}
