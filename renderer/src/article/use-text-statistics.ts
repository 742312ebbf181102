import { useCallback, useEffect, useRef, useState } from 'react'
import { countGraphemes } from '../../../shared/text/graphemes'
import { readingMinutes } from '../../../shared/text/reading-time'
import { countWords } from '../../../shared/text/word-count'

export interface TextStatistics {
  words: number
  characters: number
  minutes: number
}

/** How long typing must pause before the counts are redone. */
export const STATISTICS_DELAY_MS = 300

export function textStatistics(text: string): TextStatistics {
  const words = countWords(text)
  // Characters as a reader counts them (a letter and its harakat are one);
  // paragraph breaks are layout, not characters.
  return { words, characters: countGraphemes(text.replace(/\n+/g, '')), minutes: readingMinutes(words) }
}

/**
 * Word, character and reading-time counts, kept off the keystroke path: a
 * keystroke only stores how to read the text; the text is built and counted
 * once typing has paused, in idle time, so a 10,000-word article never delays
 * a letter.
 */
export function useTextStatistics(initialWords: number) {
  const [stats, setStats] = useState<TextStatistics>(() => ({ words: initialWords, characters: 0, minutes: readingMinutes(initialWords) }))
  const latest = useRef<(() => string) | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)

  const run = useCallback(() => {
    timer.current = null
    const readText = latest.current
    if (readText === null) return
    const count = () => setStats(textStatistics(readText()))
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(count, { timeout: 1000 })
    else count()
  }, [])

  const textChanged = useCallback(
    (readText: () => string) => {
      const first = latest.current === null
      latest.current = readText
      if (timer.current !== null) clearTimeout(timer.current)
      // The first text (the article as opened) is counted at once.
      timer.current = setTimeout(run, first ? 0 : STATISTICS_DELAY_MS)
    },
    [run]
  )

  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current)
    },
    []
  )

  return { stats, textChanged }
}
