import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { Editor } from '@tiptap/core'
import { useT } from '../i18n/locale-context'
import { said, type ShownMessage } from '../common/shown-message'
import { articleIdOfHref, internalArticleHref } from '../../../shared/schema/internal-link'
import { linkAddressFrom } from './link-address'
import { ArticlePicker } from '../search/ArticlePicker'
import { useOpenArticleId } from './open-article-context'

interface Props {
  editor: Editor
  onClose: () => void
  onError: (message: ShownMessage | null) => void
}

/** Add, change or remove the link on the selected words. */
export function LinkDialog({ editor, onClose, onError }: Props) {
  const t = useT()
  const current = String(editor.getAttributes('link').href ?? '')
  const [typed, setTyped] = useState(current)
  const input = useRef<HTMLInputElement>(null)
  const openId = useOpenArticleId()
  // The article found through the search, whose headline becomes the link's words when none are selected.
  const [picked, setPicked] = useState<{ id: string; headline: string } | null>(null)
  const linkedArticle = articleIdOfHref(typed)

  useEffect(() => {
    input.current?.focus()
    input.current?.select()
  }, [])

  // Tiptap's focus() waits a frame; the journalist may already be typing.
  const backToText = () => editor.view.focus()

  const close = () => {
    onClose()
    backToText()
  }

  const apply = (event: FormEvent) => {
    event.preventDefault()
    const href = linkAddressFrom(typed)
    if (!href) {
      onError(said('link.invalid'))
      input.current?.focus()
      return
    }
    onError(null)
    if (editor.state.selection.empty && !editor.isActive('link')) {
      // Nothing selected: the address itself (or the linked article's
      // headline) becomes the linked words.
      const articleId = articleIdOfHref(href)
      const words = (articleId && picked?.id === articleId && picked.headline.trim()) || href
      editor.chain().insertContent({ type: 'text', text: words, marks: [{ type: 'link', attrs: { href } }] }).unsetMark('link').run()
    } else {
      editor.chain().extendMarkRange('link').setLink({ href }).run()
      // Typing on continues after the link instead of replacing it.
      editor.chain().setTextSelection(editor.state.selection.to).unsetMark('link').run()
    }
    onClose()
    backToText()
  }

  const remove = () => {
    onError(null)
    editor.chain().extendMarkRange('link').unsetLink().run()
    onClose()
    backToText()
  }

  return (
    // A form may not take the dialog role, so the dialog is a region around it.
    <div role="dialog" aria-label={t('link.title')} className="link-dialog-frame">
    <form
      className="link-dialog"
      onSubmit={apply}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault()
          onError(null)
          close()
        }
      }}
    >
      <label className="link-field">
        <span>{t('link.url')}</span>
        <input
          ref={input}
          data-testid="link-url"
          type="text"
          inputMode="url"
          dir="ltr"
          spellCheck={false}
          value={typed}
          placeholder="https://"
          onChange={(event) => setTyped(event.target.value)}
        />
      </label>
      <div className="link-field">
        <ArticlePicker
          label={t('link.article')}
          placeholder={t('link.article.search')}
          leaveOut={openId ? [openId] : []}
          testId="link-article"
          onPick={(article) => {
            setPicked(article)
            setTyped(internalArticleHref(article.id))
          }}
        />
        {linkedArticle && picked?.id === linkedArticle && (
          <span className="link-picked" data-testid="link-picked">
            <bdi>{picked.headline.trim() || t('related.untitled')}</bdi>
          </span>
        )}
      </div>
      <button type="submit" className="button button-primary" data-testid="link-apply">
        {t('link.apply')}
      </button>
      {current && (
        <button type="button" className="button" data-testid="link-remove" onClick={remove}>
          {t('link.remove')}
        </button>
      )}
      <button
        type="button"
        className="button button-quiet"
        data-testid="link-cancel"
        onClick={() => {
          onError(null)
          close()
        }}
      >
        {t('link.cancel')}
      </button>
    </form>
    </div>
  )
}
