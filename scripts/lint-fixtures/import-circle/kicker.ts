import { headlineWithKicker } from './headline'

export function kickerOf(headline: string): string {
  return headline.split(' ')[0] ?? ''
}

export function repeatedKicker(headline: string): string {
  return headlineWithKicker(kickerOf(headline))
}
