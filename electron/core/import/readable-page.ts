import { parse, serialize, type DefaultTreeAdapterTypes as P5 } from 'parse5'

// What a reader never sees as text on the page: scripts and styles, inert
// templates, drawings and formulas (an inline <svg> may hold its own <style>
// or <script>), what a browser with scripts on hides (<noscript>), embedded
// frames and objects, and the head's machinery.
const notContent = new Set([
  'script', 'style', 'template', 'svg', 'math', 'noscript', 'iframe', 'object', 'embed', 'applet',
  'canvas', 'frame', 'frameset', 'noframes', 'link', 'meta', 'base', 'title', 'head'
])

// Of those, what a reader would have seen as a video, a map or a player: left
// out, but counted, so the import can say so instead of dropping it silently.
const embedded = new Set(['iframe', 'object', 'embed', 'applet', 'frame'])

const HTML = 'http://www.w3.org/1999/xhtml'
const isElement = (node: P5.Node): node is P5.Element => 'tagName' in node
const isText = (node: P5.Node): node is P5.TextNode => node.nodeName === '#text'
const isHtml = (node: P5.Element) => node.namespaceURI === HTML

function childElement(parent: P5.ParentNode, tagName: string): P5.Element | undefined {
  return parent.childNodes.find((child): child is P5.Element => isElement(child) && child.tagName === tagName)
}

// The page's first <title>, wherever a broken page put it; an svg's own
// <title> (an icon's name) is not the page's.
function titleOf(document: P5.Document): string {
  const stack: P5.Node[] = [document]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (isElement(node) && !isHtml(node)) continue
    if (isElement(node) && node.tagName === 'title') return node.childNodes.map((c) => (isText(c) ? c.value : '')).join('')
    if (!('childNodes' in node) || (isElement(node) && node.tagName === 'template')) continue
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!)
  }
  return ''
}

const isContent = (node: P5.ChildNode) => isText(node) || (isElement(node) && isHtml(node) && !notContent.has(node.tagName))

export interface ReadablePage {
  title: string
  /** The body's visible content as markup, every element closed where the parser closed it. */
  bodyHtml: string
  /** Embedded frames, objects and plug-ins left out of it. */
  embeddedObjects: number
}

/**
 * Reads a page with the WHATWG parsing algorithm (parse5: the tree a browser
 * builds, whatever the markup's errors — unclosed tags, misnested formatting,
 * stray CDATA, a <style> inside an <svg>), then leaves out comments and every
 * subtree in `notContent`, so no script text becomes a headline and nothing
 * left can confuse the DOM that reads the markup next. Pruned without
 * recursion, so a page nested thousands deep does not overflow the stack.
 */
export function readablePage(html: string): ReadablePage {
  const document = parse(html)
  const root = childElement(document, 'html')
  const body = root ? childElement(root, 'body') : undefined
  if (!body) return { title: titleOf(document), bodyHtml: '', embeddedObjects: 0 }
  let embeddedObjects = 0
  const stack: P5.ParentNode[] = [body]
  while (stack.length > 0) {
    const node = stack.pop()!
    for (const child of node.childNodes) if (isElement(child) && isHtml(child) && embedded.has(child.tagName)) embeddedObjects++
    node.childNodes = node.childNodes.filter(isContent)
    for (const child of node.childNodes) if (isElement(child)) stack.push(child)
  }
  return { title: titleOf(document), bodyHtml: serialize(body), embeddedObjects }
}
