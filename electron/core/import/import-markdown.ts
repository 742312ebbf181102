import MarkdownIt from 'markdown-it'
import { articleFromHtml } from './article-from-html'
import type { ImportedArticle } from './imported-article'

// html: false writes any HTML in the file as visible text: a Markdown article
// cannot smuggle markup in, and none of its characters is lost.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false })

export function articleFromMarkdown(text: string, fileName: string): ImportedArticle {
  return articleFromHtml(markdown.render(text), fileName)
}
