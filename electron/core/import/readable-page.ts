import { parse, type DefaultTreeAdapterTypes as P5 } from 'parse5'

// What a reader never sees as text on the page: scripts and styles, inert
// templates, drawings and formulas (an inline <svg> may hold its own <style>
// or <script>), what a browser with scripts on hides (<noscript>), embedded
// frames and objects, and the head's machinery.
const notContent = new Set([
  'script', 'style', 'template', 'svg', 'math', 'noscript', 'iframe', 'object', 'embed', 'applet',
  'canvas', 'frame', 'frameset', 'noframes', 'link', 'meta', 'base', 'title', 'head'
])

const isElement = (node: P5.Node): node is P5.Element => 'tagName' in node
const isText = (node: P5.Node): node is P5.TextNode => node.nodeName === '#text'

function childElement(parent: P5.ParentNode, tagName: string): P5.Element | undefined {
  return parent.childNodes.find((child): child is P5.Element => isElement(child) && child.tagName === tagName)
}

const isHtml = (node: P5.Element) => node.namespaceURI === 'http://www.w3.org/1999/xhtml'

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

export interface ReadablePage {
  title: string
}

/**
 * Reads a page with the WHATWG parsing algorithm (parse5: the tree a browser
 * builds, whatever the markup's errors — unclosed tags, misnested formatting,
 * stray CDATA, a <style> inside an <svg>) and copies its visible content into
 * `body`, a DOM the shared cleaner can work on. Comments and every subtree in
 * `notContent` are left out, so no script text becomes a headline and no
 * parser confusion can swallow the text after it. Built without recursion: a
 * page nested thousands deep does not overflow the stack.
 */
export function readPageInto(html: string, body: HTMLElement): ReadablePage {
  const document = parse(html)
  const root = childElement(document, 'html')
  const source = root ? childElement(root, 'body') : undefined
  const doc = body.ownerDocument
  const stack: { node: P5.ChildNode; parent: Node }[] = []
  const pushChildren = (from: P5.ParentNode, parent: Node) => {
    for (let i = from.childNodes.length - 1; i >= 0; i--) stack.push({ node: from.childNodes[i]!, parent })
  }
  if (source) pushChildren(source, body)
  while (stack.length > 0) {
    const { node, parent } = stack.pop()!
    if (isText(node)) {
      parent.appendChild(doc.createTextNode(node.value))
    } else if (isElement(node) && !notContent.has(node.tagName) && isHtml(node)) {
      let element: HTMLElement | null = null
      try {
        element = doc.createElement(node.tagName)
      } catch {
        // A tag name the DOM cannot create: its content still counts.
      }
      if (element) {
        for (const { name, value } of node.attrs) {
          try {
            element.setAttribute(name, value)
          } catch {
            // An attribute name the DOM refuses carries nothing worth keeping.
          }
        }
        parent.appendChild(element)
      }
      pushChildren(node, element ?? parent)
    }
  }
  return { title: titleOf(document) }
}
