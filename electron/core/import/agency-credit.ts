// The agencies whose credit closes a photo caption in Arabic newsrooms, as
// copied pages write them; the figure's credit presets
// (shared/schema/figure-credits.ts) are among them.
const agencies = [
  'أ ف ب', 'أ.ف.ب', 'أ. ف. ب', 'فرانس برس', 'رويترز', 'أسوشيتد برس', 'أ ب', 'أ.ب', 'الأناضول', 'إ ب أ', 'إي بي إيه',
  'غيتي', 'غيتي إيماجز', 'وكالات', 'Getty Images', 'Getty', 'AFP', 'Reuters', 'AP', 'EPA', 'Anadolu'
]

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const agency = `(${agencies.map(escape).sort((a, b) => b.length - a.length).join('|')})`
// "caption - أ ف ب", "caption – رويترز", "caption | AFP", "caption (رويترز)", "caption/ أ ف ب"
const dashed = new RegExp(`^(.+?)\\s*[-–—|/]\\s*(?:تصوير\\s*:?\\s*)?${agency}$`, 'u')
const bracketed = new RegExp(`^(.+?)\\s*[(\\[]\\s*(?:تصوير\\s*:?\\s*)?${agency}\\s*[)\\]]$`, 'u')

export interface CaptionWithCredit {
  caption: string
  credit: string
}

/** A standalone line that reads as a photo caption ending in an agency credit. */
export function captionWithCredit(line: string): CaptionWithCredit | null {
  if (line.length > 400) return null
  const match = dashed.exec(line) ?? bracketed.exec(line)
  if (!match) return null
  const caption = match[1]!.trim()
  // A caption is words, not a bare dash or a number.
  if (!/\p{L}/u.test(caption)) return null
  return { caption, credit: match[2]! }
}
