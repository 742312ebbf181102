import { articleStatuses, type ArticleStatus } from '../../../shared/article/status'

/** A status to narrow the library (or a batch) to, or every article. */
export type StatusChoice = ArticleStatus | 'all'
export const statusChoices: readonly StatusChoice[] = ['all', ...articleStatuses]

export function isStatusChoice(value: unknown): value is StatusChoice {
  return typeof value === 'string' && (statusChoices as readonly string[]).includes(value)
}
