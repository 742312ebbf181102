// The page is assembled as a string around the body the static renderer
// writes; every piece of article text that goes into it passes through here.

const textEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }
const attributeEntities: Record<string, string> = { ...textEntities, '"': '&quot;', "'": '&#39;' }

export const escapeText = (value: string): string => value.replace(/[&<>]/g, (c) => textEntities[c] ?? c)

export const escapeAttribute = (value: string): string => value.replace(/[&<>"']/g, (c) => attributeEntities[c] ?? c)

/**
 * JSON for a `<script type="application/ld+json">` block. `<` is written as
 * `\u003c` so no headline can close the script (`</script>`) or open a comment
 * (`<!--`); `>` and `&` likewise, so the text is inert to every HTML parser.
 * JSON.parse reads the same values back.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
