import { z } from 'zod'
import { Article, ArticleId } from '../article/article'
import { LibraryPage, LibraryPageRequest } from '../article/library-page'
import { ArticleMeta } from '../article/meta'
import { ArticleBody } from '../article/body'
import { ArticleStatus, StatusChange } from '../article/status'
import { NewsroomSettings } from '../settings/newsroom-settings'
import { Finding } from '../prepublish/finding'
import { Person, ProfileInput } from '../people/person'
import { LABEL_MAX, RevisionSummary } from '../revisions/revision'
import { RevisionComparison } from '../revisions/comparison'
import { ExportNotice } from '../publishing/export-notice'
import {
  CommentThreadView,
  DecidedSuggestions,
  MentionView,
  NewComment,
  ReviewHistory,
  SuggestionDecision,
  SuggestionPick,
  SuggestionView
} from '../review/review-views'
import { BundleOpened, BundlePreview, BundleWritten, MAX_BUNDLE_ARTICLES, MAX_BUNDLE_BYTES } from '../bundle/bundle-views'
import { OpenedBundle } from '../bundle/opened-bundle'
import { HUB_TOKEN_MAX, HUB_URL_MAX, HubStatus } from '../hub/hub-views'
import { SearchRequest, SearchResults } from '../search/search-views'
import { RelatedRequest, RelatedSuggestions } from '../search/related-views'
import type { OperationName } from './operation-names'

export { operationNames, type OperationName } from './operation-names'

/** Largest picture the app accepts, before encoding for transport. */
export const MAX_IMAGE_BYTES = 25 * 1024 * 1024
/** Largest edit of an article's document one call carries (a whole long article pasted at once fits). */
export const MAX_UPDATE_BYTES = 16 * 1024 * 1024
// A state vector names one clock per writer that ever touched the article: a few bytes each.
export const MAX_STATE_VECTOR_CHARS = 64 * 1024
/** More people than ever write one article, and few enough to look up at once. */
export const FIND_PEOPLE_MAX = 1000
/** Largest article file (.docx with its pictures) the importer accepts. */
export const MAX_IMPORT_FILE_BYTES = 20 * 1024 * 1024

/** A .midad file as the window read it (opened or dropped). */
const bundleFile = z.object({
  fileName: z.string().min(1).max(255),
  dataBase64: z.string().max(Math.ceil((MAX_BUNDLE_BYTES * 4) / 3) + 4)
}).strict()

const op = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output })
type Operation = ReturnType<typeof op>

const count = z.number().int().nonnegative()

/** The article an import created, with what the file held that it could not keep, by kind. */
export const ImportedArticleResult = Article.extend({
  unkept: z.object({ pictures: count, objects: count, comments: count, footnotes: count }).strict()
})
export type ImportedArticleResult = z.infer<typeof ImportedArticleResult>

/** What a save acknowledges once committed. */
export const SaveResult = z.object({
  version: z.number().int().positive(),
  updatedAt: z.string(),
  wordCount: z.number().int(),
  // Only when the save changed the status: approved or published words edited send the article back to review.
  statusChange: StatusChange.optional()
})
export type SaveResult = z.infer<typeof SaveResult>

/** A picture in the media library: `<sha256>.<ext>`, content-addressed, with its size and type. */
export const StoredImage = z.object({ mediaId: z.string(), width: z.number().int(), height: z.number().int(), mimeType: z.string() })
export type StoredImage = z.infer<typeof StoredImage>

/**
 * Every operation the renderer may ask of the back side. Electron's main
 * process binds these to ipcMain, the browser host serves them over loopback
 * HTTP, and preload exposes exactly these as window.midad. One schema pair
 * for each name in operation-names.ts, no more and no fewer.
 */
