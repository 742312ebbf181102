import { existsSync, mkdirSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { BundleArticleChange, BundleOpened, BundlePreview, BundleWritten } from '../../../shared/bundle/bundle-views'
import type { BundlePurpose } from '../../../shared/bundle/bundle-manifest'
import { MidadError } from '../../../shared/contract/errors'
import { writeFileAtomically } from '../media/atomic-file'
import type { CheckedArticle, ArticleArrivals } from '../travel/article-arrivals'
import type { PeopleStore } from '../people/people-store'
import { bundleFileName } from './bundle-file-name'
import { keyFingerprint } from './bundle-signing'
import { readBundle, type ReadBundle } from './read-bundle'
import { writeBundle, type BundleLibrary } from './write-bundle'

/** Review bundles: articles carried between desks as one signed `.midad` file. */
export interface Bundles {
  /** The bundle's bytes: the articles whole, signed by this device. */
  writeBundle(ids: readonly string[], purpose: BundlePurpose): Promise<Uint8Array>
  /** Writes the bundle into `folder` under a readable new name, never over an existing file. */
  sendBundle(ids: readonly string[], purpose: BundlePurpose, folder: string): Promise<BundleWritten>
  /** Reads and checks a bundle and says what merging it would change; writes nothing. */
  previewBundle(bytes: Uint8Array): Promise<BundlePreview>
  /** Merges a bundle into the library, all of it or (refused) nothing. */
  openBundle(bytes: Uint8Array): Promise<BundleOpened>
}

export interface BundleOptions {
  library: BundleLibrary
  arrivals: ArticleArrivals
  people: PeopleStore
  mediaDir: string
  hasPicture(mediaId: string): boolean
  /** Largest bundle read. */
  limit: number
  /** When this desk deleted the article, or null if it never did (or it came back since). */
  deletedHere(id: string): string | null
}

const refuse = (detail: string) => new MidadError('bundle_invalid_content', { detail: detail.slice(0, 120) }, detail)

function changeOf(article: CheckedArticle, newPictures: ReadonlySet<string>, deletedHere: (id: string) => string | null): BundleArticleChange {
  const pictures = article.incoming.pictures.filter((mediaId) => newPictures.has(mediaId)).length
  const anything = article.documentChanges || article.newRevisions.length > 0 || article.newStatusChanges > 0 || pictures > 0
  const deletedAt = article.known ? null : deletedHere(article.incoming.id)
  return {
    id: article.incoming.id,
    headline: article.content.meta.headline,
    outcome: deletedAt !== null ? 'returns' : !article.known ? 'new' : anything ? 'merged' : 'unchanged',
    ...(deletedAt !== null ? { deletedAt } : {}),
    wordsAdded: article.wordsAdded,
    wordsRemoved: article.wordsRemoved,
    newThreads: article.newThreads,
    newSuggestions: article.newSuggestions,
    newRevisions: article.newRevisions.length,
    pictures
  }
}

export function createBundles(options: BundleOptions): Bundles {
  const { arrivals, people } = options

  const read = (bytes: Uint8Array): Promise<ReadBundle> =>
    readBundle(bytes, { limit: options.limit, thisDevice: people.device(), knownKey: arrivals.knownKey, hasPicture: options.hasPicture })

  async function checked(bytes: Uint8Array) {
    const bundle = await read(bytes)
    const articles = arrivals.check(bundle.arrival, refuse)
    const newPictures = new Set(bundle.arrival.pictures.map((picture) => picture.mediaId))
    const { manifest } = bundle
    const sender = bundle.arrival.sender
    const preview: BundlePreview = {
      sender: {
        personId: manifest.sender.personId,
        name: manifest.sender.name,
        role: manifest.sender.role,
        deviceId: sender.deviceId,
        keyFingerprint: keyFingerprint(bundle.publicKey),
        knownDevice: bundle.knownDevice
      },
      writtenAt: manifest.writtenAt,
      purpose: manifest.purpose,
      articles: articles.map((article) => changeOf(article, newPictures, options.deletedHere))
    }
    return { bundle, articles, preview }
  }

  return {
    writeBundle: (ids, purpose) => writeBundle(options.library, ids, purpose),

    async sendBundle(ids, purpose, folder) {
      const bytes = await writeBundle(options.library, ids, purpose)
      const first = options.library.article(ids[0]!)
      const into = resolve(folder)
      mkdirSync(into, { recursive: true })
      const day = new Date()
      for (let attempt = 1; ; attempt++) {
        const file = join(into, bundleFileName(first.meta.slug, day, attempt))
        let handle
        try {
          // 'wx': never over a file already there, even one another program has just made.
          handle = await open(file, 'wx')
        } catch (error) {
          if ((error as { code?: string }).code === 'EEXIST' && attempt < 1000) continue
          throw error
        }
        try {
          await handle.writeFile(bytes)
        } finally {
          await handle.close()
        }
        return { file, folder: into, bytes: bytes.length, articles: new Set(ids).size }
      }
    },

    previewBundle: async (bytes) => (await checked(bytes)).preview,

    async openBundle(bytes) {
      const { bundle, articles, preview } = await checked(bytes)
      // Files first, rows second: a row never names a picture that is not on disk.
      for (const picture of bundle.arrival.pictures) {
        if (existsSync(join(options.mediaDir, picture.mediaId))) continue
        mkdirSync(options.mediaDir, { recursive: true })
        await writeFileAtomically(options.mediaDir, picture.mediaId, picture.data)
      }
      // The merge revision names who sent it; a sender who gave no name is their device.
      const label = (preview.sender.name.trim() || preview.sender.deviceId.slice(0, 8)).slice(0, 200)
      const received = arrivals.receive(bundle.arrival, articles, label)
      return {
        ...preview,
        articles: preview.articles.map((change, i) => ({ ...change, revision: received[i]?.revision ?? null }))
      }
    }
  }
}
