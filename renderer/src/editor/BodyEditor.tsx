import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react'
import type { Editor } from '@tiptap/core'
import { EditorContent, useEditor, useEditorState } from '@tiptap/react'
import type * as Y from 'yjs'
import { useBackend } from '../backend/backend-context'
import { said, type ShownMessage } from '../common/shown-message'
import { useT } from '../i18n/locale-context'
import { EditorBridge } from './editor-bridge'
import { drawBodyFromDocument } from './document-binding'
import { editorExtensions } from './editor-extensions'
import { LinkDialog } from './LinkDialog'
import { Toolbar } from './Toolbar'
import { useFigurePicker } from './use-figure-picker'
import { ShortcutSheet } from './ShortcutSheet'
import { SlashMenu } from './SlashMenu'
import { matchingInsertItems, type InsertItem } from './insert-items'
import { slashQueryIn } from './slash-query'
import { defaultTypographySettings, type TypographySettings } from './typography-settings'
import './body-blocks.css'
import type { ArticleReview } from '../review/article-review'
import { BodyContextMenu } from '../review/BodyContextMenu'
import '../review/review-panel.css'
import '../review/review-marks.css'

interface Props {
  /** The article's document: the body is its collaboration field, and every edit goes into it. */
  document: Y.Doc
  /** Focus left the body or one of its fields: save now. */
  onLeave: () => void
  onError: (message: ShownMessage | null) => void
  onReady: (editor: Editor | null) => void
  /** The body changed; `readText` gives its plain text when — and only if — someone counts it. */
  onTextChanged: (readText: () => string) => void
  /** The newsroom's quote and digit style; defaults until settings are read. */
  typography?: TypographySettings
  /** Comments and suggestions on the open article. */
  review: ArticleReview
}

const bodyText = (editor: Editor) => editor.state.doc.textBetween(0, editor.state.doc.content.size, '\n\n', ' ')

