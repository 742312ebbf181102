/**
 * Every element under `root`, in document order, optionally only those with
 * one of `tags` (lower case). A plain walk over `children`: the cleaner scans
 * whole imported pages several times, and a DOM's selector engine (happy-dom's
 * in core) spends seconds per scan on a page of tens of thousands of elements.
 */
export function elementsUnder(root: ParentNode, tags?: readonly string[]): Element[] {
  const found: Element[] = []
  const stack: Element[] = [...root.children].reverse()
  while (stack.length > 0) {
    const el = stack.pop()!
    if (!tags || tags.includes(el.tagName.toLowerCase())) found.push(el)
    const children = el.children
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!)
  }
  return found
}
