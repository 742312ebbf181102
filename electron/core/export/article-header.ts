import type { Article } from '../../../shared/article/article'
import { escapeAttribute, escapeText } from './html-escape'
import { machineDate, readerDate } from './page-dates'

/**
 * The article's <header>: kicker, headline, dek, byline, dateline and date,
 * each written only when the article has it, so the page never carries an
 * empty element.
 */
export function articleHeader(article: Article): string {
  const { kicker, headline, dek, byline, dateline } = article.meta
  const lines: string[] = []
  const add = (value: string, html: (text: string) => string) => {
    if (value.trim()) lines.push(html(escapeText(value.trim())))
  }
  add(kicker, (t) => `<p class="kicker">${t}</p>`)
  add(headline, (t) => `<h1>${t}</h1>`)
  add(dek, (t) => `<p class="dek">${t}</p>`)
  add(byline, (t) => `<p class="byline">${t}</p>`)
  add(dateline, (t) => `<p class="dateline">${t}</p>`)
  const published = machineDate(article.createdAt)
  const shown = readerDate(article.createdAt)
  if (published && shown) lines.push(`<p class="published"><time datetime="${escapeAttribute(published)}">${escapeText(shown)}</time></p>`)
  return lines.length > 0 ? `<header>\n${lines.join('\n')}\n</header>` : ''
}
