export function kickerOf(headline: string): string {
  return headline.split(' ')[0] ?? ''
}
