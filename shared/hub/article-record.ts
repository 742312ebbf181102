import { z } from 'zod'
import type * as Y from 'yjs'
import { ArticleId } from '../article/article'
import { ArticleStatus, StatusChangeReason } from '../article/status'
import { PersonRole } from '../people/person'
import { RevisionKind } from '../revisions/revision'

/**
 * What travels beside an article's document and is not in it: its revisions,
 * its status history and the people named in them. It is a second Yjs
 * document per article (`record/<id>` on the hub), of maps keyed by ids that
 * never collide, so two desks' records merge the way their texts do: each
 * entry is added once and never changed.
 */

/** The hub's name for an article's document and for its record. */
export const articleDocumentName = (id: string): string => `article/${id}`
export const articleRecordName = (id: string): string => `record/${id}`

const uuid = z.string().uuid()
const at = z.string().max(40)

export const RecordedRevision = z
  .object({
    kind: RevisionKind,
    label: z.string().max(500),
    status: ArticleStatus,
    personId: uuid.nullable(),
    at,
    wordsAdded: z.number().int().nonnegative(),
    wordsRemoved: z.number().int().nonnegative(),
    /** The document's whole state then (update format v2). */
    state: z.instanceof(Uint8Array)
  })
  .strict()
export type RecordedRevision = z.infer<typeof RecordedRevision>

export const RecordedStatusChange = z
  .object({
    from: ArticleStatus.nullable(),
    to: ArticleStatus,
    changedAt: at,
    reason: StatusChangeReason,
    personId: uuid.nullable()
  })
  .strict()
export type RecordedStatusChange = z.infer<typeof RecordedStatusChange>

export const RecordedPerson = z.object({ name: z.string().min(1).max(80), role: PersonRole }).strict()
export type RecordedPerson = z.infer<typeof RecordedPerson>

export const revisionsOf = (record: Y.Doc): Y.Map<unknown> => record.getMap('revisions')
export const statusChangesOf = (record: Y.Doc): Y.Map<unknown> => record.getMap('statusChanges')
export const peopleOf = (record: Y.Doc): Y.Map<unknown> => record.getMap('people')
/**
 * The revisions an approval or a publication vouched for, each as revision
 * id → when that revision was recorded. Entries are only added; the pin is
 * the latest of them (then the greater id), so every desk picks the same.
 */
export const pinsOf = (record: Y.Doc, pin: RevisionPin): Y.Map<unknown> => record.getMap(`pins.${pin}`)

export const revisionPins = ['approved', 'published'] as const
export type RevisionPin = (typeof revisionPins)[number]

/** The pin among `entries` (revision id, recorded at): the latest, then the greater id. */
export function standingPin(entries: Iterable<[string, string]>): string | null {
  let best: [string, string] | null = null
  for (const entry of entries) if (best === null || entry[1] > best[1] || (entry[1] === best[1] && entry[0] > best[0])) best = entry
  return best?.[0] ?? null
}

/** A status change's key: the same change recorded on two desks is one entry. */
export const statusChangeKey = (change: RecordedStatusChange): string => `${change.changedAt}|${change.from ?? ''}|${change.to}|${change.personId ?? ''}`

export interface ArticleRecord {
  revisions: Map<string, RecordedRevision>
  statusChanges: RecordedStatusChange[]
  people: Map<string, RecordedPerson>
  pins: Record<RevisionPin, Map<string, string>>
}

/**
 * Reads a record, refusing it whole when any entry is not of its shape: a
 * record from the network is never half taken.
 */
export function readRecord(record: Y.Doc): ArticleRecord {
  const revisions = new Map<string, RecordedRevision>()
  for (const [id, value] of revisionsOf(record)) revisions.set(uuid.parse(id), RecordedRevision.parse(value))
  const statusChanges = [...statusChangesOf(record).values()].map((value) => RecordedStatusChange.parse(value))
  statusChanges.sort((a, b) => a.changedAt.localeCompare(b.changedAt))
  const people = new Map<string, RecordedPerson>()
  for (const [id, value] of peopleOf(record)) people.set(uuid.parse(id), RecordedPerson.parse(value))
  const pins = { approved: new Map<string, string>(), published: new Map<string, string>() }
  for (const pin of revisionPins) for (const [id, value] of pinsOf(record, pin)) pins[pin].set(uuid.parse(id), at.parse(value))
  // Only these maps: anything else at the top is not a record this version writes.
  const parts = ['revisions', 'statusChanges', 'people', ...revisionPins.map((pin) => `pins.${pin}`)]
  for (const name of record.share.keys()) if (!parts.includes(name)) throw new Error(`unknown part ${name}`)
  return { revisions, statusChanges, people, pins }
}

/** An article id as the hub's document names carry it. */
export function documentKind(name: string): { kind: 'article' | 'record'; articleId: string } | null {
  const match = /^(article|record)\/(.+)$/.exec(name)
  if (!match) return null
  const id = ArticleId.safeParse(match[2])
  if (!id.success || id.data !== match[2]) return null
  return { kind: match[1] as 'article' | 'record', articleId: id.data }
}
