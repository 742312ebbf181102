import { isWebsiteChrome } from './website-chrome'

// Class and id words news themes give to what surrounds the article: related
// stories, comments, share bars, newsletter boxes, breadcrumbs, sidebars, ads.
const chromeWord = /^(?:.*[-_])?(related|comments?|comment-form|respond|share|sharing|social|newsletter|breadcrumbs?|sidebar|widget|advert|advertisement|ads|back-to-top|scroll-top|go-top)(?:[-_].*)?$/i

const isChromeContainer = (el: Element) =>
  [...(el.getAttribute('class') ?? '').split(/\s+/), el.id].some((word) => word !== '' && chromeWord.test(word))

/**
 * Removes a saved web page's own chrome before its article is read: blocks the
 * theme marks as related/comments/share…, and standalone lines that are only
 * a chrome phrase ("مقالات ذات صلة", "زر الذهاب إلى الأعلى"), as the text
 * importer does.
 */
export function removePageChrome(body: Element): void {
  // A theme may also tag the article's own wrapper ("post has-comments"): a
  // block holding the headline, an <article>/<main>, or half the page's text
  // is never treated as chrome, so the story itself cannot be dropped.
  const pageText = (body.textContent ?? '').length
  const mayHoldTheStory = (el: Element) =>
    /^(article|main|body)$/i.test(el.tagName) || el.querySelector('h1, article, main') !== null || (el.textContent ?? '').length * 2 > pageText
  for (const el of [...body.querySelectorAll('[class], [id]')]) {
    if (el.isConnected && isChromeContainer(el) && !mayHoldTheStory(el)) el.remove()
  }
  for (const el of [...body.querySelectorAll('h1, h2, h3, h4, h5, h6, p, li, div, span, a, button')]) {
    if (el.isConnected && isWebsiteChrome((el.textContent ?? '').replace(/\s+/g, ' ').trim())) el.remove()
  }
}
