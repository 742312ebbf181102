import type { ArticleBody, BodyNode } from '../../../shared/article/body'
import { MidadError } from '../../../shared/contract/errors'
import type { StoredImage } from '../../../shared/contract/operations'
import type { ImportedArticle } from './imported-article'

type AddImage = (fileName: string, bytes: Uint8Array) => Promise<StoredImage>

function mapFigures(node: BodyNode, fill: (attrs: Record<string, unknown>) => Record<string, unknown>): BodyNode {
  const attrs = node.type === 'figure' && node.attrs ? fill(node.attrs) : node.attrs
  const content = node.content?.map((child) => mapFigures(child, fill))
  return { ...node, ...(attrs ? { attrs } : {}), ...(content ? { content } : {}) }
}

/**
 * Stores an imported file's pictures through the media store (the same
 * content checks as a picture the journalist inserts) and fills in their
 * figures. A picture the store refuses — not really an image, SVG, EMF/WMF,
 * too large, too many pixels — leaves its figure waiting for an image, with
 * its alt text, caption and credit; the article is still worth importing.
 * Any other failure (the disk) is thrown, before the article is created.
 */
export async function storeImportedPictures(imported: ImportedArticle, addImage: AddImage): Promise<ArticleBody> {
  const stored = new Map<string, StoredImage>()
  for (const picture of imported.pictures ?? []) {
    try {
      stored.set(picture.key, await addImage(picture.fileName, picture.bytes))
    } catch (error) {
      if (!(error instanceof MidadError && error.code.startsWith('image_'))) throw error
    }
  }
  const keys = new Set((imported.pictures ?? []).map((p) => p.key))
  return mapFigures(imported.body, (attrs) => {
    const key = typeof attrs.mediaId === 'string' ? attrs.mediaId : null
    if (key === null || !keys.has(key)) return attrs
    const image = stored.get(key)
    return image
      ? { ...attrs, mediaId: image.mediaId, width: image.width, height: image.height }
      : { ...attrs, mediaId: null, width: null, height: null }
  }) as ArticleBody
}
