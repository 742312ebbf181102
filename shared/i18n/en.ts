import type { MessageKey } from './ar'
import { checkEn } from './messages/check.en'
import { errorsEn } from './messages/errors.en'
import { newsroomEn } from './messages/newsroom.en'
import { peopleEn } from './messages/people.en'
import { revisionsEn } from './messages/revisions.en'
import { reviewCliEn } from './messages/review-cli.en'
import { bundleCliEn } from './messages/bundle-cli.en'
import { uiEn } from './messages/ui.en'
import { reviewEn } from './messages/review.en'
import { shellEn } from './messages/shell.en'
import { workflowStatusEn } from './messages/workflow-status.en'

export const en: Record<MessageKey, string> = { ...uiEn, ...errorsEn, ...shellEn, ...newsroomEn, ...checkEn, ...workflowStatusEn, ...peopleEn, ...revisionsEn, ...reviewEn, ...reviewCliEn, ...bundleCliEn }
