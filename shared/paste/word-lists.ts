import { elementsUnder } from './elements-under'
// Word puts lists on the clipboard as paragraphs styled `mso-list:l0 level2 lfo1`,
// each starting with a marker span (`mso-list:Ignore`) that holds "1." or "·".
// This turns each run of such paragraphs into real, nested ul/ol > li.

const ELEMENT = 1

const listStyle = /mso-list\s*:\s*(l\d+)\s+level(\d+)/i
const orderedMarker = /^[(]?([0-9\u0660-\u0669\u06f0-\u06f9]+|[a-zA-Z]|[ivxlcdmIVXLCDM]+|[\u0621-\u064a])[.)-]/

interface ListParagraph {
  el: Element
  list: string
  level: number
  ordered: boolean
}

const styleOf = (el: Element) => el.getAttribute('style') ?? ''

function markerSpans(el: Element): Element[] {
  return [...el.querySelectorAll('span')].filter((span) => /mso-list\s*:\s*ignore/i.test(styleOf(span)))
}

function readListParagraph(el: Element): ListParagraph | null {
  if (el.tagName.toLowerCase() !== 'p') return null
  const match = listStyle.exec(styleOf(el))
  if (!match) return null
  const markers = markerSpans(el)
  const marker = markers.map((m) => m.textContent ?? '').join('').replace(/[\s\u00a0]+/g, '')
  for (const m of markers) m.remove()
  return { el, list: match[1]!.toLowerCase(), level: Math.max(1, Number(match[2])), ordered: orderedMarker.test(marker) }
}

/** Replaces Word's list paragraphs under `root` with ul/ol > li elements. */
export function convertWordLists(root: ParentNode): void {
  const paragraphs = elementsUnder(root, ['p'])
  const items = new Map<Element, ListParagraph>()
  for (const p of paragraphs) {
    const item = readListParagraph(p)
    if (item) items.set(p, item)
  }
  const done = new Set<Element>()
  for (const [p] of items) {
    if (done.has(p)) continue
    // A run is the paragraph and its following element siblings that are
    // paragraphs of the same Word list (l0, l1…); a new list id starts a new list.
    const run: ListParagraph[] = []
    const list = items.get(p)!.list
    let cursor: Element | null = p
    while (cursor && items.get(cursor)?.list === list) {
      run.push(items.get(cursor)!)
      done.add(cursor)
      cursor = cursor.nextElementSibling
    }
    buildList(p, run)
  }
}

function buildList(first: Element, run: ListParagraph[]): void {
  const doc = first.ownerDocument
  const stack: { list: Element; level: number }[] = []
  let top: Element | null = null
  for (const item of run) {
    while (stack.length > 0 && stack[stack.length - 1]!.level > item.level) stack.pop()
    let current = stack[stack.length - 1]
    if (!current || current.level < item.level) {
      const list = doc.createElement(item.ordered ? 'ol' : 'ul')
      if (!current) top = list
      else (current.list.lastElementChild ?? current.list).appendChild(list)
      current = { list, level: item.level }
      stack.push(current)
    }
    const li = doc.createElement('li')
    const paragraph = doc.createElement('p')
    const dir = item.el.getAttribute('dir')
    if (dir) paragraph.setAttribute('dir', dir)
    while (item.el.firstChild) paragraph.appendChild(item.el.firstChild)
    li.appendChild(paragraph)
    current.list.appendChild(li)
  }
  if (!top) return
  first.parentNode?.insertBefore(top, first)
  for (const item of run) item.el.remove()
}

export const isElement = (node: Node): node is Element => node.nodeType === ELEMENT
