import { isOn, walkXml, type XmlTag } from './docx-xml'

interface StyleFacts {
  basedOn?: string
  bidi?: boolean
}

/**
 * Which paragraph styles are right-to-left. An Arabic Word file usually sets
 * `<w:bidi/>` once, on its Normal style or the document defaults, rather than
 * on each paragraph; a paragraph without its own mark inherits it through its
 * style's `basedOn` chain.
 */
export function styleDirection(stylesXml: string | null): (styleId: string | undefined) => boolean {
  const styles = new Map<string, StyleFacts>()
  let defaultStyle: string | undefined
  let documentDefault = false
  if (stylesXml) {
    const stack: string[] = []
    let current: StyleFacts | null = null
    walkXml(stylesXml, {
      tag(tag: XmlTag) {
        if (tag.closing) {
          stack.pop()
          if (tag.name === 'w:style') current = null
          return
        }
        const parent = stack[stack.length - 1]
        const grandparent = stack[stack.length - 2]
        if (tag.name === 'w:style' && tag.attributes['w:type'] === 'paragraph') {
          const id = tag.attributes['w:styleId']
          current = {}
          if (id) styles.set(id, current)
          if (id && /^(1|true|on)$/i.test(tag.attributes['w:default'] ?? '')) defaultStyle = id
        } else if (tag.name === 'w:basedOn' && parent === 'w:style' && current) {
          current.basedOn = tag.attributes['w:val']
        } else if (tag.name === 'w:bidi' && parent === 'w:pPr') {
          if (grandparent === 'w:style' && current) current.bidi = isOn(tag)
          if (grandparent === 'w:pPrDefault') documentDefault = isOn(tag)
        }
        if (!tag.selfClosing) stack.push(tag.name)
      }
    })
  }
  return (styleId) => {
    const seen = new Set<string>()
    let id = styleId ?? defaultStyle
    while (id !== undefined && !seen.has(id)) {
      seen.add(id)
      const style = styles.get(id)
      if (style?.bidi !== undefined) return style.bidi
      id = style?.basedOn
    }
    return documentDefault
  }
}