/** The article body: toolbar, link box and the right-to-left Tiptap editor. */
export function BodyEditor({ document, onLeave, onError, onReady, onTextChanged, typography = defaultTypographySettings, review }: Props) {
  const t = useT()
  const { mediaUrl } = useBackend()
  const [linkOpen, setLinkOpen] = useState(false)
  const [shortcutsOpen, setShortcutsOpen] = useState(false)

  // The slash menu's keys reach it once the editor exists (see the update below).
  const [bridge] = useState(
    () =>
      new EditorBridge({
        placeholder: () => t('body.placeholder'),
        onLink: () => setLinkOpen(true),
        onFieldBlur: onLeave,
        onShortcutSheet: () => setShortcutsOpen(true),
        onSlashKey: () => false,
        typography: () => typography,
        onFiles: () => undefined,
        onComment: () => undefined,
        onSuggesting: () => undefined,
        onSuggested: () => undefined,
        isMySuggestion: () => false
      })
  )
  const extensions = useMemo(() => editorExtensions(bridge.hooks(mediaUrl), document), [bridge, mediaUrl, document])

  // A new object would make useEditor push fresh props into the view on every render.
  const editorProps = useMemo(
    () => ({
      // The copy is Arabic: the body is right-to-left once, and a block differs
      // only through its own `dir` (shared/schema/block-direction.ts).
      attributes: { class: 'article-body', dir: 'rtl', lang: 'ar', 'aria-label': t('body.label'), 'aria-multiline': 'true', role: 'textbox' }
    }),
    [t]
  )

  // useEditor calls the latest onUpdate/onBlur given to it on every render.
  // The body comes from the document, drawn once the node views are mounted (see document-binding).
  const editor = useEditor({
    extensions,
    shouldRerenderOnTransaction: false,
    editorProps,
    // What arrives from another desk is checked against the schema before it is shown.
    enableContentCheck: true,
    onContentError: ({ editor: broken }) => {
      // The binding stays in step with the document, so nothing is written
      // back over what this version cannot read; the body stops taking edits.
      broken.setEditable(false)
      onError(said('body.contentRefused'))
    },
    onCreate: ({ editor: created }) => onTextChanged(() => bodyText(created)),
    onUpdate: ({ editor: updated }) => {
      // No text is built here: walking a 10,000-word document on every keystroke
      // would cost more than the keystroke itself.
      onTextChanged(() => bodyText(updated))
    },
    onBlur: () => onLeave()
  })

  // After EditorContent's own mount (a child's layout effect runs first), before the first paint.
  useLayoutEffect(() => drawBodyFromDocument(editor), [editor])

  // A new interface language redraws the placeholder (an empty transaction
  // recomputes decorations without touching the article).
  useEffect(() => {
    if (!editor.isDestroyed) editor.view.dispatch(editor.state.tr.setMeta('addToHistory', false))
  }, [editor, t])

  useEffect(() => {
    onReady(editor)
    return () => onReady(null)
  }, [editor, onReady])

  const { fileInput, adding, pick, onFileChosen, placeFiles } = useFigurePicker(editor, onError)
  const closeLink = useCallback(() => setLinkOpen(false), [])
  const slash = useSlashMenu(editor)
  const startComment = useCallback(() => {
    if (review.startComment()) onError(null)
    else onError(said('review.selectWords'))
  }, [review, onError])
  useEffect(() => {
    bridge.update({
      placeholder: () => t('body.placeholder'),
      onLink: () => setLinkOpen(true),
      onFieldBlur: onLeave,
      onShortcutSheet: () => setShortcutsOpen(true),
      onSlashKey: slash.onKey,
      typography: () => typography,
      onFiles: (files) => void placeFiles(files),
      onComment: startComment,
      onSuggesting: () => review.setSuggesting(!review.isSuggesting()),
      onSuggested: review.suggested,
      isMySuggestion: review.isMine
    })
  })

  return (
    <section className="body-section" aria-label={t('body.label')}>
      <div className="toolbar-bar">
        <Toolbar
          editor={editor}
          linkOpen={linkOpen}
          onLink={() => setLinkOpen((open) => !open)}
          onFigure={pick}
          addingFigure={adding}
          shortcutsOpen={shortcutsOpen}
          onShortcuts={() => setShortcutsOpen((open) => !open)}
          review={review}
          onComment={startComment}
        />
        {linkOpen && <LinkDialog editor={editor} onClose={closeLink} onError={onError} />}
        <input
          ref={fileInput}
          type="file"
          accept="image/*"
          data-testid="figure-file"
          hidden
          onChange={(event) => void onFileChosen(event)}
        />
      </div>
      {shortcutsOpen && (
        <ShortcutSheet
          onClose={() => {
            setShortcutsOpen(false)
            editor.view.focus()
          }}
        />
      )}
      <div className="body-editor" data-testid="body-editor" dir="rtl" lang="ar">
        <EditorContent editor={editor} />
      </div>
      <BodyContextMenu editor={editor} review={review} onComment={startComment} />
      {slash.open && <SlashMenu editor={editor} items={slash.items} active={slash.active} from={slash.from} onChoose={slash.choose} />}
    </section>
  )
}

/**
 * "/" on an empty line: the blocks whose name matches what follows, arrow keys
 * to move, Enter to insert, Escape to close (the typed "/" stays as text;
 * typing on filters and opens the list again).
 */
function useSlashMenu(editor: Editor) {
  const query = useEditorState({ editor, selector: ({ editor: e }) => slashQueryIn(e.state) })
  const key = query ? `${query.from}:${query.query}` : ''
  const [picked, setPicked] = useState({ key: '', index: 0 })
  const [dismissed, setDismissed] = useState('')
  // Once the "/" line is gone, a new "/" opens the list again.
  const [seenKey, setSeenKey] = useState(key)
  if (seenKey !== key) {
    setSeenKey(key)
    if (key === '' && dismissed !== '') setDismissed('')
  }
  const items = useMemo(() => matchingInsertItems(query?.query ?? ''), [query?.query])
  const active = picked.key === key ? Math.min(picked.index, Math.max(0, items.length - 1)) : 0
  const open = query !== null && dismissed !== key

  const choose = useCallback(
    (item: InsertItem) => {
      if (!query) return
      item.apply(editor.chain().focus().deleteRange({ from: query.from, to: query.to })).run()
    },
    [editor, query]
  )

  const onKey = useCallback(
    (pressed: string): boolean => {
      if (!open) return false
      const count = items.length
      if (pressed === 'Escape') setDismissed(key)
      else if (pressed === 'ArrowDown') setPicked({ key, index: count ? (active + 1) % count : 0 })
      else if (pressed === 'ArrowUp') setPicked({ key, index: count ? (active - 1 + count) % count : 0 })
      else {
        const item = items[active]
        if (!item) return false
        choose(item)
      }
      return true
    },
    [open, items, key, active, choose]
  )

  return { open, items, active, from: query?.from ?? 0, choose, onKey }
}
