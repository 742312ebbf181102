import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import type { Editor } from '@tiptap/core'
import type { Article } from '../../../shared/article/article'
import type { ArticleMeta } from '../../../shared/article/meta'
import type { StatusChange } from '../../../shared/article/status'
import type { Finding } from '../../../shared/prepublish/finding'
import { bodyPlainText } from '../../../shared/text/plain-text'
import { slugFromHeadline } from '../../../shared/text/slug'
import { ArticleAutosave } from '../autosave/autosave'
import { useSaveProgress } from '../autosave/use-save-progress'
import { useFlushOnClose } from '../autosave/use-flush-on-close'
import { useBackend } from '../backend/backend-context'
import { ErrorMessage } from '../common/ErrorMessage'
import { messageText, refused, said, type ShownMessage } from '../common/shown-message'
import { CheckPanel, type CheckPanelHandle } from '../prepublish/CheckPanel'
import { locateFinding } from '../prepublish/locate-finding'
import { BodyEditor } from '../editor/BodyEditor'
import { PreviewPane } from '../preview/PreviewPane'
import { useArticlePreview } from '../preview/use-article-preview'
import { useLocale, useT } from '../i18n/locale-context'
import { importedArticleNotice } from '../../../shared/paste/unkept-notice'
import { isolated } from '../i18n/user-text'
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
import { DraftSource } from './draft-source'
import { useFieldTypography } from '../editor/field-typography'
import { ExportNotice } from './ExportNotice'
import { keepDraftAsCopy } from './keep-draft-copy'
import { MetaFields } from './MetaFields'
import { OpenArticleProvider } from '../editor/open-article-context'
import { SaveIndicator } from './SaveIndicator'
import { MissingBanner, StaleBanner } from './StaleBanner'
import { StatisticsBar } from './StatisticsBar'
import { isUntouchedDraft } from './untouched-draft'
import { useTextStatistics } from './use-text-statistics'

interface Props {
  article: Article
  /** Created just now: backing out of it with nothing written removes it. */
  fresh?: boolean
  onBack: () => void
  /** Switch to another article (the journalist's copy of a deleted one). */
  onOpen: (article: Article) => void
}

