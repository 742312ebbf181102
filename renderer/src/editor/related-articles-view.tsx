import { NodeViewWrapper, ReactNodeViewRenderer, type ReactNodeViewProps } from '@tiptap/react'
import { RelatedArticles, relatedArticlesFrom, type RelatedArticle } from '../../../shared/schema/related-articles'
import { messageText } from '../common/shown-message'
import { useT } from '../i18n/locale-context'
import { blockDir } from './block-dir'
import { useLibraryArticles } from './use-library-articles'

function RelatedArticlesView({ node, updateAttributes, deleteNode, selected }: ReactNodeViewProps) {
  const t = useT()
  const picked = relatedArticlesFrom(node.attrs.articles)
  const { articles, error } = useLibraryArticles()
  const choices = articles.filter((a) => !picked.some((p) => p.id === a.id))
  const save = (next: RelatedArticle[]) => updateAttributes({ articles: next })

  return (
    <NodeViewWrapper
      as="aside"
      className={selected ? 'related-block is-selected' : 'related-block'}
      data-type="related-articles"
      dir={blockDir(node)}
      aria-label={t('related.label')}
      contentEditable={false}
    >
      <div className="related-head">
        <span className="related-title">{t('related.label')}</span>
        <button type="button" className="button button-quiet" data-testid="related-remove-block" onClick={() => deleteNode()}>
          {t('related.removeBlock')}
        </button>
      </div>
      {picked.length === 0 ? (
        <p className="related-empty">{t('related.empty')}</p>
      ) : (
        <ul className="related-list">
          {picked.map((article) => (
            <li key={article.id}>
              <span data-testid="related-item">{article.headline || t('related.untitled')}</span>
              <button
                type="button"
                className="related-remove"
                aria-label={t('related.remove')}
                title={t('related.remove')}
                onClick={() => save(picked.filter((p) => p.id !== article.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label className="related-pick">
        <span>{t('related.pick')}</span>
        <select
          data-testid="related-pick"
          value=""
          onChange={(event) => {
            const chosen = articles.find((a) => a.id === event.target.value)
            if (chosen) save([...picked, { id: chosen.id, headline: chosen.headline }])
          }}
        >
          <option value="">{t('related.pick.placeholder')}</option>
          {choices.map((a) => (
            <option key={a.id} value={a.id}>
              {a.headline || t('related.untitled')}
            </option>
          ))}
        </select>
      </label>
      {error && (
        <p className="field-error" role="alert">
          {messageText(t, error)}
        </p>
      )}
    </NodeViewWrapper>
  )
}

/** The shared RelatedArticles node, with a picker over the library. */
export const EditorRelatedArticles = RelatedArticles.extend({
  addNodeView() {
    return ReactNodeViewRenderer(RelatedArticlesView)
  }
})
