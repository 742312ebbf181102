import { articleStatuses, type ArticleStatus } from '../../../shared/article/status'

/** A status to narrow the library (or a batch) to, or every article. */
export type StatusChoice = ArticleStatus | 'all'
export const statusChoices: readonly StatusChoice[] = ['all', ...articleStatuses]

export function withStatus<T extends { status: ArticleStatus }>(articles: readonly T[], choice: StatusChoice): T[] {
  return choice === 'all' ? [...articles] : articles.filter((article) => article.status === choice)
}

/** How many articles each choice would show, so a choice never leads to a surprise. */
export function countByStatus(articles: readonly { status: ArticleStatus }[]): Record<StatusChoice, number> {
  const counts: Record<StatusChoice, number> = { all: articles.length, draft: 0, in_review: 0, approved: 0, published: 0 }
  for (const article of articles) counts[article.status]++
  return counts
}

export function isStatusChoice(value: unknown): value is StatusChoice {
  return typeof value === 'string' && (statusChoices as readonly string[]).includes(value)
}
