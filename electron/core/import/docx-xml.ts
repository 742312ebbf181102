// A small reader for Word's XML parts, enough to see what the Word reader
// (mammoth) does not: paragraph direction and where each picture sits. It
// walks tags and text in one pass and reports string offsets, so the caller
// can add markers to the part without re-serialising it.

/** The namespaces Word's parts use, by the prefix this reader names them with. */
const namespaces: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://purl.oclc.org/ooxml/drawingml/main': 'a',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing': 'wp',
  'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing': 'wp',
  'http://schemas.openxmlformats.org/drawingml/2006/picture': 'pic',
  'http://purl.oclc.org/ooxml/drawingml/picture': 'pic',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'urn:schemas-microsoft-com:vml': 'v',
  'urn:schemas-microsoft-com:office:office': 'o'
}

export interface XmlTag {
  /** The name with its prefix made canonical (`w:p`, `a:blip`), whatever the file calls it. */
  name: string
  attributes: Record<string, string>
  start: number
  end: number
  closing: boolean
  selfClosing: boolean
}

export interface XmlVisitor {
  tag(tag: XmlTag): void
  text?(text: string): void
}

const tokenPattern = /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/y
const attribute = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g

export function decodeXmlText(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-f]+|#[0-9]+);/gi, (_, entity: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }
    if (named[entity.toLowerCase()]) return named[entity.toLowerCase()]!
    const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ''
  })
}

/**
 * Walks an XML part. Prefixes are resolved through the namespace
 * declarations met so far (writers keep one prefix per namespace in a part).
 * Returns false if the text is not well-formed enough to walk.
 */
export function walkXml(xml: string, visitor: XmlVisitor): boolean {
  const prefixes = new Map<string, string>()
  const canonical = (name: string) => {
    const colon = name.indexOf(':')
    if (colon < 0) return name
    const prefix = prefixes.get(name.slice(0, colon))
    return prefix ? `${prefix}:${name.slice(colon + 1)}` : name
  }
  // A fresh sticky pattern per walk: its position is this walk's alone.
  const token = new RegExp(tokenPattern)
  while (token.lastIndex < xml.length) {
    const start = token.lastIndex
    const match = token.exec(xml)
    if (!match) return false
    const [whole, cdata, slash, rawName, rawAttributes, selfClose, text] = match
    if (text !== undefined) {
      visitor.text?.(decodeXmlText(text))
    } else if (cdata !== undefined) {
      visitor.text?.(cdata)
    } else if (rawName !== undefined) {
      const attributes: Record<string, string> = {}
      for (const [, key, double, single] of (rawAttributes ?? '').matchAll(attribute)) {
        attributes[key!] = decodeXmlText(double ?? single ?? '')
      }
      // Word declares most prefixes on the root, and some (a:, pic:) on the
      // element that first uses them; a declaration is taken wherever it is.
      for (const [key, value] of Object.entries(attributes)) {
        const known = namespaces[value]
        if (key.startsWith('xmlns:') && known) prefixes.set(key.slice(6), known)
      }
      const named: Record<string, string> = {}
      for (const [key, value] of Object.entries(attributes)) named[canonical(key)] = value
      visitor.tag({
        name: canonical(rawName),
        attributes: named,
        start,
        end: start + whole.length,
        closing: slash === '/',
        selfClosing: selfClose === '/'
      })
    }
  }
  return true
}

/** The prefix the file itself uses for Word's main namespace, to write markers it will read. */
export function wordPrefixOf(xml: string): string | null {
  const root = /<([A-Za-z_][\w.-]*:)?document\b[^>]*>/.exec(xml)?.[0] ?? ''
  for (const [, prefix, uri] of root.matchAll(/xmlns:([\w.-]+)\s*=\s*["']([^"']*)["']/g)) {
    if (namespaces[uri!] === 'w') return prefix!
  }
  return null
}

/** Word's on/off properties: present means on, unless its value says off. */
export const isOn = (tag: XmlTag): boolean => !/^(0|false|off)$/i.test(tag.attributes['w:val'] ?? '')
