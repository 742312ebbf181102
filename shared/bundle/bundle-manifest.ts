import { z } from 'zod'
import { ArticleId } from '../article/article'
import { ArticleStatus, StatusChangeReason } from '../article/status'
import { isMediaId } from '../contract/media-id'
import { PERSON_NAME_MAX, PersonRole } from '../people/person'
import { RevisionKind } from '../revisions/revision'
import { MAX_BUNDLE_ARTICLES } from './bundle-views'

/**
 * What a bundle says about its contents, checked whole before anything is
 * read from it. The states and pictures it names are checked afterwards, each
 * for what it is (a document, a picture of the media id it claims).
 */

const count = z.number().int().nonnegative()
const Part = z.object({ at: count, length: count }).strict()
const When = z.string().min(1).max(64)
const PersonRef = z.string().uuid().nullable()
const MediaId = z.string().refine(isMediaId, 'not a media id')

export const BundlePurpose = z.enum(['review', 'back'])
export type BundlePurpose = z.infer<typeof BundlePurpose>

export const BundlePersonEntry = z.object({ id: z.string().uuid(), name: z.string().min(1).max(PERSON_NAME_MAX), role: PersonRole }).strict()

export const BundleRevisionEntry = z.object({
  id: z.string().uuid(),
  kind: RevisionKind,
  label: z.string().max(500),
  status: ArticleStatus,
  personId: PersonRef,
  at: When,
  wordsAdded: count,
  wordsRemoved: count,
  state: Part
}).strict()

export const BundleStatusEntry = z.object({
  from: ArticleStatus.nullable(),
  to: ArticleStatus,
  changedAt: When,
  reason: StatusChangeReason,
  personId: PersonRef
}).strict()

export const BundleArticleEntry = z.object({
  id: ArticleId,
  /** The document's whole state (Yjs v2) among the states. */
  document: Part,
  /** The sender's status for it; the receiving desk takes the latest of the merged history. */
  status: ArticleStatus,
  statusHistory: z.array(BundleStatusEntry).max(10_000),
  revisions: z.array(BundleRevisionEntry).max(10_000),
  /** The revisions its last approval and publication vouched for. */
  pins: z.object({ approved: z.string().uuid().nullable(), published: z.string().uuid().nullable() }).strict(),
  pictures: z.array(MediaId).max(10_000)
}).strict()

export const BundleManifest = z.object({
  format: z.literal(1),
  purpose: BundlePurpose,
  writtenAt: z.string().datetime({ offset: true }),
  sender: z.object({ personId: PersonRef, name: z.string().max(PERSON_NAME_MAX), role: PersonRole.nullable() }).strict(),
  people: z.array(BundlePersonEntry).max(10_000),
  articles: z.array(BundleArticleEntry).min(1),
  pictures: z.array(z.object({ id: MediaId, at: count, length: count }).strict()).max(10_000)
}).strict()
export type BundleManifest = z.infer<typeof BundleManifest>

/** Read apart from the rest, so "too many articles" is said as such. */
export const tooManyArticles = (manifest: BundleManifest): boolean => manifest.articles.length > MAX_BUNDLE_ARTICLES
