// Right: the headline uses the kicker, and the kicker imports nothing back.
import { kickerOf } from './kicker'

export function headlineWithKicker(headline: string): string {
  return `${kickerOf(headline)}: ${headline}`
}
