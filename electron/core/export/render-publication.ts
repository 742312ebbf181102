import type { Article } from '../../../shared/article/article'
import { renderArticleBody } from './article-body-html'
import { articleHeader } from './article-header'
import { figureHtml } from './figure-html'
import { allowListed } from './fragment-allow-list'
import { escapeAttribute, escapeText, jsonForScript } from './html-escape'
import { linkedArticleHref } from './linked-articles'
import { ninjsDocument } from './ninjs'
import { pageStylesheet } from './page-style'
import { articleAsPublished } from './published-article'
import { fillPageTemplate } from './page-template'
import type { Publication, PublicationContext } from './publication-context'
import { publicationFacts } from './publication-facts'
import { withPublishedDigits } from './published-digits'
import { socialMetaTags } from './social-meta'
import { breadcrumbData, newsArticleData } from './structured-data'

// Exported pages are Arabic whatever the interface language is.
export const draftMark = 'مسودة لم تُنشر'

// The chosen lead image, under the header like a print front.
function leadFigure(article: Article, context: PublicationContext): string {
  const lead = article.meta.leadImage
  if (!lead) return ''
  const inBody = (article.body.content ?? []).find((node) => node.type === 'figure' && node.attrs?.mediaId === lead.mediaId)
  const size = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null)
  return figureHtml(
    { ...lead, width: size(inBody?.attrs?.width), height: size(inBody?.attrs?.height), dir: null },
    context.pictures,
    { lead: true, className: 'lead-image' }
  )
}

/**
 * The body without the figure chosen as the lead: a web desk prints a
 * picture once, and the lead, under the header, is where it is printed.
 */
function bodyWithoutLead(article: Article): Article['body'] {
  const lead = article.meta.leadImage
  if (!lead) return article.body
  return { ...article.body, content: (article.body.content ?? []).filter((node) => !(node.type === 'figure' && node.attrs?.mediaId === lead.mediaId)) }
}

/** The `<article>` element: header, lead figure, body; through the allow-list. */
function articleFragment(article: Article, context: PublicationContext, publishedAt: string | null): string {
  const body = renderArticleBody(bodyWithoutLead(article), {
    pictures: context.pictures,
    hrefOf: (id) => linkedArticleHref(context, id),
    firstPictureIsLead: !article.meta.leadImage
  })
  const parts = [articleHeader(article, context.settings, publishedAt), leadFigure(article, context), body].filter(Boolean)
  return allowListed(['<article>', ...parts, '</article>'].join('\n'))
}

/**
 * The article as published (docs/publishing.md): the standalone page, the fragment
 * for a CMS and ninjs, from one rendering, so the three never disagree. The
 * page is the fragment inside the template with its head. Pure: dates come
 * from the article, nothing from the clock or chance, so the same article and
 * settings always give the same bytes and exports can be diffed. The words
 * are published in the newsroom's one digit style.
 */
export function renderPublication(stored: Article, context: PublicationContext): Publication {
  // Comments and suggestions are the newsroom's own: none of them is ever published.
  const article = withPublishedDigits(articleAsPublished(stored), context.settings.digitStyle)
  const facts = publicationFacts(article, context)
  const fragment = articleFragment(article, context, facts.published)
  const breadcrumb = breadcrumbData(article, facts, context.settings)
  const head = [
    `<title>${escapeText(facts.title)}</title>`,
    facts.description ? `<meta name="description" content="${escapeAttribute(facts.description)}">` : '',
    facts.canonical ? `<link rel="canonical" href="${escapeAttribute(facts.canonical)}">` : '',
    // A draft must never be indexed, wherever it ends up being served.
    facts.draft ? '<meta name="robots" content="noindex">' : '<meta name="robots" content="max-image-preview:large">',
    socialMetaTags(article, facts, context.settings),
    `<script type="application/ld+json">${jsonForScript(newsArticleData(article, facts, context.settings))}</script>`,
    breadcrumb ? `<script type="application/ld+json">${jsonForScript(breadcrumb)}</script>` : ''
  ].filter(Boolean)
  // Said on the page itself too, above the article, so a draft opened in a browser or pasted on by mistake is seen for what it is.
  const shown = facts.draft ? `<p class="draft-mark">${escapeText(draftMark)}</p>\n${fragment}` : fragment
  const page = fillPageTemplate({ head: head.join('\n'), style: pageStylesheet(context.settings), article: shown })
  return { page, fragment: `${fragment}\n`, ninjs: ninjsDocument(article, fragment, context.pictures, facts) }
}
