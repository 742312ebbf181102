import type { TypographySettings } from '../../../shared/text/typography'

export type { TypographySettings }

/**
 * What the editor needs from the newsroom settings to type correctly. The
 * article screen passes the saved settings in (BodyEditor's `typography`
 * prop); until they arrive, curly quotes and Western digits.
 */
export const defaultTypographySettings: TypographySettings = { quoteStyle: 'curly', digitStyle: 'western' }