export const contract = {
  // A page of the library, newest edit first, with the counts by status; never the whole archive at once.
  listArticles: op(LibraryPageRequest, LibraryPage),
  createArticle: op(z.object({ meta: ArticleMeta.partial().optional() }).strict(), Article),
  getArticle: op(z.object({ id: ArticleId }).strict(), Article),
  saveArticle: op(
    z.object({
      id: ArticleId,
      baseVersion: z.number().int().positive(),
      meta: ArticleMeta,
      body: ArticleBody
    }).strict(),
    SaveResult
  ),
  deleteArticle: op(z.object({ id: ArticleId }).strict(), z.object({ deleted: z.literal(true) })),
  // The workflow status (draft → in review → approved → published); not an edit, so no revision.
  setArticleStatus: op(z.object({ id: ArticleId, status: ArticleStatus }).strict(), z.object({ status: ArticleStatus })),
  addImage: op(
    z.object({
      fileName: z.string().max(255),
      // base64 keeps one wire format for IPC and HTTP; bounded to the image limit.
      dataBase64: z.string().max(Math.ceil((MAX_IMAGE_BYTES * 4) / 3) + 4)
    }).strict(),
    StoredImage
  ),
  // The pre-publish check of the stored article: errors first, then warnings.
  checkArticle: op(z.object({ id: ArticleId }).strict(), z.array(Finding)),
  // Refused with export_blocked_by_check, writing nothing, while the check finds errors.
  // With a batchId, into the folder chosen once for the batch (beginExportBatch), one sub-folder per article.
  // With draft, written whatever the check finds, as a marked draft that is never indexed and has no publish date;
  // its notices say what it leaves out (the suggestions still waiting).
  exportArticle: op(
    z.object({ id: ArticleId, batchId: z.string().uuid().optional(), draft: z.boolean().optional() }).strict(),
    z.object({ folder: z.string(), files: z.array(z.string()), notices: z.array(ExportNotice).optional() })
  ),
  // Asks the back side to show the folder it last exported this article to: the app opens it in the
  // system's file manager; a back side without a desktop answers opened: false and the folder to name.
  openExportFolder: op(z.object({ id: ArticleId }).strict(), z.object({ folder: z.string(), opened: z.boolean() })),
  // Chooses where a batch of articles is exported (the app asks once); the renderer never names a path itself.
  beginExportBatch: op(z.object({}).strict(), z.object({ batchId: z.string().uuid(), folder: z.string() })),
  // The article's page as the export would write it, pictures at the app's own media address.
  previewArticle: op(z.object({ id: ArticleId }).strict(), z.object({ html: z.string() })),
  // An article file (.docx, .html, .md, .txt) read by core's one importer; creates the article.
  importArticle: op(
    z.object({
      fileName: z.string().min(1).max(255),
      dataBase64: z.string().max(Math.ceil((MAX_IMPORT_FILE_BYTES * 4) / 3) + 4),
      // Named by the caller so that it can be cancelled while it runs.
      importId: z.string().uuid().optional()
    }).strict(),
    ImportedArticleResult
  ),
  // Stops a running import by the id its caller gave it; false when it had already finished.
  cancelImport: op(z.object({ importId: z.string().uuid() }).strict(), z.object({ cancelled: z.boolean() })),
  // The newsroom's managed section list and settings.
  listSections: op(z.object({}).strict(), z.array(z.string())),
  saveSections: op(z.object({ sections: z.array(z.string()) }).strict(), z.array(z.string())),
  getSettings: op(z.object({}).strict(), NewsroomSettings),
  saveSettings: op(z.object({ settings: NewsroomSettings }).strict(), NewsroomSettings),
  // Shows the app's log file (midad.log, beside the database) in the system's file manager; a back side
  // without a desktop answers opened: false and the file's path to name.
  showLog: op(z.object({}).strict(), z.object({ file: z.string(), opened: z.boolean() })),
  // The article's Yjs document as a window's replica starts from it: the whole state, update format v2, base64.
  // With `since` (the replica's state vector, base64) only what that replica has not seen: how it catches up.
  openArticleDocument: op(z.object({ id: ArticleId, since: z.string().max(MAX_STATE_VECTOR_CHARS).optional() }).strict(), z.object({ state: z.string() })),
  // One edit of the window's replica (update format v2, base64), acknowledged once committed.
  sendArticleUpdate: op(
    z.object({ id: ArticleId, update: z.string().min(1).max(Math.ceil((MAX_UPDATE_BYTES * 4) / 3) + 4) }).strict(),
    // Only when the edit changed the status: approved or published words edited send the article back to review.
    z.object({ committedAt: z.string(), statusChange: StatusChange.optional() })
  ),
  // Who uses this desk: null until they say, on first start.
  getProfile: op(z.object({}).strict(), Person.nullable()),
  saveProfile: op(ProfileInput, Person),
  // A failure the window got past (settings that did not load, a font that did not), written to the log beside the database.
  reportProblem: op(
    z.object({ level: z.enum(['warn', 'error']), what: z.string().min(1).max(200), detail: z.string().max(4000).optional() }).strict(),
    z.object({}).strict()
  ),
  // The people this desk knows among these ids (the writers an article's document names); unknown ids are left out.
  findPeople: op(z.object({ ids: z.array(z.string().uuid()).max(FIND_PEOPLE_MAX) }).strict(), z.array(Person)),
  // Everyone this desk knows (its own people and those met in documents), by name: whom a comment can mention.
  listPeople: op(z.object({}).strict(), z.array(Person)),
  // The article as it is now, kept as a revision by hand, with an optional label ("sent to the desk").
  saveRevision: op(z.object({ id: ArticleId, label: z.string().max(LABEL_MAX).optional() }).strict(), RevisionSummary),
  // Every revision of the article, oldest first.
  listRevisions: op(z.object({ id: ArticleId }).strict(), z.array(RevisionSummary)),
  // Two revisions, or a revision and now ('now'); by default the last revision against now.
  compareRevisions: op(
    z.object({ id: ArticleId, from: z.string().max(64).optional(), to: z.string().max(64).optional() }).strict(),
    RevisionComparison
  ),
  // A revision's words back as a new edit; what stood before is kept as a revision.
  restoreRevision: op(z.object({ id: ArticleId, revision: z.string().min(1).max(64) }).strict(), RevisionSummary),
  // The window closed the article: its changes since the last revision are kept as one (null when there were none).
  closeArticle: op(z.object({ id: ArticleId }).strict(), RevisionSummary.nullable()),
  // The article's comment threads, oldest first: anchored ones with the words under them now, detached ones with their quote.
  listCommentThreads: op(z.object({ id: ArticleId }).strict(), z.array(CommentThreadView)),
  // A comment on the first place the quoted words occur, by the person at this desk; opens a thread.
  addComment: op(z.object({ id: ArticleId, comment: NewComment }).strict(), CommentThreadView),
  // The suggestions waiting for a decision, in reading order, with who made each.
  listSuggestions: op(z.object({ id: ArticleId }).strict(), z.array(SuggestionView)),
  // Accepts or rejects every suggestion, one, or every one a person made, as the person at this desk.
  decideSuggestions: op(z.object({ id: ArticleId, decision: SuggestionDecision, pick: SuggestionPick }).strict(), DecidedSuggestions),
  // Every decision made on the article's suggestions, and those two desks made both ways.
  reviewHistory: op(z.object({ id: ArticleId }).strict(), ReviewHistory),
  // Comments in any article that mention the person at this desk, newest first.
  listMentions: op(z.object({}).strict(), z.array(MentionView)),
  // Writes the articles, with everything review needs, as one signed .midad file: the app asks where,
  // the host writes into its bundles folder. "back" is the same file, sent back to the journalist.
  sendBundle: op(
    z.object({ ids: z.array(ArticleId).min(1).max(MAX_BUNDLE_ARTICLES), purpose: z.enum(['review', 'back']) }).strict(),
    BundleWritten
  ),
  // Reads and checks a .midad file and says what merging it would change; nothing is written.
  previewBundle: op(bundleFile, BundlePreview),
  // Merges a .midad file into the library: new articles are added, known ones take its changes.
  openBundle: op(bundleFile, BundleOpened),
  // The .midad files the system opened with the app since it last asked, each given once.
  takeOpenedBundles: op(z.object({}).strict(), z.array(OpenedBundle)),
  // Shows the folder a bundle was last written to (as openExportFolder).
  openBundleFolder: op(z.object({ file: z.string().min(1).max(4096) }).strict(), z.object({ folder: z.string(), opened: z.boolean() })),
  // How this desk stands with the newsroom hub, and each shared article's standing.
  hubStatus: op(z.object({}).strict(), HubStatus),
  // Joins a hub with a member token: checked against the hub before it is kept.
  joinHub: op(z.object({ url: z.string().min(1).max(HUB_URL_MAX), token: z.string().min(1).max(HUB_TOKEN_MAX) }).strict(), HubStatus),
  // Leaves the hub: the articles stay here, they stop syncing.
  leaveHub: op(z.object({}).strict(), HubStatus),
  // Shares articles with the hub (or stops sharing them): shared ones sync live while the hub is reachable.
  shareArticles: op(z.object({ ids: z.array(ArticleId).min(1).max(MAX_BUNDLE_ARTICLES), shared: z.boolean() }).strict(), HubStatus),
  // The archive searched: words, "phrases", prefixes (word*) and exclusions (-word), normalized for Arabic spelling,
  // narrowed by the filters; one page of results with the matched words marked in the headline and a snippet.
  // Refused with search_query_unusable when nothing searchable is left (only operators or common words).
  searchArticles: op(SearchRequest, SearchResults),
  // Up to five archive articles on the same subject as the article, found from its own most distinctive words, for its
  // related block: never the article itself, those its related blocks hold, nor those in leaveOut. None when it has no usable words.
  suggestRelatedArticles: op(RelatedRequest, RelatedSuggestions)
} as const satisfies Record<OperationName, Operation>

export type Contract = typeof contract

export type OperationInput<K extends OperationName> = z.input<Contract[K]['input']>
export type OperationOutput<K extends OperationName> = z.output<Contract[K]['output']>
