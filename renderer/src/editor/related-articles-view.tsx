import { NodeViewWrapper, ReactNodeViewRenderer, type ReactNodeViewProps } from '@tiptap/react'
import { RelatedArticles, relatedArticlesFrom, type RelatedArticle } from '../../../shared/schema/related-articles'
import { useT } from '../i18n/locale-context'
import { blockDir } from './block-dir'
import { ArticlePicker } from '../search/ArticlePicker'
import { RelatedSuggestions } from '../search/RelatedSuggestions'
import { useOpenArticleId } from './open-article-context'

function RelatedArticlesView({ node, updateAttributes, deleteNode, selected }: ReactNodeViewProps) {
  const t = useT()
  const picked = relatedArticlesFrom(node.attrs.articles)
  const openId = useOpenArticleId()
  const save = (next: RelatedArticle[]) => updateAttributes({ articles: next })
  const add = (article: RelatedArticle) => save([...picked, { id: article.id, headline: article.headline }])

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
      <div className="related-pick">
        <ArticlePicker
          label={t('related.pick')}
          placeholder={t('related.pick.placeholder')}
          leaveOut={[...(openId ? [openId] : []), ...picked.map((article) => article.id)]}
          testId="related-pick"
          onPick={add}
        />
      </div>
      {openId && <RelatedSuggestions articleId={openId} chosen={picked.map((article) => article.id)} onPick={add} />}
    </NodeViewWrapper>
  )
}

/** The shared RelatedArticles node, with a picker that searches the archive. */
export const EditorRelatedArticles = RelatedArticles.extend({
  addNodeView() {
    return ReactNodeViewRenderer(RelatedArticlesView)
  }
})
