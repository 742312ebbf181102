import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { ArticleBody } from '../../../shared/article/body'
import { articleExtensions } from '../../../shared/schema/article-extensions'
import { publishedArticlePath } from '../../../shared/schema/internal-link'
import { relatedArticlesHeading } from '../../../shared/schema/related-articles'
import { MidadError } from '../../../shared/contract/errors'
import type { ExportPictures } from './export-pictures'
import { BlockLanguage } from './block-language'
import { figureHtml } from './figure-html'
import { escapeAttribute, escapeText } from './html-escape'
import { noPictures } from './publication-context'
import { publishedBlocks, publishedLinkOptions, type ArticleHref, type PublishedRelatedArticle } from './published-blocks'
import { publishedCell, publishedHeaderCell, publishedRow, publishedTable } from './table-html'

// Built once: the very schema the editor uses, block direction included, and
// the language of English blocks, which only the page carries.
const extensions = [...articleExtensions({ kit: { link: publishedLinkOptions() } }), BlockLanguage]

const positive = (value: unknown): number | null =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null

const directionOf = (node: ProseMirrorNode): 'ltr' | null => (node.attrs.dir === 'ltr' ? 'ltr' : null)

// A figure is published with its renditions (figure-html.ts), which the
// editor's own rendering of the node knows nothing about.
function publishedFigure(node: ProseMirrorNode, pictures: ExportPictures, first: boolean): string {
  const attrs = node.attrs
  return figureHtml(
    {
      mediaId: typeof attrs.mediaId === 'string' ? attrs.mediaId : null,
      alt: String(attrs.alt ?? ''),
      caption: String(attrs.caption ?? ''),
      credit: String(attrs.credit ?? ''),
      width: positive(attrs.width),
      height: positive(attrs.height),
      dir: directionOf(node),
      lang: node.attrs.lang === 'en' ? 'en' : null
    },
    pictures,
    { lead: first }
  )
}

// "Read also", with each link at the address published-blocks.ts resolved.
function publishedRelated(node: ProseMirrorNode): string {
  const articles = (node.attrs.articles ?? []) as PublishedRelatedArticle[]
  const items = articles.map(
    (entry) =>
      `<li><a href="${escapeAttribute(entry.href)}" data-article-id="${escapeAttribute(entry.id)}">${escapeText(entry.headline || entry.id)}</a></li>`
  )
  const dir = directionOf(node) ? ' dir="ltr"' : ''
  return `<aside class="related"${dir}><h2>${escapeText(relatedArticlesHeading)}</h2><ul>${items.join('')}</ul></aside>`
}

export interface BodyRendering {
  pictures: ExportPictures
  hrefOf: ArticleHref
  /** When the article has no lead image, its first picture is the one loaded first. */
  firstPictureIsLead: boolean
}

/** Without a library or pictures: links to sibling export folders, stored files as they are. */
const siblingPages: BodyRendering = { pictures: noPictures, hrefOf: publishedArticlePath, firstPictureIsLead: false }

/**
 * The body as published, rendered from the stored JSON by the same node
 * definitions the editor uses. Working state (the editor's trailing line, an
 * unfilled related-articles block, an empty waiting figure) is left out of the
 * page, and links to other articles point at their published address.
 */
export function renderArticleBody(body: ArticleBody, rendering: BodyRendering = siblingPages): string {
  const content = publishedBlocks(body.content ?? [], rendering.hrefOf)
  let figures = 0
  try {
    return renderToHTMLString({
      content: { type: 'doc', content },
      extensions,
      options: {
        nodeMapping: {
          figure: ({ node }) => publishedFigure(node, rendering.pictures, rendering.firstPictureIsLead && figures++ === 0),
          relatedArticles: ({ node }) => publishedRelated(node),
          table: ({ node, children }) => publishedTable(node, children),
          tableRow: ({ children }) => publishedRow(children),
          tableHeader: ({ node, parent, children }) => publishedHeaderCell(node, parent, children),
          tableCell: ({ node, children }) => publishedCell(node, children)
        }
      }
    })
  } catch (error) {
    throw new MidadError('export_failed', { detail: (error as Error).message })
  }
}
