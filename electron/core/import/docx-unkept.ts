import { nothingUnkept, type UnkeptContent } from '../../../shared/paste/unkept-content'

const count = (xml: string, pattern: RegExp): number => xml.match(pattern)?.length ?? 0

/**
 * What a Word document holds that the Word reader passes over without a
 * trace: comments (each anchored by one w:commentReference) and embedded
 * objects — an OLE object (an Excel sheet, an equation), a chart, an
 * embedded video. Counted from the document's own XML, so the import can
 * name them.
 */
export function docxUnkept(documentXml: string | null): UnkeptContent {
  const unkept = nothingUnkept()
  if (!documentXml) return unkept
  unkept.comments = count(documentXml, /<w:commentReference\b/g)
  unkept.objects = count(documentXml, /<w:object\b/g) + count(documentXml, /<c:chart\b/g) + count(documentXml, /<wp15:webVideoPr\b/g)
  return unkept
}
