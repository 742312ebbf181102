import { open } from 'node:fs/promises'
import { basename } from 'node:path'
import type { BodyNode } from '../../../shared/article/body'
import { MidadError } from '../../../shared/contract/errors'
import { MAX_IMAGE_BYTES } from '../../../shared/contract/operations'
import type { Command } from '../command'
import { UsageError } from '../usage-error'

/** The picture file's bytes; a missing file or a folder is file_unreadable, one too large is refused from its size. */
async function pictureBytes(path: string): Promise<Uint8Array> {
  const fileName = basename(path)
  try {
    const handle = await open(path, 'r')
    try {
      const info = await handle.stat()
      if (!info.isFile()) throw new MidadError('file_unreadable', { fileName })
      if (info.size > MAX_IMAGE_BYTES) throw new MidadError('image_too_large', { fileName, limitMb: MAX_IMAGE_BYTES / (1024 * 1024) })
      return new Uint8Array(await handle.readFile())
    } finally {
      await handle.close()
    }
  } catch (error) {
    if (error instanceof MidadError) throw error
    throw new MidadError('file_unreadable', { fileName }, (error as Error).message)
  }
}

/** The body with its n-th figure (from 1, in body order) given new attributes. */
function withFigure(nodes: BodyNode[], n: number, attrs: Record<string, unknown>): BodyNode[] {
  let seen = 0
  let done = false
  const walk = (list: BodyNode[]): BodyNode[] =>
    list.map((node) => {
      if (done) return node
      if (node.type === 'figure') {
        seen += 1
        if (seen !== n) return node
        done = true
        return { ...node, attrs: { ...node.attrs, ...attrs } }
      }
      return node.content ? { ...node, content: walk(node.content) } : node
    })
  return walk(nodes)
}

const countFigures = (nodes: BodyNode[]): number =>
  nodes.reduce((count, node) => count + (node.type === 'figure' ? 1 : 0) + countFigures(node.content ?? []), 0)

/**
 * `midad picture ID --figure N FILE`: gives the N-th figure of the article
 * its picture, as choosing it in the app does — the file goes through the
 * image store and its checks, the caption, credit and alt text stay. A
 * figure number the article does not have is refused before anything is stored.
 */
export const pictureCommand: Command = {
  name: 'picture',
  usage: 'midad picture ID --figure N FILE [--json]',
  positionals: ['ID', 'FILE'],
  options: ['figure', 'json'],
  required: ['figure'],
  async run({ args, options, core, output }) {
    const [id, file] = args as [string, string]
    const n = options.figure!
    const article = core().getArticle(id)
    const figures = countFigures(article.body.content ?? [])
    if (n > figures) throw new UsageError('cli.picture.no_figure', { n, count: figures, id })
    const picture = await core().addImage(basename(file), await pictureBytes(file))
    const nodes = withFigure(article.body.content ?? [], n, { mediaId: picture.mediaId, width: picture.width, height: picture.height })
    const saved = core().saveArticle({ id, baseVersion: article.version, meta: article.meta, body: { ...article.body, content: nodes } })
    if (options.json) output.json({ id, figure: n, mediaId: picture.mediaId, width: picture.width, height: picture.height, version: saved.version })
    else output.say('cli.picture.set', { n, id, fileName: basename(file) })
  }
}
