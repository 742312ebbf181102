import { z } from 'zod'
import { ArticleId } from '../article/article'
import { PersonRole } from '../people/person'

/** Largest `.midad` file the app opens: many articles with their pictures fit, a disk image does not. */
export const MAX_BUNDLE_BYTES = 64 * 1024 * 1024
/** Most articles one bundle carries. */
export const MAX_BUNDLE_ARTICLES = 500

const count = z.number().int().nonnegative()

/** Who wrote a bundle: the person named in it, and the device key that signed it. */
export const BundleSender = z.object({
  personId: z.string().uuid().nullable(),
  name: z.string(),
  role: PersonRole.nullable(),
  deviceId: z.string(),
  /** The first bytes of the signing key's SHA-256, grouped for reading aloud over the phone. */
  keyFingerprint: z.string(),
  /** This desk has had bundles signed by this device before, with the same key. */
  knownDevice: z.boolean()
}).strict()
export type BundleSender = z.infer<typeof BundleSender>

/** What one article of a bundle changes here, compared with this desk's copy before the merge. */
export const BundleArticleChange = z.object({
  id: ArticleId,
  headline: z.string(),
  /**
   * new: this desk has no copy; returns: it had one and deleted it, and merging brings it back;
   * merged: its copy takes the bundle's changes; unchanged: it already holds them all.
   */
  outcome: z.enum(['new', 'returns', 'merged', 'unchanged']),
  /** With `returns`: when this desk deleted it. */
  deletedAt: z.string().optional(),
  wordsAdded: count,
  wordsRemoved: count,
  /** Comment threads and suggestions this desk did not have. */
  newThreads: count,
  newSuggestions: count,
  newRevisions: count,
  pictures: count
}).strict()
export type BundleArticleChange = z.infer<typeof BundleArticleChange>

/** A bundle read and checked, before anything is merged. */
export const BundlePreview = z.object({
  sender: BundleSender,
  writtenAt: z.string(),
  purpose: z.enum(['review', 'back']),
  articles: z.array(BundleArticleChange)
}).strict()
export type BundlePreview = z.infer<typeof BundlePreview>

/** A bundle merged: the same account, now done, with the revision each merged article recorded. */
export const BundleOpened = BundlePreview.extend({
  articles: z.array(BundleArticleChange.extend({ revision: z.string().nullable() }).strict())
}).strict()
export type BundleOpened = z.infer<typeof BundleOpened>

/** A bundle written: where, how big, how many articles. */
export const BundleWritten = z.object({
  file: z.string(),
  folder: z.string(),
  bytes: count,
  articles: count
}).strict()
export type BundleWritten = z.infer<typeof BundleWritten>
