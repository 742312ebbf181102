import { searchAr } from './messages/search.ar'
import { travelAr } from './messages/travel.ar'
import { checkAr } from './messages/check.ar'
import { errorsAr } from './messages/errors.ar'
import { newsroomAr } from './messages/newsroom.ar'
import { peopleAr } from './messages/people.ar'
import { revisionsAr } from './messages/revisions.ar'
import { reviewCliAr } from './messages/review-cli.ar'
import { bundleCliAr } from './messages/bundle-cli.ar'
import { hubCliAr } from './messages/hub-cli.ar'
import { searchCliAr } from './messages/search-cli.ar'
import { shellAr } from './messages/shell.ar'
import { workflowStatusAr } from './messages/workflow-status.ar'
import { uiAr } from './messages/ui.ar'
import { reviewAr } from './messages/review.ar'

// Arabic is the product's first language; English is the second locale.
export const ar = { ...uiAr, ...errorsAr, ...shellAr, ...newsroomAr, ...checkAr, ...workflowStatusAr, ...peopleAr, ...revisionsAr, ...reviewAr, ...reviewCliAr, ...bundleCliAr, ...hubCliAr, ...travelAr, ...searchAr, ...searchCliAr } as const

export type MessageKey = keyof typeof ar
