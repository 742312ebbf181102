// The one rule for what names a stored picture: the SHA-256 of its bytes plus
// the extension of the format it really is. Nothing else names a file under
// the media folder, so an id that breaks the rule is refused before it comes
// near a path. Kept free of zod for the preload's sake, like wire.ts.
export const imageExtensions = ['jpg', 'png', 'webp', 'gif', 'avif'] as const
export type ImageExtension = (typeof imageExtensions)[number]

const mediaIdPattern = new RegExp(`^[0-9a-f]{64}\\.(?:${imageExtensions.join('|')})$`)

export function isMediaId(value: unknown): value is string {
  return typeof value === 'string' && mediaIdPattern.test(value)
}

export const mediaIdFor = (sha256Hex: string, ext: ImageExtension): string => `${sha256Hex}.${ext}`
