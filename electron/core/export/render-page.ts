import type { Article } from '../../../shared/article/article'
import { renderArticleBody } from './article-body-html'
import { articleFigures, type ArticleFigure } from './article-figures'
import { articleHeader } from './article-header'
import { escapeAttribute, escapeText, jsonForScript } from './html-escape'
import { leadImageFigure } from './lead-image-html'
import { westernDates, type PageDateStyle } from './page-dates'
import { pageDescription } from './page-description'
import { exportStylesheet } from './page-style'
import { socialMetaTags } from './social-meta'
import { newsArticleData } from './structured-data'
import { seoTitleOf } from '../../../shared/article/seo-defaults'

// Exported pages are Arabic whatever the interface language is.
const untitled = 'مقال بلا عنوان'

// The chosen lead image shares the article; without one, the body's first picture does.
function shareImage(article: Article, figures: ArticleFigure[]): ArticleFigure | undefined {
  const lead = article.meta.leadImage
  if (!lead) return figures[0]
  const inBody = figures.find((figure) => figure.mediaId === lead.mediaId)
  return { mediaId: lead.mediaId, alt: lead.alt, caption: lead.caption, width: inBody?.width ?? null, height: inBody?.height ?? null }
}

/**
 * The article as a standalone, publishable HTML page (PUBLISHING.md). Pure:
 * dates come from the article, nothing from the clock or chance, so the same
 * article always gives the same bytes and exports can be diffed.
 */
export function renderArticlePage(article: Article, dates: PageDateStyle = westernDates): string {
  const description = pageDescription(article)
  const figures = articleFigures(article.body)
  const title = seoTitleOf(article.meta) || untitled
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(title)}</title>`,
    description ? `<meta name="description" content="${escapeAttribute(description)}">` : '',
    '<meta name="robots" content="max-image-preview:large">',
    socialMetaTags(article, description, shareImage(article, figures)),
    `<script type="application/ld+json">${jsonForScript(newsArticleData(article, description, figures))}</script>`,
    `<style>\n${exportStylesheet().trim()}\n</style>`
  ].filter(Boolean)
  const body = [articleHeader(article, dates), leadImageFigure(article), renderArticleBody(article.body)].filter(Boolean)
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
