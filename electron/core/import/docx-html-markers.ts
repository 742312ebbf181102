import { captionWithCredit } from './agency-credit'
import { LTR_MARKER, PICTURE_MARKER, type DocxPicture } from './docx-markers'

/** The class the style map gives paragraphs in Word's "Caption" style. */
export const CAPTION_CLASS = 'midad-caption'

/** What a figure placeholder names until core stores its picture. */
export const pictureKey = (index: number): string => `docx-picture-${index}`

const textBlocks = 'p, h1, h2, h3, h4, h5, h6, li, td, th'
// Containers whose direction the editor sets as one block (a list with its
// bullets, a quote with its attribution); tables are flattened by the schema.
const liftable = new Set(['UL', 'OL', 'BLOCKQUOTE'])
const splittable = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6'])

const oneLine = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim()

function topLevel(el: Element, body: Element): Element | null {
  let node: Element | null = el
  while (node && node.parentElement !== body) node = node.parentElement
  return node
}

// Text a block holds itself, not through a nested list or paragraph.
function ownText(el: Element): string {
  let text = ''
  for (const child of el.childNodes) {
    const nested = child.nodeType === 1 && (child as Element).matches(`${textBlocks}, ul, ol, table, blockquote`)
    if (!nested) text += child.textContent ?? ''
  }
  return text.trim()
}

/**
 * Left-to-right paragraphs get `dir="ltr"` on their block. When every
 * paragraph of a list or quote is LTR, the list or quote carries it instead,
 * as the editor's direction toggle would set it.
 */
function applyDirection(body: Element): void {
  for (const anchor of body.querySelectorAll(`a[id^="${LTR_MARKER}"]`)) {
    anchor.closest(textBlocks)?.setAttribute('dir', 'ltr')
    anchor.remove()
  }
  for (const top of body.children) {
    if (!liftable.has(top.tagName)) continue
    const blocks = [...top.querySelectorAll(textBlocks)].filter((el) => ownText(el) !== '')
    if (blocks.length > 0 && blocks.every((el) => el.getAttribute('dir') === 'ltr')) {
      top.setAttribute('dir', 'ltr')
      for (const el of blocks) el.removeAttribute('dir')
    }
  }
}

// Splits `top` at `marker`: what follows the marker, with the formatting it
// sits in, moves to a copy of `top` right after it.
function splitAt(top: Element, marker: Element): Element {
  const after = top.cloneNode(false) as Element
  let child: Node = marker
  let carried: Node | null = null
  for (;;) {
    const parent = child.parentNode as Element
    const clone = parent === top ? after : (parent.cloneNode(false) as Element)
    if (carried) clone.appendChild(carried)
    while (child.nextSibling) clone.appendChild(child.nextSibling)
    if (parent === top) break
    carried = clone
    child = parent
  }
  top.after(after)
  return after
}

const isEmptyBlock = (el: Element) => oneLine(el.textContent) === '' && !el.querySelector(`a[id^="${PICTURE_MARKER}"]`)

// The figure's caption: the paragraph right after it in Word's "Caption"
// style, or a plain one that reads as a caption ending in an agency credit
// ("… - أ ف ب"), the way the text importer reads one.
function takeCaption(figure: Element): { caption: string; credit: string } {
  const next = figure.nextElementSibling
  if (!next || next.tagName !== 'P') return { caption: '', credit: '' }
  const text = oneLine(next.textContent)
  const styled = next.classList.contains(CAPTION_CLASS)
  const credited = captionWithCredit(text)
  if (!styled && !credited) return { caption: '', credit: '' }
  next.remove()
  return credited ?? { caption: text, credit: '' }
}

function figureFor(doc: Document, picture: DocxPicture, key: string | null): Element {
  const figure = doc.createElement('figure')
  figure.setAttribute('data-type', 'figure')
  if (picture.alt) figure.setAttribute('data-alt', picture.alt)
  if (key) {
    const img = doc.createElement('img')
    img.setAttribute('data-media-id', key)
    img.setAttribute('alt', picture.alt)
    figure.appendChild(img)
  }
  return figure
}

function addCaption(figure: Element, { caption, credit }: { caption: string; credit: string }): void {
  if (!caption && !credit) return
  const doc = figure.ownerDocument
  const figcaption = doc.createElement('figcaption')
  const span = (text: string, attribute: [string, string]) => {
    const el = doc.createElement('span')
    el.setAttribute(...attribute)
    el.textContent = text
    return el
  }
  if (caption) figcaption.appendChild(span(caption, ['data-role', 'caption']))
  if (caption && credit) figcaption.appendChild(doc.createTextNode(' '))
  if (credit) figcaption.appendChild(span(credit, ['class', 'credit']))
  figure.appendChild(figcaption)
}

/**
 * Turns the Word reader's HTML, with the markers `markDocument` left, into
 * what the article keeps: direction on LTR blocks, and each picture a figure
 * where it stood (a paragraph holding a picture is split around it; a picture
 * inside a list, quote or table follows that block). `keyOf` names the
 * placeholder for a picture whose bytes were read, or null for a figure that
 * waits for its image.
 */
export function placeDocxMarkers(body: Element, pictures: DocxPicture[], keyOf: (index: number) => string | null): void {
  // The reader's own <img> elements stand for the same pictures, without bytes.
  for (const img of body.querySelectorAll('img')) img.remove()
  applyDirection(body)
  const doc = body.ownerDocument
  // Pictures that follow the same list, quote or table keep their order.
  const lastPlaced = new Map<Element, Element>()
  for (const anchor of body.querySelectorAll(`a[id^="${PICTURE_MARKER}"]`)) {
    const index = pictures.findIndex((p) => p.marker === anchor.id)
    const top = topLevel(anchor, body)
    if (index < 0 || !top) {
      anchor.remove()
      continue
    }
    const figure = figureFor(doc, pictures[index]!, keyOf(index))
    if (top === anchor) {
      top.replaceWith(figure)
    } else if (splittable.has(top.tagName)) {
      const after = splitAt(top, anchor)
      anchor.remove()
      top.after(figure)
      if (isEmptyBlock(top)) top.remove()
      if (isEmptyBlock(after)) after.remove()
    } else {
      const previous = lastPlaced.get(top) ?? top
      previous.after(figure)
      lastPlaced.set(top, figure)
    }
    anchor.remove()
    addCaption(figure, takeCaption(figure))
  }
}
