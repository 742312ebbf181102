export interface ProgressState {
  done: number
  total: number
  /** What is being worked on: an article's headline. */
  label: string
}

const BAR_CELLS = 24
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/** The text cut to at most `room` user-perceived characters, marked with … when cut. */
function fitted(text: string, room: number): string {
  if (room <= 0) return ''
  const parts = [...graphemes.segment(text)].map((part) => part.segment)
  return parts.length <= room ? text : `${parts.slice(0, Math.max(0, room - 1)).join('')}…`
}

/**
 * One terminal line for a long run: `[██████░░░░…] 3/12 headline`, never
 * wider than the terminal (a wrapped line could not be redrawn in place).
 * The bar fills from the start of the line whatever the interface language:
 * terminals lay lines out left to right.
 */
export function progressLine(state: ProgressState, columns: number): string {
  const total = Math.max(state.total, 1)
  const done = Math.min(Math.max(state.done, 0), total)
  const filled = Math.round((done / total) * BAR_CELLS)
  const head = `[${'█'.repeat(filled)}${'░'.repeat(BAR_CELLS - filled)}] ${done}/${state.total}`
  const room = columns - head.length - 2
  const label = fitted(state.label.replace(/\s+/g, ' ').trim(), room)
  return label ? `${head} ${label}` : head
}
