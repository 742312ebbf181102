// Core composed from its concerns. Every shell opens one Core through the
// front door (index.ts); none of them touches SQLite or the media folder.
import { readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { articleId, createArticles, type Articles } from './articles/articles'
import { createEventHub, type CoreEvents } from './events/core-events'
import type { ContractEvent } from '../../shared/contract/events'
import { createArticleStore } from './articles/article-store'
import { openDatabase } from './db/open-database'
import { createArticleDocuments } from './documents/article-documents'
import { createDocumentStore } from './documents/document-store'
import { createPeople, type People } from './people/people'
import { mayMoveTo, refusalFor } from '../../shared/people/status-rights'
import { MidadError } from '../../shared/contract/errors'
import { createPeopleStore } from './people/people-store'
import { createImports, type Imports } from './import/imports'
import type { ImportBounds } from './import/import-off-thread'
import { nullLog, type Log } from './log/log'
import { createWindowProblems, type WindowProblems } from './log/window-problems'
import { createImageStore } from './media/image-store'
import { createMediaLibrary, type MediaLibrary } from './media/media-library'
import { createNewsroom, type Newsroom } from './newsroom/newsroom'
import { createSectionsStore } from './newsroom/sections-store'
import { createSettingsStore } from './newsroom/settings-store'
import { createPublishing, renditionCacheBeside, type Publishing } from './publishing/publishing'
import { createRevisions, type RevisionOptions, type Revisions } from './revisions/article-revisions'
import { createRevisionStore } from './revisions/revision-store'
import { createReview, type Review } from './review/review'
import { createReviewRows } from './review/review-rows'
import { reviewSummary } from './review/review-summary'
import { createArticleArrivals } from './travel/article-arrivals'
import { createTravelRows } from './travel/travel-rows'
import { createDeletedArticles } from './articles/deleted-articles'
import { createBundles, type Bundles } from './bundles/bundles'
import { MAX_BUNDLE_BYTES } from '../../shared/bundle/bundle-views'
import { createArticleRecordRows } from './hub/article-record-rows'
import { createDeskHub, type DeskHub, type SyncSummary } from './hub/desk-hub'
import { createHubLinkStore } from './hub/hub-link-store'
import { picturesOf } from './hub/hub-pictures'
import type { HubStatus } from '../../shared/hub/hub-views'
import { createSearch, type Search } from './search/search'

export interface CoreOptions {
  /** The SQLite file; created with its folder on first run. */
  dbPath: string
  /** Where stored images live; defaults to `<dir of dbPath>/media`. */
  mediaDir?: string
  /** Room the rendition cache may take (default 2 GiB); tests make it small. */
  renditionCacheBytes?: number
  /** Time and memory one imported file may take to read (import-off-thread.ts); tests make them small. */
  importLimits?: Omit<ImportBounds, 'signal'>
  /** Where failures core gets past are written (the shells' midad.log); nothing by default. */
  log?: Log
  /** How long an article rests after an edit before its row follows its document; tests make it short. */
  projectionIdleMs?: number
  /** When timed revisions are recorded; tests bring the ten minutes down and bring their own clock. */
  revisions?: RevisionOptions
  /** Largest review bundle read (MAX_BUNDLE_BYTES); tests make it small. */
  bundleLimitBytes?: number
  /** The live hub sync's timings; tests make them short. */
  hub?: { pollMs?: number; reconnect?: { minDelay: number; maxDelay: number } }
}

/** This desk and the newsroom hub (electron/core/hub). */
export interface NewsroomHub {
  hubStatus(): HubStatus
  /** Checks the token with the hub and keeps the link. */
  joinHub(url: string, token: string): Promise<HubStatus>
  leaveHub(): Promise<HubStatus>
  shareArticles(ids: readonly string[], shared: boolean): HubStatus
  /** One sync and done (midad sync). */
  syncWithHub(options?: { timeoutMs?: number }): Promise<SyncSummary>
  /** While the app or the host runs: shared articles stay in step with the hub. */
  startLiveSync(): void
  stopLiveSync(): Promise<void>
}

/** One newsroom's database and media folder, by concern. */
export interface Core extends Articles, MediaLibrary, Publishing, Imports, Newsroom, People, Revisions, Review, Bundles, CoreEvents, WindowProblems, NewsroomHub, Search {
  readonly dbPath: string
  readonly mediaDir: string
  close(): void
}

/** Where a document that came from the hub says it was received from. */
const HUB_DEVICE = 'hub'

/** Returns what was done, after telling of it. */
function tell<T>(done: T, told: (done: T) => void): T {
  told(done)
  return done
}

export function openCore(options: CoreOptions): Core {
  const dbPath = resolve(options.dbPath)
  const mediaDir = resolve(options.mediaDir ?? join(dirname(dbPath), 'media'))
  const log = options.log ?? nullLog
  const db = openDatabase(dbPath, { log })
  const store = createArticleStore(db, log)
  const search = createSearch(db, log)
  const people = createPeopleStore(db)
  const reviewRows = createReviewRows(db)
  const documents = createArticleDocuments(db, store, createDocumentStore(db, log), people, {
    log,
    projectionIdleMs: options.projectionIdleMs,
    // The library's review counts and mentions follow the document with the row.
    projected: (id, doc, content) => reviewRows.write(id, reviewSummary(doc, content.body))
  })
  const review = createReview(documents, people, reviewRows)
  const revisionStore = createRevisionStore(db, people)
  const revisions = createRevisions(store, documents, revisionStore, people, options.revisions)
  const articles = createArticles(store, documents, {
    allow(status) {
      if (!mayMoveTo(status, people.profile()?.role ?? null, newsroom.getSettings().editorsApprove)) throw new MidadError(refusalFor(status), undefined, `status ${status}`)
    },
    personId: () => people.profile()?.id ?? null,
    statusChanged: revisions.statusChanged
  }, (read) => db.transaction(read)())
  const images = createImageStore(db, mediaDir)
  const media = createMediaLibrary(images)
  const newsroom = createNewsroom(createSectionsStore(db), createSettingsStore(db, log))
  const publishing = createPublishing(articles, (id) => store.exists(id), media, newsroom, {
    renditionCache: renditionCacheBeside(dirname(dbPath)),
    renditionCacheBytes: options.renditionCacheBytes,
    log,
    approvedRevision: (id) => store.approvedRevision(id),
    openThreads: review.openThreads
  })
  const imports = createImports(articles, media, options.importLimits, revisions.imported, revisions)
  // Articles arriving whole from another desk, whatever brought them.
  const arrivals = createArticleArrivals(db, store, documents, revisionStore, people)
  const travelRows = createTravelRows(db)
  const deletedArticles = createDeletedArticles(db)
  const bundles = createBundles({
    library: {
      article: (id) => articles.getArticle(id),
      state: (id) => documents.stateNow(articleId(id)),
      revisions: travelRows.revisions,
      statusChanges: travelRows.statusChanges,
      pins: travelRows.pins,
      person: people.person,
      profile: people.profile,
      device: people.device,
      picturePath: (mediaId) => images.picture(mediaId)?.path ?? null
    },
    arrivals,
    people,
    mediaDir,
    hasPicture: (mediaId) => images.picture(mediaId) !== null,
    limit: options.bundleLimitBytes ?? MAX_BUNDLE_BYTES,
    deletedHere: (id) => deletedArticles.deletedAt(id)
  })
  const events = createEventHub((error) => log.warn('a listener to core’s events failed', { error }))
  const changed = (id: string, change: Extract<ContractEvent, { name: 'articleChanged' }>['payload']['change']) =>
    events.emit({ name: 'articleChanged', payload: { id, change } })
  const hub: DeskHub = createDeskHub({
    store: createHubLinkStore(db),
    library: {
      exists: (id) => store.exists(id),
      state: (id, since) => documents.open(id, since),
      // The travel path the bundles use: a new article keeps its document as it came, a known one takes the update.
      adopt: (id, state, content) => tell(documents.receive(id, { state, update: null, fromDevice: HUB_DEVICE, content }), () => changed(id, 'created')),
      receive: (id, update, content) => tell(documents.receive(id, { state: update, update, fromDevice: HUB_DEVICE, content }), () => changed(id, 'edited')),
      record: createArticleRecordRows(db, people),
      pictures: (id) => (store.exists(id) ? picturesOf(store.get(id)) : []),
      shelf: {
        has: (mediaId) => media.storedPicture(mediaId) !== null,
        read: async (mediaId) => {
          const picture = media.storedPicture(mediaId)
          return picture ? new Uint8Array(await readFile(picture.path)) : null
        },
        add: async (mediaId, bytes) => (await media.addImage(mediaId, bytes)).mediaId
      },
      changed
    },
    log,
    statusChanged: (status) => events.emit({ name: 'hubChanged', payload: status }),
    ...options.hub
  })
  // What this desk commits goes to the hub at once while live sync runs.
  events.subscribe((event) => {
    if (event.name === 'articleChanged' && event.payload.change !== 'deleted') hub.edited(event.payload.id)
  })
  return {
    dbPath,
    mediaDir,
    ...articles,
    ...media,
    ...publishing,
    ...imports,
    ...newsroom,
    ...createPeople(people),
    ...createWindowProblems(log),
    // A search reads the rows: those still waiting for their document's last edits catch up first, as the list does.
    searchArticles: (request) => {
      documents.beforeReadAll()
      return search.searchArticles(request)
    },
    // Suggestions read the article's own row and the others': both catch up with their documents first.
    suggestRelated: (request) => {
      documents.beforeReadAll()
      return search.suggestRelated(request)
    },
    reindexArticles: () => {
      documents.beforeReadAll()
      return search.reindexArticles()
    },
    // A revision is part of the article's record: it goes to the hub as an edit does.
    saveRevision: (id, label) => tell(revisions.saveRevision(articleId(id), label), () => hub.edited(articleId(id))),
    articleHistory: (id) => revisions.articleHistory(articleId(id)),
    compareRevisions: (id, from, to) => revisions.compareRevisions(articleId(id), from, to),
    closeArticle: (id) => revisions.closeArticle(articleId(id)),
    listCommentThreads: review.listCommentThreads,
    listSuggestions: review.listSuggestions,
    reviewHistory: review.reviewHistory,
    listMentions: review.listMentions,
    // Every change of an article is told to whoever listens, once it is stored.
    subscribe: events.subscribe,
    createArticle: (meta, body) => tell(articles.createArticle(meta, body), (article) => changed(article.id, 'created')),
    saveArticle: (input) => tell(articles.saveArticle(input), () => changed(articleId(input.id), 'edited')),
    applyArticleUpdate: (id, update) => tell(articles.applyArticleUpdate(id, update), () => changed(articleId(id), 'edited')),
    deleteArticle: (id) => tell(articles.deleteArticle(id), () => changed(articleId(id), 'deleted')),
    setArticleStatus: (id, status) => tell(articles.setArticleStatus(id, status), () => changed(articleId(id), 'status')),
    addComment: (id, comment) => tell(review.addComment(id, comment), () => changed(articleId(id), 'edited')),
    decideSuggestions: (id, decision, pick) => tell(review.decideSuggestions(id, decision, pick), () => changed(articleId(id), 'edited')),
    restoreRevision: (id, revision) => tell(revisions.restoreRevision(articleId(id), revision), () => changed(articleId(id), 'restored')),
    importArticle: async (fileName, bytes, importOptions) => tell(await imports.importArticle(fileName, bytes, importOptions), (article) => changed(article.id, 'created')),
    storeImportedArticle: async (imported, importOptions) => tell(await imports.storeImportedArticle(imported, importOptions), (article) => changed(article.id, 'created')),
    storeImportedVersion: async (id, imported, label) => tell(await imports.storeImportedVersion(id, imported, label), () => changed(articleId(id), 'edited')),
    writeBundle: bundles.writeBundle,
    sendBundle: bundles.sendBundle,
    previewBundle: bundles.previewBundle,
    // Open windows catch up with every article the bundle brought or changed.
    openBundle: async (bytes) =>
      tell(await bundles.openBundle(bytes), (opened) => {
        for (const article of opened.articles) if (article.outcome !== 'unchanged') changed(article.id, article.outcome === 'new' ? 'created' : 'edited')
      }),
    hubStatus: hub.status,
    joinHub: hub.join,
    leaveHub: hub.leave,
    shareArticles: (ids, shared) => hub.share(ids.map((id) => articleId(id)), shared),
    syncWithHub: hub.syncOnce,
    startLiveSync: hub.startLive,
    stopLiveSync: hub.stopLive,
    close: () => {
      if (!db.open) return
      void hub.stopLive()
      // What was typed last is in the documents; the rows follow before the file closes.
      documents.beforeReadAll()
      db.close()
    }
  }
}
