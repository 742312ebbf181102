import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Article } from '../../../shared/article/article'
import { publishedArticlePath } from '../../../shared/schema/internal-link'
import { articleExportFolder } from './article-export-folder'

const article = { id: '4f7f3c8e-2d4a-4b8e-9c1d-0a1b2c3d4e5f' } as Article

describe('where an article export goes inside the folder chosen for it', () => {
  it('gives each article the folder named by its id, for a single export and each article of a batch alike', () => {
    expect(articleExportFolder('/home/محرر/دفعة', article)).toBe(`/home/محرر/دفعة/${article.id}`)
  })

  // An exported page links another article of the library as its sibling
  // folder; the folders must be where that link points (they were not while
  // the app named them midad-<id>).
  it('lays a batch out so a link from one exported article reaches the other', () => {
    const linked = { id: '0b5c2f1e-7a3d-4c9b-8e2f-6d1a0c9b8e7f' } as Article
    const from = join(articleExportFolder('/home/محرر/دفعة', article), 'index.html')
    expect(resolve(from, '..', publishedArticlePath(linked.id))).toBe(join(articleExportFolder('/home/محرر/دفعة', linked), 'index.html'))
  })
})
