// Wrong on purpose: this file and kicker.ts import each other. Lint skips the
// lint-fixtures folder; scripts/lint-layering.test.ts lints it and expects
// the circle to be caught.
import { kickerOf } from './kicker'

export function headlineWithKicker(headline: string): string {
  return `${kickerOf(headline)}: ${headline}`
}
