import { readFileSync } from 'node:fs'
import type { ArticleBody } from '../../../../shared/article/body'
import type { ArticleMeta } from '../../../../shared/article/meta'

interface CorpusEntry {
  key: string
  section: string
  kicker: string
  headline: string
  dek: string
  bylines: string[]
  tags: string[]
  paragraphs: string[]
}

/** The test corpus: a handful of news articles of our own, by key ('school', 'economy', 'football', …). */
export function archiveCorpus(): { key: string; meta: Partial<ArticleMeta>; body: ArticleBody }[] {
  const entries = JSON.parse(readFileSync(new URL('./fixtures/archive-corpus.json', import.meta.url), 'utf8')) as CorpusEntry[]
  return entries.map(({ key, paragraphs, ...meta }) => ({
    key,
    meta,
    body: { type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) }
  }))
}
