import { cleanLinkHref } from './tracking-links'
import { elementsUnder } from './elements-under'
import { convertWordLists, isElement } from './word-lists'
import { embeddedObjects, nothingUnkept, takeOutUnkept, type UnkeptContent } from './unkept-content'

const COMMENT = 8

// Elements whose content is never article text: code, styling, embedded
// programs, form controls and the navigation chrome of web pages.
const dropped = new Set([
  'script', 'style', 'meta', 'link', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noscript',
  'template', 'title', 'head', 'base', 'svg', 'math', 'canvas', 'video', 'audio', 'source', 'track', 'map',
  'form', 'input', 'button', 'select', 'option', 'textarea', 'nav', 'footer', 'aside', 'dialog', 'xml', 'o:p'
])

// Attributes a block or mark may keep; the article schema filters them again.
// data-* and figure attributes are what the editor itself puts on the
// clipboard, so copy and paste inside Midad keeps figures and quotes whole.
const keptAttributes = new Set([
  'href', 'dir', 'start', 'data-pm-slice', 'data-type', 'data-role', 'data-media-id', 'data-article-id', 'data-alt', 'alt', 'width', 'height', 'lang',
  // A table cell spanning columns or rows keeps the table's shape.
  'colspan', 'rowspan'
])

// The article's own asides, as the editor copies them: a pull quote, and a
// related-articles block that links library articles by id. A web page's
// sidebar is neither and goes with the rest of its chrome.
const editorAsideClass = (el: Element): string | null => {
  if (el.tagName.toLowerCase() !== 'aside') return null
  const classes = (el.getAttribute('class') ?? '').split(/\s+/)
  if (classes.includes('pull-quote')) return 'pull-quote'
  if (classes.includes('related') && el.querySelector('a[data-article-id]')) return 'related'
  return null
}

const renamedHeadings: Record<string, string> = { h1: 'h2', h4: 'h3', h5: 'h3', h6: 'h3' }

const styleOf = (el: Element) => (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '')
const isBoldStyle = (style: string) => /font-weight:(bold|bolder|[6-9]00)/.test(style)
const isNormalWeight = (style: string) => /font-weight:(normal|lighter|[1-4]00)/.test(style)
const isItalicStyle = (style: string) => /font-style:(italic|oblique)/.test(style)

function unwrap(el: Element): void {
  const parent = el.parentNode
  if (!parent) return
  while (el.firstChild) parent.insertBefore(el.firstChild, el)
  el.remove()
}

function rename(el: Element, tag: string): Element {
  const replacement = el.ownerDocument.createElement(tag)
  for (const attr of [...el.attributes]) replacement.setAttribute(attr.name, attr.value)
  while (el.firstChild) replacement.appendChild(el.firstChild)
  el.replaceWith(replacement)
  return replacement
}

function wrapChildren(el: Element, tag: string): void {
  const wrapper = el.ownerDocument.createElement(tag)
  while (el.firstChild) wrapper.appendChild(el.firstChild)
  el.appendChild(wrapper)
}

function removeCommentsAndDropped(root: ParentNode, unkept: UnkeptContent): void {
  const doomed: ChildNode[] = []
  const walk = (node: Node) => {
    for (const child of [...node.childNodes]) {
      if (child.nodeType === COMMENT) doomed.push(child)
      else if (isElement(child)) {
        const tag = child.tagName.toLowerCase()
        if (dropped.has(tag) && !editorAsideClass(child)) {
          doomed.push(child)
          // A frame, player or plug-in in the text is named to the journalist;
          // one in the page's navigation or footer went with the chrome.
          if (embeddedObjects.has(tag)) unkept.objects++
        } else walk(child)
      }
    }
  }
  walk(root)
  for (const node of doomed) node.remove()
  // Chrome and Safari end a copied selection with this line break: not content.
  const breaks = elementsUnder(root, ['br']).filter((br) => {
    const copiedSelectionEnd = br.classList.contains('Apple-interchange-newline')
    if (copiedSelectionEnd) br.remove()
    return !copiedSelectionEnd
  })
  // Google Docs follows every table with a line break of its own: not an empty paragraph.
  for (const br of breaks) {
    const before = br.previousElementSibling
    if (before && (before.tagName.toLowerCase() === 'table' || before.querySelector(':scope > table'))) br.remove()
  }
}

// Google Docs wraps the whole clipboard in <b id="docs-internal-guid-…"
// style="font-weight:normal">: a wrapper, not bold text.
function unwrapNotBold(root: ParentNode): void {
  for (const b of elementsUnder(root, ['b', 'strong'])) {
    if (/^docs-internal-guid/.test(b.id) || isNormalWeight(styleOf(b))) unwrap(b)
  }
}