export function ArticleScreen({ article, fresh = false, onBack, onOpen }: Props) {
  const t = useT()
  const { api } = useBackend()
  const [meta, setMeta] = useState<ArticleMeta>(article.meta)
  const [draft] = useState(() => new DraftSource(article))
  const [savedStatusChanges] = useState(() => new SavedStatusChanges())
  const [autosave] = useState(
    () =>
      new ArticleAutosave({
        articleId: article.id,
        version: article.version,
        updatedAt: article.updatedAt,
        save: async (r) => {
          const result = await api.saveArticle(r)
          if (result.ok) savedStatusChanges.report(result.value.statusChange)
          return result
        },
        readDraft: () => draft.read()
      })
  )
  const { stats, textChanged } = useTextStatistics(article.wordCount)
  const { settings } = useNewsroomSettings()
  const { quoteStyle, digitStyle } = settings
  const typography = useMemo(() => ({ quoteStyle, digitStyle }), [quoteStyle, digitStyle])
  useFieldTypography(typography)
  const [error, setError] = useState<ShownMessage | null>(null)
  const { locale } = useLocale()
  // A file just imported says what it held that the article could not keep.
  const [notice, setNotice] = useState<ShownMessage | string | null>(() => importedArticleNotice(locale, article))
  const [exported, setExported] = useState<{ folder: string; version: number; draft: boolean } | null>(null)
  // Offered once the export for publishing is refused for the check's errors.
  const [draftOffered, setDraftOffered] = useState(false)
  const [exporting, setExporting] = useState(false)
  const [reloading, setReloading] = useState(false)
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

  const onReady = useCallback(
    (editor: Editor | null) => {
      editorRef.current = editor
      draft.attach(editor)
    },
    [draft]
  )
  const locate = useCallback((finding: Finding) => locateFinding(finding.location, editorRef.current), [])
  const readBody = useCallback(() => draft.read().body, [draft])
  const readFigures = useCallback(() => bodyFigures(draft.read().body), [draft])
  // Runs on every keystroke, so it touches no React state: a state update here,
  // even to the same value, re-rendered the whole screen once per letter.
  const edit = useCallback(() => autosave.edit(), [autosave])
  const flush = useCallback(() => void autosave.flush(), [autosave])
  const saveTyping = useCallback(() => autosave.flush(), [autosave])

  const changeMeta = (patch: Partial<ArticleMeta>) => {
    const next = { ...draft.currentMeta(), ...patch }
    // The slug follows the headline until the journalist makes it their own.
    if (!next.slugIsCustom && ('headline' in patch || 'slugScript' in patch)) next.slug = slugFromHeadline(next.headline, next.slugScript)
    draft.setMeta(next)
    setMeta(next)
    edit()
  }

  const back = async () => {
    setLeaving(true)
    const saved = await autosave.flush()
    if (saved && fresh && workflowStatus.status === article.status && isUntouchedDraft(draft.read(), article.meta)) {
      // Nothing was written: no empty «بلا عنوان» draft is left in the library.
      await api.deleteArticle({ id: article.id })
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
        setExported({ folder: exported.value.folder, version: autosave.current.version, draft: draftExport })
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

  const reload = async () => {
    setReloading(true)
    setError(null)
    try {
      if (autosave.hasUnsavedWork()) {
        const unsaved = draft.read()
        const copyHeadline = t('stale.copyHeadline', { headline: unsaved.meta.headline || t('library.untitled') })
        const kept = await keepDraftAsCopy(api, unsaved, copyHeadline)
        if (!kept.ok) {
          // The draft stays on screen; reloading now would lose it.
          setError(refused(kept.error))
          return
        }
        setNotice(said('stale.copied', { headline: isolated(kept.value.headline) }))
      }
      await readStoredAgain()
    } finally {
      setReloading(false)
    }
  }

  /** The stored article becomes what the screen shows (after a reload, or a revision restored). */
  const readStoredAgain = async () => {
    const stored = await api.getArticle({ id: article.id })
    if (!stored.ok) {
      setError(refused(stored.error))
      return
    }
    draft.replace(stored.value)
    setMeta(stored.value.meta)
    workflowStatus.adopt(stored.value.status)
    textChanged(() => bodyPlainText(stored.value.body))
    autosave.adopt(stored.value.version, stored.value.updatedAt)
  }

  const keepAsNew = async () => {
    setReloading(true)
    setError(null)
    try {
      const unsaved = draft.read()
      const kept = await keepDraftAsCopy(api, unsaved, unsaved.meta.headline)
      const opened = kept.ok ? await api.getArticle({ id: kept.value.id }) : kept
      if (opened.ok) onOpen(opened.value)
      else setError(refused(opened.error))
    } finally {
      setReloading(false)
    }
  }

  // The "exported to …" notice describes the saved version it exported; the first change retires it.
  const exportFolder = exported && saving.state === 'saved' && saving.version === exported.version ? exported.folder : null
  const exportedDraft = exported?.draft === true

  // A stale or missing article has its own banner, which says more than the bare error.
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
        <SettingsButton />
      </header>

      <main className="article-main">
        {/* Pinned to the bottom of the window so they stay in sight while the
            journalist is deep in the body. */}
        <div className="messages">
          {saving.state === 'stale' && <StaleBanner reloading={reloading} onReload={() => void reload()} />}
          {saving.state === 'missing' && <MissingBanner keeping={reloading} onKeep={() => void keepAsNew()} />}
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
          {exportFolder && <ExportNotice articleId={article.id} folder={exportFolder} draft={exportedDraft} onDismiss={() => setExported(null)} />}
        </div>

        <div className="article-layout">
        <article className="article-sheet">
          <MetaFields meta={meta} onChange={changeMeta} onLeave={flush} />
          <BodyEditor
            initialBody={article.body}
            onEdit={edit}
            onLeave={flush}
            onError={setError}
            onReady={onReady}
            onTextChanged={textChanged}
            typography={typography}
          />
        </article>
        <ArticleDetails meta={meta} onChange={changeMeta} onLeave={flush} readBody={readBody} readFigures={readFigures} onError={setError}>
          <ArticleStatusField control={workflowStatus} />
          <ArticleDates createdAt={article.createdAt} updatedAt={saving.updatedAt} />
          {/* The status is read by the check too (an approval that lapsed): a change of either runs it again. */}
          <CheckPanel ref={checkPanel} articleId={article.id} savedVersion={saving.version} settingsKey={`${settings.headlineTarget}|${workflowStatus.status}`} onLocate={locate} />
        </ArticleDetails>
        </div>
      </main>
      {previewing && <PreviewPane preview={preview} onClose={closePreview} />}
      {historyOpen && (
        <HistoryDialog articleId={article.id} saveTyping={saveTyping} onRestored={readStoredAgain} onClose={() => setHistoryOpen(false)} compareFrom={historyOpen.compareFrom} />
      )}
      <StatisticsBar stats={stats} />
    </div>
    </OpenArticleProvider>
  )
}
