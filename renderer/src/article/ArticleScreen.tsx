import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import type { Editor } from '@tiptap/core'
import type { Article } from '../../../shared/article/article'
import type { ArticleMeta } from '../../../shared/article/meta'
import type { StatusChange } from '../../../shared/article/status'
import type { Finding } from '../../../shared/prepublish/finding'
import { slugFromHeadline } from '../../../shared/text/slug'
import { readBody, readContent, readMeta, writeMeta } from '../../../shared/document/article-document'
import { ArticleAutosave } from '../autosave/autosave'
import { useSaveProgress } from '../autosave/use-save-progress'
import { useFlushOnClose } from '../autosave/use-flush-on-close'
import { useBackend } from '../backend/backend-context'
import { ErrorMessage } from '../common/ErrorMessage'
import { messageText, refused, said, type ShownMessage } from '../common/shown-message'
import { CheckPanel, type CheckPanelHandle } from '../prepublish/CheckPanel'
import { locateFinding } from '../prepublish/locate-finding'
import { BodyEditor } from '../editor/BodyEditor'
import { forgetBodyUndo } from '../editor/body-undo'
import { PreviewPane } from '../preview/PreviewPane'
import { useArticlePreview } from '../preview/use-article-preview'
import { useLocale, useT } from '../i18n/locale-context'
import { importedArticleNotice } from '../../../shared/paste/unkept-notice'
import { ArticleStatusField } from '../workflow/ArticleStatusField'
import { BackToReviewNotice } from '../workflow/BackToReviewNotice'
import { SavedStatusChanges } from '../workflow/saved-status-changes'
import { useArticleStatus } from '../workflow/use-article-status'
import { SettingsButton } from '../settings/SettingsButton'
import { HistoryDialog } from '../history/HistoryDialog'
import '../history/history.css'
import { useNewsroomSettings } from '../settings/settings-context'
import { ArticleDates } from './ArticleDates'
import { ArticleDetails } from './ArticleDetails'
import { bodyFigures } from './body-figures'
import { useFieldTypography } from '../editor/field-typography'
import { ExportNotice } from './ExportNotice'
import type { ExportNotice as ExportNote } from '../../../shared/publishing/export-notice'
import { keepDraftAsCopy } from './keep-draft-copy'
import { MetaFields } from './MetaFields'
import { OpenArticleProvider } from '../editor/open-article-context'
import { SaveIndicator } from './SaveIndicator'
import { MissingBanner } from './MissingBanner'
import { StatisticsBar } from './StatisticsBar'
import { isUntouchedDraft } from './untouched-draft'
import { useTextStatistics } from './use-text-statistics'
import type { ArticleReplica } from '../replica/article-replica'
import { useReplicaFollowing } from '../replica/use-replica-following'
import { useProfile } from '../people/profile-context'
import { ArticleReview } from '../review/article-review'
import { ReviewPanel } from '../review/ReviewPanel'
import { SendArticleButton } from '../bundles/SendArticleButton'
import { ArticleSyncState } from '../hub/ArticleSyncState'
import { useHubStatus } from '../hub/use-hub-status'

interface Props {
  article: Article
  /** The article's document, open in this window: what the screen edits. */
  replica: ArticleReplica
  /** Created just now: backing out of it with nothing written removes it. */
  fresh?: boolean
  onBack: () => void
  /** Switch to another article (the journalist's copy of a deleted one). */
  onOpen: (article: Article) => void
}

