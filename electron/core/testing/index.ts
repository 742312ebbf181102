// Test support for the shells' tests, never for production code.
export { failureOf } from './failure-of'
export { handlerOptionsIn } from './handler-options'
// A database at an older schema version, for the shells' tests of upgrading.
export { latestSchemaVersion, migrate, migrations } from '../db/migrations'
export { commentedRun, docxFile, embeddedObjectRun, footnoteRun, paragraph, pictureRun, run } from '../import/testing/docx-fixture'
// Articles under review, as a window leaves them: for the shells' tests of comments and suggestions.
export * as underReview from '../review/testing/review-bodies'