// Docs and LibreOffice mark bold and italic with styled spans, not <b>/<i>.
function styleToMarks(el: Element): void {
  const style = styleOf(el)
  if (!style) return
  if (isItalicStyle(style)) wrapChildren(el, 'em')
  if (isBoldStyle(style) && !/^h[1-6]$/.test(el.tagName.toLowerCase())) wrapChildren(el, 'strong')
}

// Word's "Quote" and "Intense Quote" paragraph styles are quotations.
function wordQuote(el: Element): Element {
  if (el.tagName.toLowerCase() === 'p' && /\bMso(Intense)?Quote\b/i.test(el.getAttribute('class') ?? '')) {
    const quote = el.ownerDocument.createElement('blockquote')
    el.replaceWith(quote)
    quote.appendChild(el)
  }
  return el
}

// Word tags an English run inside Arabic copy <span lang=EN-US>: kept as a
// span with its primary language (the schema's Latin-run mark takes en/fr),
// only when the run is Latin text, never for Arabic mislabelled as English.
function latinRunLanguage(el: Element): string | null {
  const primary = el.getAttribute('lang')?.trim().toLowerCase().split(/[-_]/)[0]
  if (!primary || primary === 'ar') return null
  const text = el.textContent ?? ''
  return /[A-Za-z]/.test(text) && !/[\u0600-\u06ff]/.test(text) ? primary : null
}

function cleanAttributes(el: Element, tag: string, asideClass: string | undefined): void {
  const inFigure = el.closest('figure[data-type="figure"]') !== null
  for (const attr of [...el.attributes]) {
    const name = attr.name.toLowerCase()
    if (name === 'dir') {
      // Word writes DIR=RTL in upper case; `auto` is never kept (docs/arabic-text.md).
      const dir = attr.value.trim().toLowerCase()
      if (dir === 'rtl' || dir === 'ltr') el.setAttribute('dir', dir)
      else el.removeAttribute(attr.name)
    } else if (name === 'href') {
      const href = tag === 'a' ? cleanLinkHref(attr.value) : null
      if (href) el.setAttribute('href', href)
      else el.removeAttribute(attr.name)
    } else if (name === 'class' && inFigure && attr.value === 'credit') {
      // The figure's own credit span, as the editor copies it.
    } else if (name === 'class' && asideClass) {
      el.setAttribute('class', asideClass)
    } else if (name === 'src' && tag === 'img' && inFigure) {
      // The figure's image, as the editor copies it.
    } else if ((name === 'width' || name === 'height') && tag !== 'img') {
      // A table's or cell's width is the writer's page layout: the article's
      // table takes the width its words need.
      el.removeAttribute(attr.name)
    } else if (!keptAttributes.has(name)) {
      el.removeAttribute(attr.name)
    }
  }
}

/**
 * Cleans pasted or imported HTML in place, under `root` (a body or a
 * fragment from any DOM the caller owns: the browser's DOMParser, happy-dom
 * in core). Structure the article keeps survives — headings (h1→h2,
 * h4–h6→h3), paragraphs, lists (Word's mso-list too), bold, italic, links,
 * quotes and block direction — and everything else goes: styles, classes,
 * fonts, scripts, event handlers, comments and tracking wrappers. The article
 * schema then admits only its own nodes, marks and attributes. Tables are
 * kept with their header cells, spans and caption.
 *
 * Returns what it could not keep (pictures, embedded objects, comments,
 * footnotes), counted by kind, for the paste or import to name.
 */
export function normalisePastedHtml(root: ParentNode): UnkeptContent {
  const unkept = nothingUnkept()
  removeCommentsAndDropped(root, unkept)
  takeOutUnkept(root, unkept)
  convertWordLists(root)
  unwrapNotBold(root)
  // Known before the loop below, which unwraps the related block's links first.
  const asides = new Map<Element, string>()
  for (const aside of elementsUnder(root, ['aside'])) {
    const asideClass = editorAsideClass(aside)
    if (asideClass) asides.set(aside, asideClass)
  }

  // Deepest first, so renaming or unwrapping an element never skips a child.
  const elements = elementsUnder(root).reverse()
  for (const original of elements) {
    let el = original
    let tag = el.tagName.toLowerCase()
    const heading = renamedHeadings[tag]
    if (heading) {
      el = rename(el, heading)
      tag = heading
    }
    if (el.closest('figure[data-type]') === null) {
      styleToMarks(el)
      el = wordQuote(el)
    }
    cleanAttributes(el, tag, asides.get(el))
    const inFigure = el.closest('figure[data-type]') !== null
    const latinRun = tag === 'span' && !inFigure ? latinRunLanguage(el) : null
    if (latinRun) el.setAttribute('lang', latinRun)
    else if ((tag === 'span' && !inFigure) || tag === 'font' || tag.includes(':')) unwrap(el)
    else if (tag === 'a' && !el.hasAttribute('href') && !el.hasAttribute('data-article-id')) unwrap(el)
  }
  return unkept
}
