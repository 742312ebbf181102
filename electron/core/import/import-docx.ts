import mammoth from 'mammoth'
import { MidadError } from '../../../shared/contract/errors'
import { articleFromHtml } from './article-from-html'
import { checkDocxZip } from './docx-zip'
import type { ImportedArticle } from './imported-article'

// Word's paragraph styles as the article knows them: the title and the first
// Heading 1 are headline candidates (article-from-html takes the first h1 and
// turns the others into h2), quotes become quotes.
const styleMap = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh"
]

// Pictures are not imported (the article's figures hold stored images with a
// caption and credit): skip reading them rather than inline them as data URIs.
const noImage = mammoth.images.imgElement(async () => ({ src: '' }))

export async function articleFromDocx(bytes: Uint8Array, fileName: string): Promise<ImportedArticle> {
  checkDocxZip(bytes, fileName)
  let html: string
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { styleMap, convertImage: noImage, externalFileAccess: false }
    )
    html = result.value
  } catch (error) {
    throw new MidadError('import_docx_damaged', { fileName }, (error as Error).message)
  }
  return articleFromHtml(html, fileName)
}
