import type { ArticleBody } from '../../../shared/article/body'
import type { ArticleMeta } from '../../../shared/article/meta'
import { severityOf, type Finding, type FindingLocation, type RuleId } from '../../../shared/prepublish/finding'
import type { NewsroomSettings } from '../../../shared/settings/newsroom-settings'

/** What every rule reads: the article as stored, the newsroom's choices, and the library. */
export interface CheckInput {
  meta: ArticleMeta
  body: ArticleBody
  settings: Pick<NewsroomSettings, 'headlineTarget' | 'digitStyle'>
  /** Whether an article with this (lower-case) id is in the library. */
  articleExists: (id: string) => boolean
  /** Whether the article was approved once and is not approved (or published) now; absent for a check without history. */
  approvalLapsed?: boolean
  /** The comment threads nobody has resolved yet, by id (they live in the article's document, not its body). */
  openThreads?: readonly string[]
}

/** A rule is a pure function of the article; it returns what it found, in document order. */
export type Rule = (input: CheckInput) => Finding[]

export const finding = (rule: RuleId, location: FindingLocation, params: Finding['params'] = {}): Finding => ({
  rule,
  severity: severityOf(rule),
  params,
  location
})
