/**
 * Invisible characters that reorder or reverse what follows them: embeddings
 * and overrides (U+202A–U+202E), isolates (U+2066–U+2069), the marks
 * (U+200E, U+200F, U+061C). Echoed raw, one in an article's text would turn
 * the rest of a terminal line around — the report about it included.
 */
export const bidiControls = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g

const codePoint = (char: string): string => char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')

/** The text with each direction control shown as `<U+202E>`, for a terminal line. */
export const withVisibleControls = (text: string): string => text.replace(bidiControls, (char) => `<U+${codePoint(char)}>`)

/** JSON text with each direction control written as its escape (`\u202e`), as valid and as meaningful. */
export const withEscapedControls = (json: string): string => json.replace(bidiControls, (char) => `\\u${codePoint(char).toLowerCase()}`)

/** Message parameters taken from an article, their text made safe for a terminal line. */
export function visibleParams<T extends Record<string, string | number> | undefined>(params: T): T {
  if (!params) return params
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, typeof value === 'string' ? withVisibleControls(value) : value])) as T
}
