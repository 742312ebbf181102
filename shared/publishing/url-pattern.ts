// A URL pattern is how a newsroom's site spells its addresses: text with
// placeholders in braces, e.g. `{site}/{section}/{yyyy}/{slug}`. Expansion is
// pure, so the same article always gets the same address.

const placeholder = /\{([^{}]*)\}/g

/** The placeholder names a pattern uses, in order, each once. */
export function placeholdersIn(pattern: string): string[] {
  return [...new Set([...pattern.matchAll(placeholder)].map((match) => match[1]!))]
}

/** What is left of a pattern once its placeholders are taken out. */
export const literalPartOf = (pattern: string): string => pattern.replace(placeholder, '')

/**
 * The pattern with each placeholder replaced by its value. Values are path
 * segments: percent-encoded (an Arabic slug becomes UTF-8 `%D8%…`), except
 * `site`, which is the already-checked base URL. A placeholder without a value
 * leaves no empty segment behind (`a//b` becomes `a/b`).
 */
export function expandPattern(pattern: string, values: Readonly<Record<string, string>>): string {
  const expanded = pattern.replace(placeholder, (_, name: string) => {
    const value = values[name] ?? ''
    return name === 'site' ? value : encodeURIComponent(value)
  })
  return expanded.replace(/([^:/]|^)\/{2,}/g, '$1/')
}

/**
 * An expanded pattern as an absolute address: already absolute (it began
 * with `{site}` or its own http(s) origin), or a path on the site. Without a
 * base URL a path has no address, and null says so.
 */
export function onSite(base: string, expanded: string): string | null {
  if (/^https?:\/\//i.test(expanded)) return expanded
  if (!base) return null
  return `${base}/${expanded.replace(/^\/+/, '')}`
}