export function ArticleScreen({ article, replica, fresh = false, onBack, onOpen }: Props) {
  const t = useT()
  const { api } = useBackend()
  const [meta, setMeta] = useState<ArticleMeta>(() => readMeta(replica.doc))
  const [savedStatusChanges] = useState(() => new SavedStatusChanges())
  const [autosave] = useState(
    () =>
      new ArticleAutosave({
        updatedAt: article.updatedAt,
        commit: async () => {
          const result = await replica.commit()
          if (result.ok) savedStatusChanges.report(result.value.statusChange)
          return result
        }
      })
  )
  // Every edit made in this window, the body's or a field's, is saved soon.
  useEffect(() => replica.onEdit(() => autosave.edit()), [replica, autosave])
  // What is typed here is named as the words of whoever uses the desk (the profile can change mid-article).
  const { profile } = useProfile()
  const hub = useHubStatus()
  const writerId = profile?.id ?? null
  useEffect(() => replica.writeAs(writerId), [replica, writerId])
  // Comments and suggestions live in the same document, written as the same person.
  const [review] = useState(() => new ArticleReview(replica.doc))
  useEffect(() => review.writeAs(writerId), [review, writerId])
  useEffect(() => () => review.dispose(), [review])
  const { stats, textChanged } = useTextStatistics(article.wordCount)
  const { settings } = useNewsroomSettings()
  const { quoteStyle, digitStyle } = settings
  const typography = useMemo(() => ({ quoteStyle, digitStyle }), [quoteStyle, digitStyle])
  useFieldTypography(typography)
  const [error, setError] = useState<ShownMessage | null>(null)
  const { locale } = useLocale()
  // A file just imported says what it held that the article could not keep.
  const [notice, setNotice] = useState<ShownMessage | string | null>(() => importedArticleNotice(locale, article))
  const [exported, setExported] = useState<{ folder: string; version: number; draft: boolean; notes?: ExportNote[] } | null>(null)
  // Offered once the export for publishing is refused for the check's errors.
  const [draftOffered, setDraftOffered] = useState(false)
  const [exporting, setExporting] = useState(false)
  const [keeping, setKeeping] = useState(false)
  const [leaving, setLeaving] = useState(false)
  // Open, and on which comparison: 'approved' from the back-to-review notice.
  const [historyOpen, setHistoryOpen] = useState<false | { compareFrom?: string }>(false)
  const workflowStatus = useArticleStatus(article.id, article.status, setError)
  const [backToReview, setBackToReview] = useState<StatusChange | null>(null)
  const adoptStatus = workflowStatus.adopt
  useEffect(
    // An edit of approved words sent the article back to review: the select follows and the screen says why.
    () =>
      savedStatusChanges.listen((change) => {
        adoptStatus(change.to)
        setBackToReview(change)
      }),
    [savedStatusChanges, adoptStatus]
  )

  const saving = useSaveProgress(autosave)
  useFlushOnClose(autosave)
  // Leaving the screen any other way still sends what was typed.
  useEffect(() => () => void autosave.flush(), [autosave])

  const checkPanel = useRef<CheckPanelHandle>(null)
  const [previewing, setPreviewing] = useState(false)
  const preview = useArticlePreview(article.id, saving.version, settings, previewing)
  const previewButton = useRef<HTMLButtonElement>(null)
  const closePreview = useCallback(() => {
    // Rendered first: a narrow window hid the toggle behind the full-window preview.
    flushSync(() => setPreviewing(false))
    previewButton.current?.focus()
  }, [])
  const togglePreview = () => {
    // What was typed since the last save is sent now, so the page shows it.
    if (!previewing) flush()
    setPreviewing(!previewing)
  }
  const editorRef = useRef<Editor | null>(null)

  // An editor opening an article in review starts suggesting, when the newsroom asks for it.
  const startsSuggesting = settings.editorsSuggest && profile?.role === 'editor' && article.status === 'in_review'
  const onReady = useCallback(
    (editor: Editor | null) => {
      editorRef.current = editor
      review.attach(editor)
      if (editor && startsSuggesting) review.setSuggesting(true)
    },
    // Decided once, when the article opens: a later change of the setting does not switch the mode under the editor's hands.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [review]
  )
  const locate = useCallback((finding: Finding) => locateFinding(finding.location, editorRef.current), [])
  const readArticleBody = useCallback(() => readBody(replica.doc), [replica])
  const readFigures = useCallback(() => bodyFigures(readBody(replica.doc)), [replica])
  const flush = useCallback(() => void autosave.flush(), [autosave])
  const saveTyping = useCallback(() => autosave.flush(), [autosave])

  const changeMeta = (patch: Partial<ArticleMeta>) => {
    const next = { ...readMeta(replica.doc), ...patch }
    // The slug follows the headline until the journalist makes it their own.
    if (!next.slugIsCustom && ('headline' in patch || 'slugScript' in patch)) next.slug = slugFromHeadline(next.headline, next.slugScript)
    // Only what differs goes into the document; its update is the edit autosave sends.
    writeMeta(replica.doc, next)
    setMeta(next)
  }

  // What changes elsewhere (another window, a restore, the command line) arrives in the replica.
  const following = useReplicaFollowing(article.id, replica, {
    onArrived: () => {
      setMeta(readMeta(replica.doc))
      autosave.storedChanged()
    },
    onStatus: workflowStatus.adopt,
    onError: (failure) => setError(refused(failure))
  })

  const back = async () => {
    setLeaving(true)
    const saved = await autosave.flush()
    if (saved && fresh && workflowStatus.status === article.status && isUntouchedDraft(readContent(replica.doc), article.meta)) {
      // Nothing was written: no empty «بلا عنوان» draft is left in the library.
      await api.deleteArticle({ id: article.id })
    } else if (saved) {
      // Closed after changes: the article as it was left becomes a revision (none when nothing changed).
      await api.closeArticle({ id: article.id })
    }
    setLeaving(false)
    if (saved) onBack()
    else setError(said('article.leaveBlocked'))
  }

  const exportHtml = async (draftExport = false) => {
    setExporting(true)
    setError(null)
    setDraftOffered(false)
    try {
      if (!(await autosave.flush())) {
        setError(said('article.exportBlocked'))
        return
      }
      const exported = await api.exportArticle(draftExport ? { id: article.id, draft: true } : { id: article.id })
      if (exported.ok) {
        setExported({ folder: exported.value.folder, version: autosave.current.version, draft: draftExport, notes: exported.value.notices })
      } else if (exported.error.code === 'export_blocked_by_check') {
        // Refused for the check's errors: say so in the interface's language,
        // show the journalist what to fix, and offer a draft to pass round meanwhile.
        setError(refused(exported.error))
        setDraftOffered(true)
        checkPanel.current?.reveal()
      } else {
        setError(refused(exported.error))
      }
    } finally {
      setExporting(false)
    }
  }

  /** A revision restored: the document took it as a new edit, which the replica now catches up. */
  const restored = async () => {
    await following.catchUp()
    if (editorRef.current) forgetBodyUndo(editorRef.current)
  }

  const keepAsNew = async () => {
    setKeeping(true)
    setError(null)
    try {
      const unsaved = readContent(replica.doc)
      const kept = await keepDraftAsCopy(api, unsaved, unsaved.meta.headline)
      const opened = kept.ok ? await api.getArticle({ id: kept.value.id }) : kept
      if (opened.ok) onOpen(opened.value)
      else setError(refused(opened.error))
    } finally {
      setKeeping(false)
    }
  }

  // The "exported to …" notice describes the saved version it exported; the first change retires it.
  const exportFolder = exported && saving.state === 'saved' && saving.version === exported.version ? exported.folder : null
  const exportedDraft = exported?.draft === true

  // A missing article has its own banner, which says more than the bare error.
  const shownError = error ?? (saving.state === 'failed' && saving.error ? refused(saving.error) : null)

  return (
    <OpenArticleProvider value={article.id}>
    <div className={previewing ? 'screen article-screen is-previewing' : 'screen article-screen'}>
      <header className="app-header">
        <button
          type="button"
          className="button button-quiet back-button"
          data-testid="back-to-library"
          title={t('article.backLabel')}
          disabled={leaving}
          onClick={() => void back()}
        >
          <span className="back-arrow" aria-hidden="true" />
          {t('article.back')}
        </button>
        {/* The screen's one top-level heading: the article it edits. */}
        <h1 className="header-title" dir="auto">
          {meta.headline || t('library.untitled')}
        </h1>
        <SaveIndicator progress={saving} onRetry={flush} />
        <button
          type="button"
          className="button button-quiet"
          data-testid="history-open"
          aria-label={t('history.openLabel')}
          aria-haspopup="dialog"
          onClick={() => setHistoryOpen({})}
        >
          {t('history.open')}
        </button>
        <button
          ref={previewButton}
          type="button"
          className="button button-quiet"
          data-testid="preview-toggle"
          aria-pressed={previewing}
          aria-label={t('preview.openLabel')}
          onClick={togglePreview}
        >
          {t('preview.open')}
        </button>
        <button
          type="button"
          className="button"
          data-testid="export-html"
          disabled={exporting}
          onClick={() => void exportHtml()}
        >
          {exporting ? t('article.exporting') : t('article.export')}
        </button>
        <SendArticleButton article={{ id: article.id, headline: meta.headline }} save={() => autosave.flush()} onError={setError} />
        <SettingsButton />
      </header>

      <main className="article-main">
        {/* Pinned to the bottom of the window so they stay in sight while the
            journalist is deep in the body. */}
        <div className="messages">
          {saving.state === 'missing' && <MissingBanner keeping={keeping} onKeep={() => void keepAsNew()} />}
          {shownError && <ErrorMessage message={shownError} onDismiss={error ? () => setError(null) : undefined} />}
          {draftOffered && error && (
            <div className="notice draft-export-offer">
              <p>{t('article.exportDraftHint')}</p>
              <button type="button" className="button" data-testid="export-draft" disabled={exporting} onClick={() => void exportHtml(true)}>
                {t('article.exportDraft')}
              </button>
            </div>
          )}
          {notice && (
            <div className="notice" role="status">
              <p>{messageText(t, notice)}</p>
              <button type="button" className="button button-quiet" onClick={() => setNotice(null)}>
                {t('message.dismiss')}
              </button>
            </div>
          )}
          {backToReview && <BackToReviewNotice change={backToReview} onDismiss={() => setBackToReview(null)} onCompare={() => setHistoryOpen({ compareFrom: 'approved' })} />}
          {exportFolder && <ExportNotice articleId={article.id} folder={exportFolder} draft={exportedDraft} notes={exported?.notes} onDismiss={() => setExported(null)} />}
        </div>

        <div className="article-layout">
        <article className="article-sheet">
          <MetaFields meta={meta} onChange={changeMeta} onLeave={flush} />
          <BodyEditor
            document={replica.doc}
            onLeave={flush}
            onError={setError}
            onReady={onReady}
            onTextChanged={textChanged}
            typography={typography}
            review={review}
          />
        </article>
        <ArticleDetails meta={meta} onChange={changeMeta} onLeave={flush} readBody={readArticleBody} readFigures={readFigures} onError={setError}>
          <ArticleStatusField control={workflowStatus} />
          <ArticleDates createdAt={article.createdAt} updatedAt={saving.updatedAt} />
          {/* The status is read by the check too (an approval that lapsed): a change of either runs it again. */}
          <ReviewPanel review={review} me={writerId} />
          <CheckPanel ref={checkPanel} articleId={article.id} savedVersion={saving.version} settingsKey={`${settings.headlineTarget}|${workflowStatus.status}`} onLocate={locate} />
        </ArticleDetails>
        </div>
      </main>
      {previewing && <PreviewPane preview={preview} onClose={closePreview} />}
      {historyOpen && (
        <HistoryDialog articleId={article.id} document={replica.doc} saveTyping={saveTyping} onRestored={restored} onClose={() => setHistoryOpen(false)} compareFrom={historyOpen.compareFrom} />
      )}
      <StatisticsBar stats={stats}>{hub.status?.link ? <ArticleSyncState articleId={article.id} status={hub.status} /> : null}</StatisticsBar>
    </div>
    </OpenArticleProvider>
  )
}
