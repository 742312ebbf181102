// A stored picture is named by the SHA-256 of its bytes plus the extension of
// the format it really is; nothing else may name a file under the media folder.
export const imageExtensions = ['jpg', 'png', 'webp', 'gif', 'avif'] as const
export type ImageExtension = (typeof imageExtensions)[number]

const mediaIdPattern = new RegExp(`^[0-9a-f]{64}\\.(?:${imageExtensions.join('|')})$`)

export function isMediaId(value: unknown): value is string {
  return typeof value === 'string' && mediaIdPattern.test(value)
}

export const mediaIdFor = (sha256Hex: string, ext: ImageExtension): string => `${sha256Hex}.${ext}`
