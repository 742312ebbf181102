import type { Article } from '../../../shared/article/article'
import { renderArticleBody } from './article-body-html'
import { articleFigures } from './article-figures'
import { articleHeader } from './article-header'
import { escapeAttribute, escapeText, jsonForScript } from './html-escape'
import { pageDescription } from './page-description'
import { exportStylesheet } from './page-style'
import { socialMetaTags } from './social-meta'
import { newsArticleData } from './structured-data'

// Exported pages are Arabic whatever the interface language is.
const untitled = 'مقال بلا عنوان'

/**
 * The article as a standalone, publishable HTML page (PUBLISHING.md). Pure:
 * dates come from the article, nothing from the clock or chance, so the same
 * article always gives the same bytes and exports can be diffed.
 */
export function renderArticlePage(article: Article): string {
  const description = pageDescription(article)
  const figures = articleFigures(article.body)
  const title = article.meta.headline.trim() || untitled
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(title)}</title>`,
    description ? `<meta name="description" content="${escapeAttribute(description)}">` : '',
    '<meta name="robots" content="max-image-preview:large">',
    socialMetaTags(article, description, figures[0]),
    `<script type="application/ld+json">${jsonForScript(newsArticleData(article, description, figures))}</script>`,
    `<style>\n${exportStylesheet().trim()}\n</style>`
  ].filter(Boolean)
  const body = [articleHeader(article), renderArticleBody(article.body)].filter(Boolean)
  return [
    '<!DOCTYPE html>',
    '<html lang="ar" dir="rtl">',
    '<head>',
    ...head,
    '</head>',
    '<body>',
    '<article>',
    ...body,
    '</article>',
    '</body>',
    '</html>',
    ''
  ].join('\n')
}
