/**
 * A file name a journalist can read in a folder or an email: the first
 * article's slug and the day, `.midad`. Anything a file system could refuse
 * is left out; an empty slug reads "article".
 */
export function bundleFileName(slug: string, day: Date, attempt = 1): string {
  const readable = slug
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80)
  const date = day.toISOString().slice(0, 10)
  return `${readable || 'article'}-${date}${attempt > 1 ? `-${attempt}` : ''}.midad`
}
