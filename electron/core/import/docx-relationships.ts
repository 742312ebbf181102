import { posix } from 'node:path'
import { walkXml } from './docx-xml'

// How the parts of a .docx name each other: through relationship files
// (`_rels/.rels` for the package, `word/_rels/document.xml.rels` for the
// document), never by fixed paths.

function relationshipsOf(relsXml: string | null, visit: (attributes: Record<string, string>) => void): void {
  if (!relsXml) return
  walkXml(relsXml, {
    tag(tag) {
      if (!tag.closing && tag.name === 'Relationship') visit(tag.attributes)
    }
  })
}

// A relationship's target as a zip part name, the way the Word reader resolves it.
const resolvePart = (target: string, fromPart: string) =>
  target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(posix.dirname(fromPart), target))

/**
 * The part a relationship of this type names (`officeDocument` in the
 * package's relationships, `styles` in the document's), else the usual place.
 */
export function relatedPart(relsXml: string | null, fromPart: string, type: string, fallback: string): string {
  let part = fallback
  relationshipsOf(relsXml, ({ Type: relType, Target: target }) => {
    if (relType?.endsWith(`/${type}`) && target) part = resolvePart(target, fromPart)
  })
  return part
}

/** Where a part's relationships are kept: `word/_rels/document.xml.rels` for `word/document.xml`. */
export const relationshipsPartOf = (part: string): string => posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`)

/** Relationship id → the zip part it names (null for a link outside the file), resolved like the Word reader does. */
export function documentRelationships(relsXml: string | null, documentPart: string): Map<string, string | null> {
  const targets = new Map<string, string | null>()
  relationshipsOf(relsXml, ({ Id: id, Target: target, TargetMode: mode }) => {
    if (!id || !target) return
    targets.set(id, mode === 'External' ? null : resolvePart(target, documentPart))
  })
  return targets
}
